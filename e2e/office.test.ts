/**
 * Browser journey of 机关事务 (制度, 会场预订, 表彰): office staff search the rule library, add a
 * version with its signed file and put a draft in force; they try a taken slot of 委员之家 (the
 * server's clash message names the booking in the way) and book a free one; the room convener books
 * and cancels on a phone; staff filter the commendations and record one; a member sees only the
 * rules in force and their own award on their page.
 *
 * Screenshots: test-artifacts/office-*.png.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, ARTIFACTS, btn, DEMO_PASSWORD, launchBrowser, login, startServer, VISIBLE, type E2EServer } from './helpers';

let server: E2EServer;
let base = '';
let browser: Browser;
let desktop: BrowserContext;
let staff: Page;

interface Named {
  id: string;
  name: string;
}
interface InstitutionLite {
  id: string;
  title: string;
  status: string;
  currentVersionNo: number;
  versions: Array<{ id: string; versionNo: number; changeNote: string }>;
}
interface BookingLite {
  id: string;
  status: string;
  purpose: string;
  startsAtText: string;
}

const settle = (page: Page) => page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'), undefined, VISIBLE);

async function pickOption(page: Page, title: string): Promise<void> {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: title }).first();
  await option.waitFor(VISIBLE);
  await option.click();
  // Wait for the dropdown to close, so the next select's options are not mixed up with this one's.
  await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
}

describe('office journey (制度, 会场, 表彰)', () => {
  let homeId = '';

  beforeAll(async () => {
    server = await startServer('office');
    base = server.base;
    browser = await launchBrowser();
    desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    staff = await desktop.newPage();
    await login(staff, base, 'jiguan', DEMO_PASSWORD);
    const venues = await apiCall<{ items: Named[] }>(staff, 'GET', '/api/venues?pageSize=50');
    homeId = venues.items.find((v) => v.name === '委员之家')?.id ?? '';
    expect(homeId).toBeTruthy();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('searches the rule library in Chinese, the query kept in the URL', async () => {
    await staff.goto(`${base}/institutions`);
    await staff.getByRole('heading', { name: '制度' }).waitFor(VISIBLE);
    await staff.locator('.ant-table-row').first().waitFor(VISIBLE);
    const box = staff.getByPlaceholder('输入标题、文号、正文关键词检索');
    await box.fill('会议');
    const answered = staff.waitForResponse((r) => r.url().includes('/api/institutions?') && new URL(r.url()).searchParams.get('q') === '会议');
    await box.press('Enter');
    expect((await answered).status()).toBe(200);
    await staff.waitForURL((u) => u.searchParams.get('q') === '会议', VISIBLE);
    await settle(staff);
    await staff.getByRole('link', { name: '市政协党组会议制度', exact: true }).waitFor(VISIBLE);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'office-institutions.png') });
  });

  it('adds a version with its signed file to a rule in force', async () => {
    await staff.getByRole('link', { name: '市政协党组会议制度', exact: true }).click();
    await staff.waitForURL(/\/institutions\/[0-9a-f-]{36}$/, VISIBLE);
    const id = staff.url().split('/').pop() ?? '';
    const before = await apiCall<InstitutionLite>(staff, 'GET', `/api/institutions/${id}`);
    await staff.getByRole('button', { name: /修订/ }).click();
    const modal = staff.locator('.ant-modal:visible');
    await modal.getByLabel('修订说明').fill('根据新修订的工作规则调整议事程序');
    const file = path.join(server.dataDir, '签发件.pdf');
    writeFileSync(file, '%PDF-1.4\n% e2e\n');
    await modal.locator('.ant-upload input').setInputFiles(file);
    await modal.getByRole('button', { name: btn('保存') }).click();
    await modal.waitFor({ state: 'hidden', timeout: 15_000 });
    const after = await apiCall<InstitutionLite>(staff, 'GET', `/api/institutions/${id}`);
    expect(after.currentVersionNo).toBe(before.currentVersionNo + 1);
    const v = after.versions.find((x) => x.versionNo === after.currentVersionNo)!;
    expect(v.changeNote).toBe('根据新修订的工作规则调整议事程序');
    const files = await apiCall<{ items: Array<{ fileName: string }> }>(staff, 'GET', `/api/attachments?ownerType=institutionVersion&ownerId=${v.id}`);
    expect(files.items.map((f) => f.fileName)).toEqual(['签发件.pdf']);
    await staff.getByRole('button', { name: /签发件\.pdf/ }).waitFor(VISIBLE);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'office-institution.png'), fullPage: true });
  });

  it('puts a draft in force', async () => {
    const drafts = await apiCall<{ items: InstitutionLite[] }>(staff, 'GET', '/api/institutions?status=draft&pageSize=5');
    expect(drafts.items.length).toBeGreaterThan(0);
    const draft = drafts.items[0];
    await staff.goto(`${base}/institutions/${draft.id}`);
    await staff.getByRole('button', { name: /发布施行/ }).click();
    const modal = staff.locator('.ant-modal:visible');
    await modal.getByLabel('施行日期').waitFor(VISIBLE);
    // Let the zoom-in finish: a click during it can land on the mask, which closes the dialog.
    await staff.waitForFunction(() => !document.querySelector('.ant-zoom-appear, .ant-zoom-enter'), undefined, VISIBLE);
    const ok = modal.locator('.ant-modal-footer').getByRole('button', { name: /发布施行/ });
    const [published] = await Promise.all([staff.waitForResponse((r) => r.url().endsWith(`/api/institutions/${draft.id}/publish`), VISIBLE), ok.click()]);
    expect(published.status()).toBe(200);
    await modal.waitFor({ state: 'hidden', timeout: 15_000 });
    await staff.locator('.ant-tag').filter({ hasText: '现行有效' }).first().waitFor(VISIBLE);
    const after = await apiCall<InstitutionLite>(staff, 'GET', `/api/institutions/${draft.id}`);
    expect(after.status).toBe('inForce');
  });

  it('refuses a taken slot with the server message naming the booking, then books a free one', async () => {
    // Week of 2023-03-13: 委员之家 is booked on Monday 09:00–11:30 in the demo data.
    await staff.goto(`${base}/venues/${homeId}?start=2023-03-13`);
    await staff.locator('.wk-block').first().waitFor(VISIBLE);
    const taken = await apiCall<{ items: BookingLite[] }>(staff, 'GET', `/api/venue-bookings?venueId=${homeId}&from=2023-03-13&to=2023-03-13&status=booked`);
    expect(taken.items.length).toBeGreaterThan(0);
    const clash = taken.items[0];
    await staff.getByRole('button', { name: /预订会场/ }).click();
    const drawer = staff.locator('.ant-drawer:visible');
    await drawer.getByLabel('开始时间').click();
    await pickOption(staff, clash.startsAtText.slice(11));
    await drawer.getByLabel('结束时间').click();
    const endHour = String(Number(clash.startsAtText.slice(11, 13)) + 1).padStart(2, '0');
    await pickOption(staff, `${endHour}:00`);
    await drawer.getByLabel('使用单位').fill('市政协办公室');
    await drawer.getByLabel('用途').fill('机关干部学习会');
    await drawer.getByRole('button', { name: btn('预订') }).click();
    const alert = drawer.locator('.ant-alert-error');
    await alert.waitFor(VISIBLE);
    await expect(alert.innerText()).resolves.toContain('该时段会场已被预订');
    await expect(alert.innerText()).resolves.toContain(clash.purpose);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'office-clash.png') });

    // Move to the free evening and book it.
    await drawer.getByLabel('开始时间').click();
    await pickOption(staff, '19:00');
    await drawer.getByLabel('结束时间').click();
    await pickOption(staff, '20:30');
    await drawer.getByRole('button', { name: btn('预订') }).click();
    await drawer.waitFor({ state: 'hidden', timeout: 15_000 });
    const mine = await apiCall<{ items: BookingLite[] }>(staff, 'GET', `/api/venue-bookings?venueId=${homeId}&from=2023-03-13&to=2023-03-13&mine=true`);
    expect(mine.items.map((b) => b.startsAtText)).toContain('2023-03-13 19:00');
    await staff.locator('.wk-block.mine').filter({ hasText: '19:00' }).waitFor(VISIBLE);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'office-week.png') });
  });

  it('the room convener books and cancels their own booking on a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    try {
      const page = await phone.newPage();
      await login(page, base, 'zhaojiren', DEMO_PASSWORD);
      await page.goto(`${base}/venues/${homeId}?start=2023-03-13`);
      const tuesday = page.locator('.day-card').nth(1);
      await tuesday.waitFor(VISIBLE);
      await tuesday.getByRole('button', { name: /预订/ }).click();
      const drawer = page.locator('.ant-drawer:visible');
      await drawer.getByLabel('使用单位').fill('云溪街道“有事好商量”协商议事室');
      await drawer.getByLabel('用途').fill('背街小巷停车难协商');
      await drawer.getByRole('button', { name: btn('预订') }).click();
      await drawer.waitFor({ state: 'hidden', timeout: 15_000 });
      const row = tuesday.locator('.day-booking').filter({ hasText: '背街小巷停车难协商' });
      await row.waitFor(VISIBLE);
      await page.screenshot({ path: path.join(ARTIFACTS, 'office-week-mobile.png'), fullPage: true });
      await row.click();
      const modal = page.locator('.ant-modal:visible');
      await modal.getByRole('button', { name: /取消预订/ }).click();
      await modal.getByPlaceholder('取消原因').fill('活动改期');
      await modal.getByRole('button', { name: /取消预订/ }).click();
      await modal.waitFor({ state: 'hidden', timeout: 15_000 });
      const mine = await apiCall<{ items: BookingLite[] }>(page, 'GET', `/api/venue-bookings?venueId=${homeId}&from=2023-03-14&to=2023-03-14&mine=true`);
      expect(mine.items.find((b) => b.purpose === '背街小巷停车难协商')?.status).toBe('cancelled');
    } finally {
      await phone.close();
    }
  });

  it('filters the commendations by year and category and records one', async () => {
    await staff.goto(`${base}/commendations?year=2022&category=excellentMember`);
    await staff.locator('.ant-table-row').first().waitFor(VISIBLE);
    await settle(staff);
    const tags = await staff.locator('.ant-table-row .ant-tag').allInnerTexts();
    expect(tags.filter((x) => x !== '优秀政协委员')).toEqual([]);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'office-commendations.png') });
    await staff.getByRole('button', { name: /登记表彰/ }).click();
    const drawer = staff.locator('.ant-drawer:visible');
    await drawer.getByLabel('表彰类别').click();
    await pickOption(staff, '优秀政协工作者');
    await drawer.getByLabel('受表彰人员姓名').fill('林晓东');
    await drawer.getByLabel('工作单位及职务 / 单位说明').fill('市政协办公室综合科科长');
    await drawer.getByLabel('决定会议').fill('市政协六届五次会议');
    await drawer.getByRole('button', { name: btn('保存') }).click();
    await drawer.waitFor({ state: 'hidden', timeout: 15_000 });
    const found = await apiCall<{ items: Array<{ nomineeName: string; category: string }> }>(staff, 'GET', '/api/commendations?category=excellentStaff&pageSize=100');
    expect(found.items.some((c) => c.nomineeName === '林晓东')).toBe(true);
  });

  it('a member sees only rules in force and their own award on their page', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    try {
      const page = await phone.newPage();
      await login(page, base, 'weiyuan', DEMO_PASSWORD, 'Member-Changed-2026');
      await page.goto(`${base}/institutions`);
      await page.getByText('仅显示现行有效的制度').waitFor(VISIBLE);
      await page.locator('.office-card').first().waitFor(VISIBLE);
      const statuses = await page.locator('.office-card .ant-tag').allInnerTexts();
      expect(statuses).not.toContain('草案');
      expect(statuses).not.toContain('已废止');
      await page.screenshot({ path: path.join(ARTIFACTS, 'office-institutions-mobile.png') });
      const mine = await apiCall<{ items: unknown[] }>(page, 'GET', '/api/commendations');
      await page.goto(`${base}/me/member`);
      if (mine.items.length > 0) await page.locator('.ant-card').filter({ hasText: '表彰' }).first().waitFor(VISIBLE);
      await page.screenshot({ path: path.join(ARTIFACTS, 'office-member-mobile.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });
});
