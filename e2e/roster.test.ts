/**
 * Browser journey of the member roster (委员名册): office staff search the roster, import a
 * spreadsheet with one bad row through the wizard, import only the valid rows, open the new
 * member's page; a member opens their own page on a phone. Runs the real server on a free port
 * with a fresh demo database and drives Debian's chromium with playwright-core.
 *
 * Screenshots land in test-artifacts/: roster-member-page.png (desktop) and roster-mobile.png (375 px),
 * plus roster-desktop.png, roster-import-report.png, roster-member-history.png,
 * roster-mobile-member.png and me-member-mobile.png for review.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../src/core/idNumber';
import * as h from './helpers';
import { apiCall, ARTIFACTS, btn, DEMO_PASSWORD, VISIBLE } from './helpers';

const ADMIN_INITIAL = 'Init-Admin-2026';
const ADMIN_PASSWORD = 'Admin-Changed-2026';
const MEMBER_PASSWORD = 'Member-Changed-2026';

let server: h.E2EServer | undefined;
let base = '';
let browser: Browser | undefined;

/** Types a query into the roster search box and waits until the filtered list is shown. */
async function searchRoster(page: Page, query: string): Promise<void> {
  const box = page.getByPlaceholder('输入姓名、单位、职务搜索');
  await box.fill(query);
  const answered = page.waitForResponse((r) => r.url().includes('/api/members?') && new URL(r.url()).searchParams.get('q') === query);
  await box.press('Enter');
  expect((await answered).status()).toBe(200);
  await page.waitForURL((u) => u.searchParams.get('q') === query, VISIBLE);
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'), undefined, VISIBLE);
}

const canLogin = (username: string, password: string) => h.canLogin(base, username, password);
const login = (page: Page, username: string, password: string, newPassword?: string) => h.login(page, base, username, password, newPassword);

