import { COMMENDATION_CATEGORY_LABELS, type CommendationCategory } from '../../../core/commendations';
import type { XlsxColumn } from '../../export/xlsx';
import type { CommendationRow } from './queries';

/** Columns of the 表彰名单 export. */
export const COMMENDATION_EXPORT_COLUMNS: XlsxColumn<CommendationRow>[] = [
  { header: '年度', value: (r) => r.year, width: 8 },
  { header: '表彰类别', value: (r) => COMMENDATION_CATEGORY_LABELS[r.category as CommendationCategory] ?? r.category, width: 18 },
  { header: '受表彰对象', value: (r) => r.nomineeName, width: 24 },
  { header: '单位及职务', value: (r) => r.nomineeDetail, width: 30 },
  { header: '决定会议', value: (r) => r.decisionMeetingLabel, width: 22 },
  { header: '决定日期', value: (r) => r.decidedOn, text: true, width: 12 },
  { header: '决定文号', value: (r) => r.decisionDocNumber, text: true, width: 22 },
  { header: '主要事迹', value: (r) => r.citation, width: 40 },
];
