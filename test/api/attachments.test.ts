import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ maxUploadBytes: 64 * 1024 });
});
afterAll(async () => {
  await t?.close();
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32, 1)]);

function multipart(fields: Record<string, string>, file?: { name: string; data: Buffer; type?: string }) {
  const boundary = '----lvzhitest' + Math.random().toString(16).slice(2);
  const chunks: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
    chunks.push(file.data, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

function upload(c: Client, fields: Record<string, string>, file?: { name: string; data: Buffer; type?: string }) {
  const body = multipart(fields, file);
  return c.inject({ method: 'POST', url: '/api/attachments', headers: { 'content-type': body.contentType }, payload: body.payload });
}

describe('attachments', () => {
  let memberFileId = '';

  it('uploads a member file with a Chinese name, stores bytes by random key and sha256', async () => {
    const staff = await t.as('staff');
    const res = await upload(staff, { ownerType: 'member', ownerId: t.ids.memberA }, { name: '委员任职通知（2024）.pdf', data: PDF });
    expect(res.statusCode).toBe(201);
    const a = res.json();
    memberFileId = a.id;
    expect(a).toMatchObject({ fileName: '委员任职通知（2024）.pdf', mimeType: 'application/pdf', size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') });
    expect(a.storageKey).toBeUndefined();
    const [row] = await t.database.query<{ storage_key: string }>('select storage_key from attachments where id = $1', [a.id]);
    expect(row.storage_key).toMatch(/^attachments\/\d{4}\/[0-9a-f-]{36}$/);
    expect(await t.deps.storage.get(row.storage_key)).toEqual(PDF);
    const audit = await (await t.as('admin')).get(`/api/audit-events?targetType=attachment&targetId=${a.id}`);
    expect(audit.json().items[0].action).toBe('attachment.upload');
  });

  it('downloads with the UTF-8 file name (RFC 5987) to allowed readers', async () => {
    for (const who of ['staff', 'leader', 'auditor', 'member1'] as const) {
      const res = await (await t.as(who)).get(`/api/attachments/${memberFileId}/download`);
      expect(res.statusCode, who).toBe(200);
      expect(res.rawPayload).toEqual(PDF);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="_______2024_.pdf"; filename*=UTF-8''${encodeURIComponent('委员任职通知（2024）.pdf')}`,
      );
    }
    const inline = await (await t.as('staff')).get(`/api/attachments/${memberFileId}/download?inline=true`);
    expect(String(inline.headers['content-disposition'])).toMatch(/^inline;/);
  });

  it('lists by owner with abilities', async () => {
    const staffList = await (await t.as('staff')).get(`/api/attachments?ownerType=member&ownerId=${t.ids.memberA}`);
    expect(staffList.json()).toMatchObject({ total: 1, abilities: { upload: true } });
    expect(staffList.json().items[0].abilities).toEqual({ download: true, archive: true });
    const memberList = await (await t.as('member1')).get(`/api/attachments?ownerType=member&ownerId=${t.ids.memberA}`);
    expect(memberList.json()).toMatchObject({ total: 1, abilities: { upload: false } });
    expect(memberList.json().items[0].abilities.archive).toBe(false);
  });

  it('hides member files from other users, other orgs and unknown owner types (404)', async () => {
    for (const who of ['unitadmin', 'convener', 'b_admin', 'd_admin'] as const) {
      const c = await t.as(who);
      expect((await c.get(`/api/attachments/${memberFileId}/download`)).statusCode, who).toBe(404);
      expect((await c.get(`/api/attachments?ownerType=member&ownerId=${t.ids.memberA}`)).statusCode, who).toBe(404);
    }
    const staff = await t.as('staff');
    expect((await staff.get(`/api/attachments?ownerType=nothing&ownerId=${t.ids.memberA}`)).statusCode).toBe(404);
    expect((await upload(staff, { ownerType: 'nothing', ownerId: t.ids.memberA }, { name: 'a.pdf', data: PDF })).statusCode).toBe(404);
    expect((await upload(staff, { ownerType: 'member', ownerId: t.ids.memberB }, { name: 'a.pdf', data: PDF })).statusCode).toBe(404);
    // a reader who may not write cannot upload: the owner answers as missing
    expect((await upload(await t.as('leader'), { ownerType: 'member', ownerId: t.ids.memberA }, { name: 'a.pdf', data: PDF })).statusCode).toBe(404);
  });

  it('org files: office writes, every org user reads', async () => {
    const staff = await t.as('staff');
    const res = await upload(staff, { ownerType: 'org', ownerId: t.ids.orgs.A }, { name: '通知模板.png', data: PNG, type: 'image/png' });
    expect(res.statusCode).toBe(201);
    expect((await (await t.as('unithandler')).get(`/api/attachments/${res.json().id}/download`)).statusCode).toBe(200);
    expect((await (await t.as('b_staff')).get(`/api/attachments/${res.json().id}/download`)).statusCode).toBe(404);
    expect((await upload(await t.as('member1'), { ownerType: 'org', ownerId: t.ids.orgs.A }, { name: 'x.png', data: PNG })).statusCode).toBe(404);
  });

  it('refuses bad files: type, content, size, missing parts', async () => {
    const staff = await t.as('staff');
    const owner = { ownerType: 'org', ownerId: t.ids.orgs.A };
    expect((await upload(staff, owner, { name: 'evil.svg', data: Buffer.from('<svg/>') })).json().code).toBe('UNSUPPORTED_FILE');
    expect((await upload(staff, owner, { name: 'run.exe', data: Buffer.from('MZ') })).json().code).toBe('UNSUPPORTED_FILE');
    const fake = await upload(staff, owner, { name: 'fake.pdf', data: Buffer.from('<html>hi</html>') });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().message).toBe('文件内容与扩展名不符');
    expect((await upload(staff, owner, { name: 'empty.txt', data: Buffer.alloc(0) })).statusCode).toBe(400);
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(65 * 1024, 0x20)]);
    expect((await upload(staff, owner, { name: 'big.pdf', data: big })).statusCode).toBe(413);
    expect((await upload(staff, owner)).statusCode).toBe(400);
    expect((await upload(staff, { ownerType: 'org' }, { name: 'a.pdf', data: PDF })).statusCode).toBe(400);
    expect((await staff.post('/api/attachments', { ownerType: 'org' })).statusCode).toBe(400);
  });

  it('archives instead of deleting', async () => {
    expect((await (await t.as('leader')).post(`/api/attachments/${memberFileId}/archive`, {})).statusCode).toBe(403);
    expect((await (await t.as('b_staff')).post(`/api/attachments/${memberFileId}/archive`, {})).statusCode).toBe(404);
    const staff = await t.as('staff');
    const res = await staff.post(`/api/attachments/${memberFileId}/archive`, { reason: '重复上传' });
    expect(res.statusCode).toBe(200);
    expect(res.json().archivedAt).toBeTruthy();
    expect((await staff.post(`/api/attachments/${memberFileId}/archive`, {})).statusCode).toBe(409);
    expect((await staff.get(`/api/attachments?ownerType=member&ownerId=${t.ids.memberA}`)).json().total).toBe(0);
    expect((await staff.get(`/api/attachments?ownerType=member&ownerId=${t.ids.memberA}&includeArchived=true`)).json().total).toBe(1);
    expect((await (await t.as('member1')).get(`/api/attachments/${memberFileId}/download`)).statusCode).toBe(404);
    expect((await staff.get(`/api/attachments/${memberFileId}/download`)).statusCode).toBe(200);
  });

  it('401 without login', async () => {
    expect((await t.anon.get(`/api/attachments?ownerType=org&ownerId=${t.ids.orgs.A}`)).statusCode).toBe(401);
    expect((await upload(t.anon, { ownerType: 'org', ownerId: t.ids.orgs.A }, { name: 'a.pdf', data: PDF })).statusCode).toBe(401);
    expect((await t.anon.get(`/api/attachments/${memberFileId}/download`)).statusCode).toBe(401);
  });
});
