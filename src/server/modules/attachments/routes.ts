import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { audit } from '../../audit/record';
import type { AppDeps } from '../../deps';
import { ctxOf } from '../../lib/context';
import { pagingQuery } from '../../lib/paging';
import './builtin-owners';
import { archiveAttachment, uploadAttachment } from './commands';
import { INLINE_MIME, contentDisposition } from './file-types';
import { assertOwnerAccess, ownerAllows } from './owners';
import { presentAttachment } from './presenter';
import { listAttachments, loadReadableAttachment } from './queries';

const ownerFields = z.strictObject({ ownerType: z.string().min(1).max(40), ownerId: z.uuid() });

/** Reads one multipart request: exactly one file plus the owner fields. */
async function readUpload(req: FastifyRequest): Promise<{ fields: Record<string, string>; fileName: string; data: Buffer }> {
  if (!req.isMultipart()) throw new AppError('BAD_REQUEST', '请以 multipart/form-data 上传文件');
  const fields: Record<string, string> = {};
  let file: { fileName: string; data: Buffer } | undefined;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (file) throw new AppError('BAD_REQUEST', '一次只能上传一个文件');
      file = { fileName: part.filename, data };
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  if (!file) throw new AppError('VALIDATION_FAILED', '请选择要上传的文件');
  return { fields, ...file };
}

/**
 * Attachments of any record. Access goes through the owner-type registry (owners.ts): an unknown
 * owner type, an owner in another org or one the caller may not see all answer NOT_FOUND.
 */
export async function attachmentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.post('/api/attachments', { schema: { tags: ['attachments'], summary: '上传附件（multipart：file、ownerType、ownerId）' } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const upload = await readUpload(req);
    const owner = ownerFields.safeParse({ ownerType: upload.fields.ownerType, ownerId: upload.fields.ownerId });
    if (!owner.success) throw new AppError('VALIDATION_FAILED', '缺少或错误的 ownerType / ownerId');
    const row = await uploadAttachment(deps, ctx, { ...owner.data, fileName: upload.fileName, data: upload.data });
    reply.code(201);
    return presentAttachment(ctx.actor, row, true);
  });

  r.get(
    '/api/attachments',
    {
      schema: {
        tags: ['attachments'],
        summary: '附件列表',
        querystring: z.strictObject({ ...ownerFields.shape, ...pagingQuery, includeArchived: z.enum(['true', 'false']).default('false') }),
      },
    },
    async (req) => {
      const actor = ctxOf(req).actor;
      const { ownerType, ownerId, page, pageSize } = req.query;
      await assertOwnerAccess(actor, ownerType, ownerId, 'read', db);
      const canWrite = await ownerAllows(actor, ownerType, ownerId, 'write', db);
      // Archived files are shown only to those who may manage the owner's files.
      const { rows, total } = await listAttachments(db, actor, { ownerType, ownerId, page, pageSize, includeArchived: canWrite && req.query.includeArchived === 'true' });
      return { items: rows.map((a) => presentAttachment(actor, a, canWrite)), total, page, pageSize, abilities: { upload: canWrite } };
    },
  );

  r.get(
    '/api/attachments/:id/download',
    { schema: { tags: ['attachments'], summary: '下载附件', params: z.object({ id: z.uuid() }), querystring: z.strictObject({ inline: z.enum(['true', 'false']).default('false') }) } },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const a = await loadReadableAttachment(db, ctx.actor, req.params.id);
      if (a.archivedAt && !(await ownerAllows(ctx.actor, a.ownerType, a.ownerId, 'write', db))) throw new AppError('NOT_FOUND', '附件不存在');
      const data = await deps.storage.get(a.storageKey);
      if (!data) throw new AppError('NOT_FOUND', '附件文件已丢失，请联系管理员');
      // Reading a private file leaves a trace too (RULES §12).
      await audit(db, ctx, { action: 'attachment.download', targetType: 'attachment', targetId: a.id, targetLabel: a.fileName });
      const inline = req.query.inline === 'true' && INLINE_MIME.test(a.mimeType);
      reply
        .header('content-type', a.mimeType)
        .header('content-length', String(data.length))
        .header('content-disposition', contentDisposition(a.fileName, inline ? 'inline' : 'attachment'))
        .header('x-content-type-options', 'nosniff');
      return reply.send(data);
    },
  );

  r.post(
    '/api/attachments/:id/archive',
    { schema: { tags: ['attachments'], summary: '归档附件', params: z.object({ id: z.uuid() }), body: z.strictObject({ reason: z.string().max(500).optional() }) } },
    async (req) => {
      const ctx = ctxOf(req);
      const row = await archiveAttachment(deps, ctx, req.params.id, req.body.reason);
      return presentAttachment(ctx.actor, row, true);
    },
  );
}
