import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../../core/errors';
import { audit } from '../../../audit/record';
import type { AppDeps } from '../../../deps';
import { buildTemplate, readSheet, readUpload, sendXlsx } from '../../../export/xlsx';
import { ctxOf } from '../../../lib/context';
import { insertMember } from '../commands/insert';
import { ROSTER_WRITERS } from '../policy';
import { currentTermId } from '../queries';
import { assertTermInOrg } from '../validate';
import { checkMemberRows, MEMBER_INSTRUCTIONS, MEMBER_SHEET, memberLookups, memberTemplateColumns } from './member-sheet';
import { applyImport, importQuery, MAX_IMPORT_ROWS, modeOf } from './report';

const tags = ['members'];

/** 委员名单 Excel import: template download and upload (validate / importValid / importAll). */
export async function memberImportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.get('/api/members/import-template.xlsx', { schema: { tags, summary: '下载委员导入模板' }, config: { access: ROSTER_WRITERS } }, async (req, reply) => {
    const actor = ctxOf(req).actor;
    const { sectorNames, committeeNames } = await memberLookups(db, actor.orgId);
    const buf = await buildTemplate(MEMBER_SHEET, memberTemplateColumns(sectorNames, committeeNames), MEMBER_INSTRUCTIONS);
    return sendXlsx(reply, buf, '委员导入模板.xlsx');
  });

  r.post(
    '/api/members/import',
    {
      schema: {
        tags,
        summary: '导入委员名单（multipart：mode 字段 validate|importValid|importAll，file 为 .xlsx）',
        querystring: importQuery,
      },
      config: { access: ROSTER_WRITERS },
    },
    async (req) => {
      const ctx = ctxOf(req);
      const upload = await readUpload(req);
      const mode = modeOf(upload.fields.mode, req.query.mode);
      const fieldTerm = upload.fields.termId ? z.uuid().safeParse(upload.fields.termId) : null;
      if (fieldTerm && !fieldTerm.success) throw new AppError('VALIDATION_FAILED', '所选届次不存在');
      const termId = fieldTerm?.data ?? req.query.termId ?? (await currentTermId(db, ctx.actor.orgId));
      if (!termId) throw new AppError('VALIDATION_FAILED', '尚未设置届次，请先在“届次”中添加当前届次');
      const term = await assertTermInOrg(db, ctx.actor.orgId, termId);
      const sheet = await readSheet(upload.buffer, MEMBER_SHEET);
      if (sheet.rows.length > MAX_IMPORT_ROWS) throw new AppError('VALIDATION_FAILED', `一次最多导入${MAX_IMPORT_ROWS}行`);
      const checked = await checkMemberRows(db, ctx.actor.orgId, term, sheet.headers, sheet.rows);
      return applyImport(mode, checked, (rows) =>
        db.transaction(async (tx) => {
          for (const n of rows) await insertMember(tx, ctx, n);
          await audit(tx, ctx, {
            action: 'member.import',
            targetType: 'member',
            targetLabel: `导入委员${rows.length}名`,
            changes: { count: rows.length, total: checked.total, mode, filename: upload.filename, termId },
          });
          return rows.length;
        }),
      );
    },
  );
}
