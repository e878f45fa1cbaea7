import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../../core/errors';
import type { Role } from '../../../../core/roles';
import { toSearchText } from '../../../../core/search';
import { audit } from '../../../audit/record';
import { units } from '../../../db/schema';
import type { AppDeps } from '../../../deps';
import { buildTemplate, readSheet, readUpload, sendXlsx } from '../../../export/xlsx';
import { ctxOf } from '../../../lib/context';
import { applyImport, importQuery, MAX_IMPORT_ROWS, modeOf } from './report';
import { checkUnitRows, UNIT_INSTRUCTIONS, UNIT_SHEET, UNIT_TEMPLATE_COLUMNS } from './unit-sheet';

const tags = ['units'];
/** Same writers as the units reference resource. */
const UNIT_WRITERS: readonly Role[] = ['officeAdmin', 'officeStaff'];

/** 承办单位 Excel import: template download and upload. */
export async function unitImportRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = deps.db.db;

  r.get('/api/units/import-template.xlsx', { schema: { tags, summary: '下载承办单位导入模板' }, config: { access: UNIT_WRITERS } }, async (_req, reply) => {
    const buf = await buildTemplate(UNIT_SHEET, UNIT_TEMPLATE_COLUMNS, UNIT_INSTRUCTIONS);
    return sendXlsx(reply, buf, '承办单位导入模板.xlsx');
  });

  r.post(
    '/api/units/import',
    { schema: { tags, summary: '导入承办单位（multipart：mode 字段 validate|importValid|importAll，file 为 .xlsx）', querystring: importQuery }, config: { access: UNIT_WRITERS } },
    async (req) => {
      const ctx = ctxOf(req);
      const upload = await readUpload(req);
      const mode = modeOf(upload.fields.mode, req.query.mode);
      const sheet = await readSheet(upload.buffer, UNIT_SHEET);
      if (sheet.rows.length > MAX_IMPORT_ROWS) throw new AppError('VALIDATION_FAILED', `一次最多导入${MAX_IMPORT_ROWS}行`);
      const checked = await checkUnitRows(db, ctx.actor.orgId, sheet.headers, sheet.rows);
      return applyImport(mode, checked, (rows) =>
        db.transaction(async (tx) => {
          await tx.insert(units).values(
            rows.map((u) => ({ ...u, orgId: ctx.actor.orgId, searchVector: sql`to_tsvector('simple', ${toSearchText(u.name, u.shortName ?? '', u.contactName ?? '')})` as unknown as string })),
          );
          await audit(tx, ctx, { action: 'unit.import', targetType: 'unit', targetLabel: `导入承办单位${rows.length}个`, changes: { count: rows.length, total: checked.total, mode, filename: upload.filename } });
          return rows.length;
        }),
      );
    },
  );
}