/** The /assets/ files of the served index.html answer 200 without a session (the login page needs them). */
async function checkAssetsPublic(): Promise<string> {
  const html = await (await fetch(`${base}/login`)).text();
  const refs = [...html.matchAll(/\/assets\/[^"']+/g)].map((m) => m[0]);
  if (!refs.length) return 'no assets referenced';
  const bad: string[] = [];
  for (const r of refs) {
    const res = await fetch(`${base}${r}`);
    if (res.status !== 200) bad.push(`${r} → ${res.status}`);
  }
  return bad.join(', ');
}

interface Named {
  id: string;
  name: string;
}
interface Roster {
  items: Array<Named & { employer: string }>;
  total: number;
}

/** The org needs a current term, a sector and a committee for the journey (the demo data has them). */
async function ensureReferenceData(page: Page): Promise<void> {
  const terms = await apiCall<{ items: Named[] }>(page, 'GET', '/api/terms?pageSize=100');
  if (!terms.items.length) await apiCall(page, 'POST', '/api/terms', { number: 10, name: '第十届', startDate: '2022-01-10', isCurrent: true });
  const sectors = await apiCall<{ items: Named[] }>(page, 'GET', '/api/sectors?pageSize=100');
  if (!sectors.items.length) await apiCall(page, 'POST', '/api/sectors', { name: '经济界' });
  const committees = await apiCall<{ items: Named[] }>(page, 'GET', '/api/committees?pageSize=100');
  if (!committees.items.length) await apiCall(page, 'POST', '/api/committees', { name: '提案委员会' });
  const roster = await apiCall<Roster>(page, 'GET', '/api/members?pageSize=1');
  if (!roster.total) {
    await apiCall(page, 'POST', '/api/members', { name: '王建国', gender: '男', employer: '云溪市第一中学', post: '校长', phone: '13800001111', idNumber: idNumber('330102', '19700305', 11) });
  }
}

/** A valid 18-digit ID number (region, birth date, sequence). */
function idNumber(region: string, birth: string, seq: number): string {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

const stamp = Date.now() % 1000;
const NEW_MEMBERS = [
  { name: '欧阳明远', gender: '男', birth: '19780512', employer: '云溪市人民医院', post: '副院长', phone: '13905710001', seq: stamp },
  { name: '司马静怡', gender: '女', birth: '19820920', employer: '云溪市实验小学', post: '校长', phone: '13905710002', seq: (stamp + 2) % 1000 },
];

/** A roster file with the template's own headers: two good rows and one with a wrong ID check digit. */
async function buildImportFile(page: Page): Promise<Buffer> {
  const res = await page.request.get(`${base}/api/members/import-template.xlsx`);
  expect(res.status(), 'template download').toBe(200);
  const template = new ExcelJS.Workbook();
  await template.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const sheet = template.getWorksheet('委员名单') ?? template.worksheets[0];
  const headers: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => (headers[col - 1] = String(cell.value ?? '').trim()));
  expect(headers).toContain('姓名');
  expect(headers).toContain('身份证号');

  const sectors = await apiCall<{ items: Named[] }>(page, 'GET', '/api/sectors?pageSize=100');
  const committees = await apiCall<{ items: Named[] }>(page, 'GET', '/api/committees?pageSize=100');
  const sector = sectors.items[0]?.name ?? '';
  const committee = committees.items[0]?.name ?? '';

  const bad = idNumber('330102', '19750101', (stamp + 5) % 1000);
  const wrongCheck = bad.slice(0, 17) + (bad[17] === '1' ? '2' : '1');
  const rows: Array<Record<string, string>> = [
    ...NEW_MEMBERS.map((m) => ({
      姓名: m.name,
      性别: m.gender,
      民族: '汉族',
      政治面貌: '无党派人士',
      界别: sector,
      专委会: committee,
      是否常委: '否',
      工作单位: m.employer,
      职务: m.post,
      手机号码: m.phone,
      身份证号: idNumber('330102', m.birth, m.seq),
    })),
    { 姓名: '错误示例', 性别: '男', 工作单位: '云溪市某公司', 手机号码: '13905710003', 身份证号: wrongCheck },
  ];

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('委员名单');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? ''));
  // Keep ID numbers and phones as text, as the template does.
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('member roster journey', () => {
  let desktop: BrowserContext;
  let staffPage: Page;
  let staffIsAdmin = false;
  let importedMemberId = '';

  beforeAll(async () => {
    server = await h.startServer('roster', { INITIAL_ADMIN_PASSWORD: ADMIN_INITIAL });
    base = server.base;
    browser = await h.launchBrowser();
    desktop = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    staffPage = await desktop.newPage();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('serves the login page scripts and styles to logged-out visitors', async () => {
    expect(await checkAssetsPublic(), 'GET /assets/* without a session').toBe('');
  });

  it('office staff log in and open the roster', async () => {
    const page = staffPage;
    if (await canLogin('jiguan', DEMO_PASSWORD)) {
      await login(page, 'jiguan', DEMO_PASSWORD);
    } else {
      // The demo accounts are not there: the initial admin sets up what the journey needs.
      staffIsAdmin = true;
      await login(page, 'admin', ADMIN_INITIAL, ADMIN_PASSWORD);
    }
    await ensureReferenceData(page);
    await page.goto(`${base}/members`);
    await page.getByRole('heading', { name: '委员名册' }).waitFor(VISIBLE);
    await page.locator('.ant-table-row').first().waitFor(VISIBLE);
    await page.getByRole('button', { name: btn('导入') }).waitFor(VISIBLE);
    await page.getByRole('button', { name: /新增委员/ }).waitFor(VISIBLE);
  });

  it('searches a member by a two-character Chinese query', async () => {
    const page = staffPage;
    const first = (await apiCall<Roster>(page, 'GET', '/api/members?pageSize=1')).items[0];
    const query = [...first.name].slice(0, 2).join('');
    await searchRoster(page, query);
    const link = page.locator('.ant-table-row').getByRole('link', { name: first.name, exact: true });
    await link.first().waitFor(VISIBLE);
    // Every row found carries the query in its name, employer or post.
    const rows = await page.locator('.ant-table-row').allInnerTexts();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.replace(/\s/g, '')).toContain(query);
    await page.screenshot({ path: path.join(ARTIFACTS, 'roster-desktop.png') });

    // The Excel export follows the current filter.
    const downloading = page.waitForEvent('download', VISIBLE);
    await page.getByRole('button', { name: /导出Excel/ }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const values: string[] = [];
    wb.worksheets[0].eachRow((row) => values.push(JSON.stringify(row.values)));
    const found = await apiCall<Roster>(page, 'GET', `/api/members?pageSize=1&q=${encodeURIComponent(query)}`);
    expect(values.length - 1, 'exported rows = members found').toBe(found.total);
    expect(values.slice(1).join('\n')).toContain(first.name);
  });

  it('imports a spreadsheet: validate, see the error report, import only the valid rows', async () => {
    const page = staffPage;
    const file = await buildImportFile(page);
    await page.getByRole('button', { name: btn('导入') }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '批量导入委员' });
    await modal.waitFor(VISIBLE);
    await modal.getByRole('button', { name: btn('下一步') }).click();
    await modal.locator('input[type=file]').setInputFiles({ name: '委员名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
    await modal.getByText('委员名单.xlsx').first().waitFor(VISIBLE);
    // Nothing is written by validation.
    const before = (await apiCall<Roster>(page, 'GET', '/api/members?pageSize=1&q=欧阳明远')).total;
    await modal.getByRole('button', { name: btn('开始校验') }).click();

    await modal.getByText('有 1 行存在问题').waitFor(VISIBLE);
    const errors = modal.locator('.import-errors');
    await errors.getByRole('columnheader', { name: '行号' }).waitFor(VISIBLE);
    await errors.getByRole('columnheader', { name: '列' }).waitFor(VISIBLE);
    await errors.getByRole('columnheader', { name: '问题' }).waitFor(VISIBLE);
    const errorRow = errors.locator('tbody tr.ant-table-row').first();
    await expect(errorRow.innerText()).resolves.toMatch(/4\s+身份证号\s+身份证号校验位不正确/);
    expect((await apiCall<Roster>(page, 'GET', '/api/members?pageSize=1&q=欧阳明远')).total).toBe(before);

    await page.screenshot({ path: path.join(ARTIFACTS, 'roster-import-report.png') });
    await modal.getByRole('button', { name: '仅导入正确的行' }).click();
    await modal.getByText('导入完成').waitFor(VISIBLE);
    await modal.getByText('已导入 2 名委员').waitFor(VISIBLE);
    await modal.getByRole('button', { name: btn('完成') }).click();
    await modal.waitFor({ state: 'hidden', timeout: 10_000 });
  });

  it('finds the imported member in the roster and opens the member page', async () => {
    const page = staffPage;
    await searchRoster(page, '欧阳');
    const link = page.locator('.ant-table-row').getByRole('link', { name: '欧阳明远' });
    await link.waitFor(VISIBLE);
    await expect(page.locator('.ant-table-row').filter({ hasText: '欧阳明远' }).innerText()).resolves.toContain('云溪市人民医院');
    await link.click();
    await page.waitForURL(/\/members\/[0-9a-f-]{36}$/, VISIBLE);
    importedMemberId = page.url().split('/').pop() ?? '';
    await page.getByRole('heading', { name: '欧阳明远' }).waitFor(VISIBLE);
    for (const text of ['基本信息', '专委会任职', '委员资格变动', '换届产生', '云溪市人民医院', '无党派人士']) {
      await page.getByText(text).first().waitFor(VISIBLE);
    }
    // Staff see the full ID number and phone.
    await page.getByText('13905710001').waitFor(VISIBLE);
    await page.getByRole('button', { name: btn('编辑') }).waitFor(VISIBLE);
    await page.getByRole('button', { name: '资格变动' }).waitFor(VISIBLE);
    await page.screenshot({ path: path.join(ARTIFACTS, 'roster-member-page.png'), fullPage: true });
  });

  it('edits the member in the drawer (version sent) and shows the saved value', async () => {
    const page = staffPage;
    await page.getByRole('button', { name: btn('编辑') }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '编辑委员信息' });
    await drawer.waitFor(VISIBLE);
    await drawer.getByLabel('职务', { exact: true }).fill('院长');
    await drawer.getByRole('button', { name: btn('保存') }).click();
    await drawer.waitFor({ state: 'hidden', timeout: 10_000 });
    await page.getByText('云溪市人民医院 院长').first().waitFor(VISIBLE);
  });

  it('on a version conflict the drawer says so in Chinese and reloads the record', async () => {
    const page = staffPage;
    await page.getByRole('button', { name: btn('编辑') }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '编辑委员信息' });
    await drawer.waitFor(VISIBLE);
    // Someone else saves the record meanwhile.
    const current = await apiCall<{ version: number }>(page, 'GET', `/api/members/${importedMemberId}`);
    await apiCall(page, 'PATCH', `/api/members/${importedMemberId}`, { version: current.version, education: '研究生' });
    await drawer.getByLabel('职务', { exact: true }).fill('名誉院长');
    await drawer.getByRole('button', { name: btn('保存') }).click();
    await page.getByText('该记录已被他人修改，已为您刷新，请重新编辑').waitFor(VISIBLE);
    // The drawer now shows the other person's change; saving again succeeds.
    // The reload lands a moment after the message: wait for it.
    await expect.poll(() => drawer.getByLabel('学历').inputValue(), VISIBLE).toBe('研究生');
    await drawer.getByLabel('职务', { exact: true }).fill('名誉院长');
    await drawer.getByRole('button', { name: btn('保存') }).click();
    await drawer.waitFor({ state: 'hidden', timeout: 10_000 });
    await page.getByText('云溪市人民医院 名誉院长').first().waitFor(VISIBLE);
  });

  it('records a membership change (辞去) with date and approving meeting', async () => {
    const page = staffPage;
    await page.getByRole('button', { name: '资格变动' }).click();
    const modal = page.locator('.ant-modal').filter({ hasText: '委员资格变动' });
    await modal.waitFor(VISIBLE);
    await modal.getByLabel('批准会议').fill('政协第六届常委会第八次会议');
    await modal.getByLabel('原因说明').fill('工作调动');
    await modal.getByRole('button', { name: btn('保存') }).click();
    await modal.waitFor({ state: 'hidden', timeout: 10_000 });
    const timeline = page.locator('.member-timeline');
    await timeline.getByText('辞去委员').waitFor(VISIBLE);
    await timeline.getByText('批准会议：政协第六届常委会第八次会议').waitFor(VISIBLE);
    await timeline.getByText('原因：工作调动').waitFor(VISIBLE);
    await page.locator('.member-header').getByText('已辞去').waitFor(VISIBLE);
    await page.screenshot({ path: path.join(ARTIFACTS, 'roster-member-history.png'), fullPage: true });
  });

  it('uploads a member photo (attachment + version-checked update)', async () => {
    const page = staffPage;
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.locator('.member-photo input[type=file]').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
    await page.getByText('照片已更新').waitFor(VISIBLE);
    await page.locator('.member-photo img[src^="/api/attachments/"]').waitFor(VISIBLE);
    await page.getByRole('button', { name: /更换照片/ }).waitFor(VISIBLE);
  });

  it('adds a member through the 新增委员 drawer', async () => {
    const page = staffPage;
    await page.goto(`${base}/members`);
    await page.getByRole('button', { name: /新增委员/ }).click();
    const drawer = page.locator('.ant-drawer').filter({ hasText: '新增委员' });
    await drawer.waitFor(VISIBLE);
    await drawer.getByLabel('姓名').fill('上官文博');
    await drawer.getByLabel('身份证号').fill(idNumber('330102', '19860214', (stamp + 7) % 1000));
    await drawer.getByLabel('手机号码').fill('13905710009');
    await drawer.getByLabel('工作单位').fill('云溪市图书馆');
    await drawer.getByRole('button', { name: btn('保存') }).click();
    await page.waitForURL(/\/members\/[0-9a-f-]{36}$/, VISIBLE);
    await page.getByRole('heading', { name: '上官文博' }).waitFor(VISIBLE);
    await page.locator('.member-timeline').getByText('换届产生').waitFor(VISIBLE);
  });

  it('shows the roster as cards on a 375 px phone', async () => {
    const state = await desktop.storageState();
    const phone = await browser!.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN', storageState: state });
    try {
      const page = await phone.newPage();
      await page.goto(`${base}/members`);
      await page.getByRole('heading', { name: '委员名册' }).waitFor(VISIBLE);
      await page.locator('.member-card').first().waitFor(VISIBLE);
      await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'), undefined, VISIBLE);
      expect(await page.locator('.ant-table').count()).toBe(0);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no horizontal scroll at 375 px').toBeLessThanOrEqual(375);
      await page.screenshot({ path: path.join(ARTIFACTS, 'roster-mobile.png') });
      // The member page fits the phone too, with the staff actions under the header.
      await page.locator('.member-card').first().click();
      await page.waitForURL(/\/members\/[0-9a-f-]{36}$/, VISIBLE);
      await page.locator('.member-header').waitFor(VISIBLE);
      await page.locator('.member-actions').waitFor(VISIBLE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no horizontal scroll at 375 px').toBeLessThanOrEqual(375);
      await page.screenshot({ path: path.join(ARTIFACTS, 'roster-mobile-member.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });

  it('a member opens their own page on a phone (/me/member)', async () => {
    const phone = await browser!.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
    try {
      const page = await phone.newPage();
      let expectedName: string | undefined;
      if (await canLogin('weiyuan', DEMO_PASSWORD)) {
        await login(page, 'weiyuan', DEMO_PASSWORD, MEMBER_PASSWORD);
      } else {
        // No demo member account yet: the admin links a member account to the imported member.
        expect(staffIsAdmin, 'demo accounts exist for jiguan but not weiyuan').toBe(true);
        await apiCall(staffPage, 'POST', '/api/users', { username: 'weiyuan', displayName: '欧阳明远', roles: ['member'], memberId: importedMemberId, password: DEMO_PASSWORD });
        expectedName = '欧阳明远';
        await login(page, 'weiyuan', DEMO_PASSWORD, MEMBER_PASSWORD);
      }
      await page.goto(`${base}/me/member`);
      await page.getByRole('heading', { name: '我的委员档案' }).waitFor(VISIBLE);
      await page.locator('.member-header').waitFor(VISIBLE);
      if (expectedName) await page.getByRole('heading', { name: expectedName }).waitFor(VISIBLE);
      for (const text of ['基本信息', '委员资格变动']) await page.getByText(text).first().waitFor(VISIBLE);
      // A member may not edit their record: no edit / archive buttons.
      expect(await page.getByRole('button', { name: btn('编辑') }).count()).toBe(0);
      expect(await page.getByRole('button', { name: btn('归档') }).count()).toBe(0);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, 'no horizontal scroll at 375 px').toBeLessThanOrEqual(375);
      await page.screenshot({ path: path.join(ARTIFACTS, 'me-member-mobile.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});
