import { activityKindLabel, ATTENDANCE_LABELS, PARTICIPANT_ROLE_LABELS, ACTIVITY_STATUS_LABELS, type ActivityStatus, type Attendance, type ParticipantRole } from '../../../core/activities/kinds';
import type { XlsxColumn } from '../../export/xlsx';
import type { ActivityLine, ParticipantLine } from './queries';

/** Columns of the activity list export (活动台账). */
export function activityExportColumns(settings: Record<string, unknown>): XlsxColumn<ActivityLine>[] {
  return [
    { header: '活动名称', value: (l) => l.activity.title, width: 40 },
    { header: '类型', value: (l) => activityKindLabel(l.activity.kind, settings), width: 16 },
    { header: '组织单位', value: (l) => l.activity.organizerName, width: 20 },
    { header: '党支部', value: (l) => l.activity.partyBranch, width: 20 },
    { header: '开始日期', value: (l) => l.activity.startsOn, text: true, width: 12 },
    { header: '结束日期', value: (l) => l.activity.endsOn ?? '', text: true, width: 12 },
    { header: '地点', value: (l) => l.activity.place, width: 20 },
    { header: '状态', value: (l) => ACTIVITY_STATUS_LABELS[l.activity.status as ActivityStatus] ?? l.activity.status },
    { header: '重大活动', value: (l) => l.activity.isMajor },
    { header: '参加人数', value: (l) => l.participantCount },
    { header: '出席人数', value: (l) => l.presentCount },
    { header: '活动内容', value: (l) => l.activity.description, width: 40 },
    { header: '活动成果', value: (l) => l.activity.outcome, width: 40 },
  ];
}

/** Columns of one activity's participant and attendance sheet (参加人员及出勤). */
export const PARTICIPANT_EXPORT_COLUMNS: XlsxColumn<ParticipantLine>[] = [
  { header: '姓名', value: (p) => p.name, width: 14 },
  { header: '身份', value: (p) => (p.memberId ? '委员' : '工作人员'), width: 10 },
  { header: '角色', value: (p) => PARTICIPANT_ROLE_LABELS[p.role as ParticipantRole] ?? p.role },
  { header: '出勤', value: (p) => ATTENDANCE_LABELS[p.attendance as Attendance] ?? p.attendance },
  { header: '备注', value: (p) => p.note, width: 30 },
];
