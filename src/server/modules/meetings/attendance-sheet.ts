import { ATTENDANCE_LABELS, attendanceCounts, CHECK_IN_METHOD_LABELS, INVITEE_ROLE_LABELS, type AttendanceStatus, type CheckInMethod, type InviteeRole } from '../../../core/meetings';
import { chinaDateTime } from '../../../core/time';
import { addSheet, newWorkbook, toBuffer, type XlsxColumn } from '../../export/xlsx';
import type { InviteeRow, MeetingRow } from './queries';

/** 考勤表: one row per invitee, then the 应到 / 实到 / 请假 / 缺席 summary; Chinese headers. */
export async function attendanceWorkbook(m: MeetingRow, label: string, invitees: InviteeRow[], leaveReasons: Map<string, string>): Promise<Buffer> {
  const wb = newWorkbook();
  const cols: XlsxColumn<InviteeRow & { seq: number }>[] = [
    { header: '序号', value: (r) => r.seq, width: 8 },
    { header: '姓名', value: (r) => r.name, width: 14 },
    { header: '单位及职务', value: (r) => r.affiliation, width: 36 },
    { header: '参会身份', value: (r) => INVITEE_ROLE_LABELS[r.role as InviteeRole] ?? r.role, width: 12 },
    { header: '出勤情况', value: (r) => ATTENDANCE_LABELS[r.attendance as AttendanceStatus] ?? r.attendance, width: 12 },
    { header: '签到时间', value: (r) => (r.checkedInAt ? chinaDateTime(r.checkedInAt) : ''), width: 20 },
    { header: '签到方式', value: (r) => (r.checkInMethod ? CHECK_IN_METHOD_LABELS[r.checkInMethod as CheckInMethod] ?? r.checkInMethod : ''), width: 14 },
    { header: '请假事由', value: (r) => leaveReasons.get(r.id) ?? '', width: 30 },
  ];
  const ws = addSheet(wb, '考勤表', cols, invitees.map((r, i) => ({ ...r, seq: i + 1 })));
  const c = attendanceCounts(invitees);
  ws.addRow([]);
  ws.addRow([`会议：${label}`]);
  ws.addRow([`时间：${chinaDateTime(m.startsAt)}　地点：${m.venue}`]);
  const sum = ws.addRow([`应到${c.expected}人，实到${c.present}人，请假${c.excused}人，缺席${c.absent}人${c.pending ? `，待签到${c.pending}人` : ''}`]);
  sum.font = { bold: true };
  return toBuffer(wb);
}
