import { REQUEST_KIND_LABELS, REQUEST_OUTCOME_LABELS, REQUEST_SUBJECT_LABELS, type RequestKind, type RequestOutcome, type RequestSubject } from '../../../core/requests/kinds';
import type { XlsxColumn } from '../../export/xlsx';
import type { RequestRow } from './queries';

/** Columns of the 请示报告 ledger export. */
export const REQUEST_EXPORT_COLUMNS: XlsxColumn<RequestRow>[] = [
  { header: '标题', value: (r) => r.title, width: 40 },
  { header: '事项', value: (r) => REQUEST_SUBJECT_LABELS[r.subject as RequestSubject] ?? r.subject, width: 16 },
  { header: '类别', value: (r) => REQUEST_KIND_LABELS[r.kind as RequestKind] ?? r.kind, width: 14 },
  { header: '报送日期', value: (r) => r.sentOn ?? '', text: true, width: 12 },
  { header: '报送对象', value: (r) => r.addressee, width: 16 },
  { header: '审议日期', value: (r) => r.decisionOn ?? '', text: true, width: 12 },
  { header: '审议结果', value: (r) => (r.outcome ? (REQUEST_OUTCOME_LABELS[r.outcome as RequestOutcome] ?? r.outcome) : ''), width: 12 },
  { header: '文号', value: (r) => r.documentNo, text: true, width: 20 },
  { header: '备注', value: (r) => r.notes, width: 40 },
];
