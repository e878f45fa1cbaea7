import { displayStatus, progressByOwner, TASK_DISPLAY_LABELS, type OwnerProgress } from '../../../core/plans/tasks';
import { addSheet, newWorkbook, toBuffer, type XlsxColumn } from '../../export/xlsx';
import type { PlanRow, TaskLine } from './queries';

/** Columns of the task ledger export (工作任务台账). */
export function taskExportColumns(day: string): XlsxColumn<TaskLine>[] {
  return [
    { header: '年度', value: (l) => l.planYear, width: 8 },
    { header: '工作要点', value: (l) => l.planTitle, width: 30 },
    { header: '分项', value: (l) => l.task.section, width: 20 },
    { header: '工作任务', value: (l) => l.task.title, width: 50 },
    { header: '牵头单位', value: (l) => l.task.ownerName, width: 20 },
    { header: '完成时限', value: (l) => l.task.dueOn ?? '', text: true, width: 12 },
    { header: '状态', value: (l) => TASK_DISPLAY_LABELS[displayStatus(l.task, day)] },
    { header: '完成日期', value: (l) => l.task.completedOn ?? '', text: true, width: 12 },
    { header: '最新进展', value: (l) => l.lastNote ?? '', width: 50 },
    { header: '关联活动数', value: (l) => l.activityCount },
  ];
}

const OWNER_COLUMNS: XlsxColumn<OwnerProgress>[] = [
  { header: '牵头单位', value: (o) => o.owner, width: 24 },
  { header: '任务数', value: (o) => o.total },
  { header: '已完成', value: (o) => o.done },
  { header: '推进中', value: (o) => o.inProgress },
  { header: '未开始', value: (o) => o.notStarted },
  { header: '已逾期', value: (o) => o.overdue },
];

/** One plan as a workbook: the task ledger and the per-owner progress. */
export async function planWorkbook(plan: PlanRow, lines: TaskLine[], day: string): Promise<Buffer> {
  const wb = newWorkbook();
  addSheet(wb, '任务台账', taskExportColumns(day), lines);
  const { owners, totals } = progressByOwner(lines.map((l) => ({ owner: l.task.ownerName, status: l.task.status, dueOn: l.task.dueOn })), day);
  addSheet(wb, '进度汇总', OWNER_COLUMNS, [...owners, { owner: '合计', ...totals }]);
  wb.title = plan.title;
  return toBuffer(wb);
}
