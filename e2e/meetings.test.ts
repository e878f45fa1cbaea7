/**
 * Browser journey of meetings (会议): office staff create a chairs' meeting with a study item,
 * invite members (among them the demo member behind `weiyuan`) and send the notice; the member
 * asks for leave on a phone; the meeting's leave approver approves; staff sign the others in and
 * mark the meeting held; the attendance tab shows 应到/实到/请假 and the Excel export carries the same
 * numbers. Also looks at the combined schedule and the check-in page.
 *
 * Screenshots: test-artifacts/meetings-*.png.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, ARTIFACTS, btn, DEMO_PASSWORD, launchBrowser, login, startServer, VISIBLE, type E2EServer } from './helpers';

const MEMBER_PASSWORD = 'Member-Changed-2026';
const LEADER_PASSWORD = 'Leader-Changed-2026';
const TITLE = '研究部署年度协商工作';
const REASON = '赴外地参加省政协专题调研，无法出席';

let server: E2EServer;
let base = '';
let browser: Browser;
let desktop: BrowserContext;
let staff: Page;

interface MemberLite {
  id: string;
  name: string;
  employer: string;
}
interface MeetingLite {
  id: string;
  version: number;
  title: string;
  numberLabel: string;
  status: string;
  effectiveLeaveApproverId: string | null;
  attendance: { expected: number; present: number; excused: number; absent: number; pending: number } | null;
}

/** The China day after today, 'YYYY-MM-DD'. */
function tomorrowInChina(): string {
  return new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
}

async function loginBody(username: string, password: string): Promise<{ user: { id: string; memberId: string | null } }> {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!res.ok) throw new Error(`login ${username} → ${res.status}`);
  return (await res.json()) as { user: { id: string; memberId: string | null } };
}

async function pickOption(page: Page, title: string): Promise<void> {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: title }).first();
  await option.waitFor(VISIBLE);
  await option.click();
}

