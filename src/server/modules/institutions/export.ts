import { INSTITUTION_KIND_LABELS, INSTITUTION_STATUS_LABELS, type InstitutionKind, type InstitutionStatus } from '../../../core/institutions';
import type { XlsxColumn } from '../../export/xlsx';
import type { InstitutionRow } from './queries';

/** Columns of the 制度汇编 export. */
export const INSTITUTION_EXPORT_COLUMNS: XlsxColumn<InstitutionRow>[] = [
  { header: '制度名称', value: (r) => r.title, width: 48 },
  { header: '文号', value: (r) => r.docNumber, text: true, width: 22 },
  { header: '发文机关', value: (r) => r.issuingBody, width: 20 },
  { header: '类别', value: (r) => INSTITUTION_KIND_LABELS[r.kind as InstitutionKind] ?? r.kind, width: 14 },
  { header: '施行日期', value: (r) => r.effectiveOn ?? '', text: true, width: 12 },
  { header: '状态', value: (r) => INSTITUTION_STATUS_LABELS[r.status as InstitutionStatus] ?? r.status, width: 10 },
  { header: '废止日期', value: (r) => r.repealedOn ?? '', text: true, width: 12 },
  { header: '现行版本', value: (r) => (r.currentVersionNo ? `第${r.currentVersionNo}版` : ''), width: 10 },
  { header: '摘要', value: (r) => r.summary, width: 40 },
];
