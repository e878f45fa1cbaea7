import { useQuery } from '@tanstack/react-query';
import { Tag, Tooltip } from 'antd';
import { FlagFilled } from '@ant-design/icons';
import { ATTENDANCE_LABELS, INVITEE_ROLE_LABELS, LEAVE_STATUS_LABELS, type AttendanceStatus, type InviteeRole, type LeaveStatus } from '../../../core/meetings';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n';
import type { KindInfo, MeetingDetail } from './types';

/** Query keys of the meeting area. */
export const meetingKeys = {
  all: ['meetings'] as const,
  list: (q: Record<string, unknown>) => ['meetings', 'list', q] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  part: (id: string, part: string) => ['meetings', 'detail', id, part] as const,
  kinds: ['meetings', 'kinds'] as const,
  leaveToDecide: (q: Record<string, unknown>) => ['meetings', 'leave-to-decide', q] as const,
};

export function useKinds() {
  return useQuery({ queryKey: meetingKeys.kinds, queryFn: () => api.get<{ items: KindInfo[] }>('/api/meetings/kinds'), staleTime: 5 * 60_000 });
}

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => api.get<MeetingDetail>(`/api/meetings/${id}`) });
}

export const STATUS_COLORS: Record<string, string> = { draft: 'default', noticed: 'blue', held: 'green', closed: 'purple', cancelled: 'red' };
export const ATTENDANCE_COLORS: Record<string, string> = { invited: 'default', present: 'green', excused: 'orange', absent: 'red' };
export const LEAVE_COLORS: Record<string, string> = { pending: 'gold', approved: 'green', refused: 'red', withdrawn: 'default' };
export const KIND_COLORS: Record<string, string> = {
  plenary: 'red',
  standingCommittee: 'volcano',
  chairs: 'magenta',
  partyGroup: 'red',
  secretaryGeneral: 'geekblue',
  committee: 'cyan',
  thematic: 'blue',
};

export const attendanceLabel = (s: string) => ATTENDANCE_LABELS[s as AttendanceStatus] ?? s;
export const roleLabel = (s: string) => INVITEE_ROLE_LABELS[s as InviteeRole] ?? s;
export const leaveLabel = (s: string) => LEAVE_STATUS_LABELS[s as LeaveStatus] ?? s;

export function StatusTag({ status, label }: { status: string; label: string }) {
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{label}</Tag>;
}

export function AttendanceTag({ status }: { status: string }) {
  return <Tag color={ATTENDANCE_COLORS[status] ?? 'default'}>{attendanceLabel(status)}</Tag>;
}

export function LeaveTag({ status }: { status: string }) {
  return <Tag color={LEAVE_COLORS[status] ?? 'default'}>{leaveLabel(status)}</Tag>;
}

/** The "第一议题" flag: a party group or chairs' meeting that does not open with study. */
export function NoStudyFlag({ show }: { show: boolean }) {
  if (!show) return null;
  return (
    <Tooltip title={t('meetings.noStudyHint')}>
      <FlagFilled className="meeting-flag" aria-label={t('meetings.noStudyFlag')} />
    </Tooltip>
  );
}

/** The full title: the numbered name in front when the title does not already carry it. */
export function fullTitle(m: { title: string; numberLabel: string }): string {
  return m.numberLabel && !m.title.includes(m.numberLabel) ? `${m.numberLabel} ${m.title}` : m.title;
}

/** A picked wall-clock time sent as China time, whatever the browser's zone. */
export function toChinaInstant(d: { format(f: string): string }): string {
  return `${d.format('YYYY-MM-DDTHH:mm')}:00+08:00`;
}

/** The agenda line: title, presenter, and a 集体学习 note unless the title already says so. */
export function agendaText(a: { title: string; isStudy: boolean; presenter: string }, i: number): string {
  const study = a.isStudy && !a.title.includes(t('meetings.studyTag')) ? `（${t('meetings.studyTag')}）` : '';
  return `${i + 1}. ${a.title}${study}${a.presenter ? ` — ${a.presenter}` : ''}`;
}

/** "2026-05-12 09:00" in China time from an ISO instant. */
export function chinaText(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function errorText(e: unknown): string {
  return e instanceof ApiError ? e.message : t('msg.loadFailed');
}

export function isConflict(e: unknown): boolean {
  return e instanceof ApiError && e.code === 'CONFLICT';
}