/** Waits until no antd spinner is spinning and its fade-out is over (for screenshots). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.ant-spin-spinning'), undefined, VISIBLE);
  await page.waitForTimeout(500);
}

async function confirmModal(page: Page): Promise<void> {
  const modal = page.locator('.ant-modal-confirm:visible, .ant-modal:visible').last();
  await modal.getByRole('button', { name: btn('确定') }).click();
}

describe('meetings journey', () => {
  let meetingId = '';
  let weiyuanMember: MemberLite;
  let others: MemberLite[] = [];
  let lingdaoId = '';

  beforeAll(async () => {
    server = await startServer('meetings');
    base = server.base;
    browser = await launchBrowser();
    desktop = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
    staff = await desktop.newPage();
  });

  afterAll(async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  });

  it('office staff see the meeting list with the 第一议题 flags', async () => {
    await login(staff, base, 'jiguan', DEMO_PASSWORD);
    await staff.goto(`${base}/meetings`);
    await staff.getByRole('heading', { name: '会议' }).waitFor(VISIBLE);
    await staff.locator('.ant-table-row').first().waitFor(VISIBLE);
    await staff.getByRole('button', { name: /新建会议/ }).waitFor(VISIBLE);
    // Filters live in the URL.
    await staff.getByPlaceholder('输入会议名称搜索').fill('主席会议');
    const answered = staff.waitForResponse((r) => r.url().includes('/api/meetings?') && new URL(r.url()).searchParams.get('q') === '主席会议');
    await staff.getByPlaceholder('输入会议名称搜索').press('Enter');
    await answered;
    await staff.waitForURL((u) => u.searchParams.get('q') === '主席会议', VISIBLE);
    await settled(staff);
    for (const row of await staff.locator('.ant-table-row').allInnerTexts()) expect(row).toContain('主席会议');
    // Readers see 应到 / 实到 for every meeting with invitees.
    await expect(staff.locator('.ant-table-row').first().innerText()).resolves.toMatch(/\d+ \/ \d+/);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'meetings-list.png') });

    // A party group meeting that does not open with study carries the flag and its tooltip.
    await apiCall(staff, 'POST', '/api/meetings', {
      kind: 'partyGroup',
      title: '党组会议（未列学习）',
      startsAt: `${tomorrowInChina()}T15:00:00+08:00`,
      agenda: [{ title: '研究干部人事事项', isStudy: false }],
    });
    await staff.goto(`${base}/meetings?q=${encodeURIComponent('未列学习')}`);
    const flagged = staff.locator('.ant-table-row').filter({ hasText: '党组会议（未列学习）' });
    await flagged.waitFor(VISIBLE);
    await flagged.locator('.meeting-flag').hover();
    await staff.getByText('党组会议、主席会议应以集体学习为第一议题').waitFor(VISIBLE);
    await settled(staff);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'meetings-flag.png') });
    await staff.goto(`${base}/meetings`);
    await staff.locator('.ant-table-row').first().waitFor(VISIBLE);
  });

  it('creates a chairs\' meeting whose agenda opens with study', async () => {
    await staff.getByRole('button', { name: /新建会议/ }).click();
    const drawer = staff.locator('.ant-drawer').filter({ hasText: '新建会议' });
    await drawer.waitFor(VISIBLE);
    await drawer.getByLabel('会议类型').click();
    await pickOption(staff, '主席会议');
    // The study item is put first by default for this kind.
    await expect(drawer.getByLabel('议题1').inputValue()).resolves.toContain('集体学习');
    await expect(drawer.getByRole('switch', { name: '集体学习1' }).getAttribute('aria-checked')).resolves.toBe('true');
    await drawer.getByLabel('会议名称').fill(TITLE);
    const start = drawer.getByLabel('开始时间');
    await start.click();
    await start.fill(`${tomorrowInChina()} 09:00`);
    await start.press('Enter');
    // Enter confirms the typed time; the OK button is pressed only if the panel is still open.
    await staff
      .locator('.ant-picker-dropdown:visible .ant-picker-ok button')
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await expect(start.inputValue()).resolves.toBe(`${tomorrowInChina()} 09:00`);
    await drawer.getByLabel('地点').fill('市政协机关三楼会议室');
    await drawer.getByLabel('主持人').fill('市政协主席');
    await drawer.getByRole('button', { name: /添加议题/ }).click();
    await drawer.getByLabel('议题2').fill('研究年度协商计划');
    await drawer.getByRole('button', { name: btn('保存') }).click();
    await staff.waitForURL(/\/meetings\/[0-9a-f-]{36}$/, VISIBLE);
    meetingId = staff.url().split('/').pop() ?? '';
    const m = await apiCall<MeetingLite>(staff, 'GET', `/api/meetings/${meetingId}`);
    expect(m.numberLabel).toMatch(/^第.+次主席会议$/);
    expect(m.title).toBe(TITLE);
    // The picked wall-clock time is China time, whatever the browser's zone.
    expect((await apiCall<{ startsAtText: string }>(staff, 'GET', `/api/meetings/${meetingId}`)).startsAtText).toBe(`${tomorrowInChina()} 09:00`);
    await staff.getByRole('heading', { name: new RegExp(TITLE) }).waitFor(VISIBLE);
    await staff.getByText('集体学习（第一议题）').first().waitFor(VISIBLE);
  });

  it('invites the member behind weiyuan and three others, then sends the notice', async () => {
    const me = await loginBody('weiyuan', DEMO_PASSWORD);
    expect(me.user.memberId).toBeTruthy();
    weiyuanMember = await apiCall<MemberLite>(staff, 'GET', `/api/members/${me.user.memberId}`);
    const roster = await apiCall<{ items: MemberLite[] }>(staff, 'GET', '/api/members?pageSize=50');
    const names = new Map<string, number>();
    for (const x of roster.items) names.set(x.name, (names.get(x.name) ?? 0) + 1);
    others = roster.items.filter((x) => x.id !== weiyuanMember.id && names.get(x.name) === 1 && x.name !== weiyuanMember.name).slice(0, 3);
    expect(others).toHaveLength(3);

    await staff.getByRole('tab', { name: '参会人员' }).click();
    await staff.getByRole('button', { name: /添加参会人员/ }).click();
    const modal = staff.locator('.ant-modal').filter({ hasText: '添加参会人员' });
    await modal.waitFor(VISIBLE);
    for (const person of [weiyuanMember, ...others]) {
      const search = modal.getByLabel('输入姓名搜索委员');
      await search.click();
      await search.fill(person.name);
      await pickOption(staff, `${person.name} · ${person.employer}`.trim());
      await modal.locator('.ant-modal-title').click();
    }
    await modal.getByRole('button', { name: /将添加 4 人/ }).click();
    await modal.waitFor({ state: 'hidden', timeout: 10_000 });
    for (const person of [weiyuanMember, ...others]) await staff.locator('.ant-table-row').filter({ hasText: person.name }).first().waitFor(VISIBLE);
    await settled(staff);
    await staff.evaluate(() => window.scrollTo(0, 0));
    await staff.screenshot({ path: path.join(ARTIFACTS, 'meetings-invitees.png') });

    await staff.getByRole('tab', { name: '概况' }).click();
    await staff.getByRole('button', { name: /发送会议通知/ }).click();
    await confirmModal(staff);
    await staff.locator('.ant-tag').filter({ hasText: '已通知' }).first().waitFor(VISIBLE);
    const m = await apiCall<MeetingLite>(staff, 'GET', `/api/meetings/${meetingId}`);
    expect(m.status).toBe('noticed');
    expect(m.attendance).toMatchObject({ expected: 4, pending: 4 });
    await settled(staff);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'meetings-detail.png'), fullPage: true });
  });

  it('the member asks for leave on a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'zh-CN' });
    try {
      const page = await phone.newPage();
      await login(page, base, 'weiyuan', DEMO_PASSWORD, MEMBER_PASSWORD);
      await page.goto(`${base}/my/meetings`);
      await page.getByRole('heading', { name: '我的会议' }).waitFor(VISIBLE);
      const card = page.locator('.meeting-card').filter({ hasText: TITLE });
      await card.waitFor(VISIBLE);
      await card.getByText('待签到').waitFor(VISIBLE);
      await settled(page);
      await page.screenshot({ path: path.join(ARTIFACTS, 'meetings-my-mobile.png'), fullPage: true });
      await card.click();
      await page.waitForURL(new RegExp(`/meetings/${meetingId}$`), VISIBLE);
      await page.getByText('您的参会状态').waitFor(VISIBLE);
      await page.getByLabel('请假事由').fill(REASON);
      await page.getByRole('button', { name: /提交请假申请/ }).click();
      await page.locator('.ant-tag').filter({ hasText: '待审批' }).first().waitFor(VISIBLE);
      await page.getByText(REASON).waitFor(VISIBLE);
      await settled(page);
      await page.screenshot({ path: path.join(ARTIFACTS, 'meetings-leave-mobile.png'), fullPage: true });
      // A QR link that is not valid (or out of the window) says so in big text.
      await page.goto(`${base}/m/check-in?token=${'x'.repeat(24)}`);
      await page.getByText('签到未成功').waitFor(VISIBLE);
      await page.screenshot({ path: path.join(ARTIFACTS, 'meetings-checkin-mobile.png') });
      await page.goto(`${base}/schedule`);
      await page.getByRole('heading', { name: '日程' }).waitFor(VISIBLE);
      await settled(page);
      await page.screenshot({ path: path.join(ARTIFACTS, 'meetings-schedule-mobile.png'), fullPage: true });
    } finally {
      await phone.close();
    }
  });

  it('the leave approver approves on the 待审批请假 page', async () => {
    lingdaoId = (await loginBody('lingdao', DEMO_PASSWORD)).user.id;
    let m = await apiCall<MeetingLite>(staff, 'GET', `/api/meetings/${meetingId}`);
    if (m.effectiveLeaveApproverId !== lingdaoId) {
      // The demo names the chair for chairs' meetings; if not, the office admin sets it.
      const ctx = await browser.newContext({ locale: 'zh-CN' });
      const admin = await ctx.newPage();
      await login(admin, base, 'bangongshi', DEMO_PASSWORD, 'Admin-Changed-2026');
      const settings = await apiCall<{ orgVersion: number; leaveApprovers: Record<string, string> }>(admin, 'GET', '/api/meetings/settings');
      await apiCall(admin, 'PUT', '/api/meetings/settings', { version: settings.orgVersion, leaveApprovers: { ...settings.leaveApprovers, chairs: lingdaoId } });
      await ctx.close();
      m = await apiCall<MeetingLite>(staff, 'GET', `/api/meetings/${meetingId}`);
    }
    expect(m.effectiveLeaveApproverId).toBe(lingdaoId);

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    try {
      const page = await ctx.newPage();
      await login(page, base, 'lingdao', DEMO_PASSWORD, LEADER_PASSWORD);
      await page.goto(`${base}/my/leave-requests`);
      await page.getByRole('heading', { name: '待审批请假' }).waitFor(VISIBLE);
      const card = page.locator('.meeting-card').filter({ hasText: REASON });
      await card.waitFor(VISIBLE);
      await settled(page);
      await page.screenshot({ path: path.join(ARTIFACTS, 'meetings-leave-approve.png') });
      await card.getByRole('button', { name: `批准 ${weiyuanMember.name}` }).click();
      await card.waitFor({ state: 'hidden', timeout: 10_000 });
      await page.getByText('没有需要您审批的请假申请').waitFor(VISIBLE);
    } finally {
      await ctx.close();
    }
  });

  it('staff sign two members in, hold the meeting and read 应到/实到/请假 on the attendance tab', async () => {
    await staff.goto(`${base}/meetings/${meetingId}?tab=invitees`);
    await staff.locator('.ant-table-row').filter({ hasText: others[0].name }).first().waitFor(VISIBLE);
    for (const person of others.slice(0, 2)) {
      await staff.getByRole('button', { name: `签到 ${person.name}` }).click();
      await staff.getByText('已签到 1 人').first().waitFor(VISIBLE);
      await staff.getByRole('button', { name: `签到 ${person.name}` }).waitFor({ state: 'hidden', timeout: 10_000 });
    }
    await settled(staff);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'meetings-signin.png'), fullPage: true });
    await staff.getByRole('button', { name: /签到二维码/ }).click();
    const qr = staff.locator('.ant-modal').filter({ hasText: '扫码签到' });
    await qr.locator('img').waitFor(VISIBLE);
    await expect(qr.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 100)).resolves.toBe(true);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'meetings-qr.png') });
    await qr.locator('.ant-modal-close').click();

    await staff.getByRole('tab', { name: '概况' }).click();
    await staff.getByRole('button', { name: /标记已召开/ }).click();
    await confirmModal(staff);
    await staff.locator('.ant-tag').filter({ hasText: '已召开' }).first().waitFor(VISIBLE);

    await staff.getByRole('tab', { name: '考勤' }).click();
    const stat = (title: string) => staff.locator('.attendance-stats .ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content');
    await expect.poll(async () => (await stat('应到').innerText()).trim(), VISIBLE).toBe('4');
    expect((await stat('实到').innerText()).trim()).toBe('2');
    expect((await stat('请假').innerText()).trim()).toBe('1');
    expect((await stat('缺席').innerText()).trim()).toBe('1');
    await staff.locator('.ant-table-row').filter({ hasText: REASON }).waitFor(VISIBLE);
    await settled(staff);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'meetings-attendance.png'), fullPage: true });

    const downloading = staff.waitForEvent('download', VISIBLE);
    await staff.getByRole('button', { name: /导出考勤表/ }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const lines: string[] = [];
    wb.worksheets[0].eachRow((row) => lines.push((row.values as unknown[]).filter((v) => v !== null && v !== undefined).join('|')));
    const text = lines.join('\n');
    expect(text).toContain('应到4人，实到2人，请假1人，缺席1人');
    expect(text).toContain(REASON);
    for (const person of [weiyuanMember, ...others]) expect(text).toContain(person.name);
  });

  it('the schedule shows the meeting on its day', async () => {
    const day = tomorrowInChina();
    await staff.goto(`${base}/schedule?day=${day}`);
    await staff.getByRole('heading', { name: '日程' }).waitFor(VISIBLE);
    await staff.locator('.schedule-cell li').filter({ hasText: '09:00' }).first().waitFor(VISIBLE);
    await settled(staff);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'meetings-schedule.png') });
    await staff.goto(`${base}/schedule?day=${day}&view=week`);
    await staff.getByRole('link', { name: new RegExp(TITLE) }).first().waitFor(VISIBLE);
    await settled(staff);
    await staff.screenshot({ path: path.join(ARTIFACTS, 'meetings-schedule-week.png') });
  });
});
