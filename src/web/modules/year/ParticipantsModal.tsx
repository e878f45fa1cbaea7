import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Empty, Grid, Modal, Select, Button, Typography } from 'antd';
import { useState } from 'react';
import { ATTENDANCE, PARTICIPANT_ROLES } from '../../../core/activities/kinds';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { MembersPicker } from './pickers';
import { enumLabel, errorText, isConflict, yearKeys } from './shared';
import type { ActivityPage, Participant } from './types';

type Row = Pick<Participant, 'memberId' | 'userId' | 'name' | 'role' | 'attendance' | 'note'>;

interface Props {
  open: boolean;
  activity: ActivityPage;
  onClose(): void;
}

/** 设置参加人员及出勤: add members, set each one's role and attendance; saved as one list. */
export function ParticipantsModal({ open, activity, onClose }: Props) {
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => activity.participants.map((p) => ({ ...p })));
  const defaultRole = activity.kind === 'training' ? 'trainee' : 'participant';
  const save = useMutation({
    mutationFn: () =>
      api.put<ActivityPage>(`/api/activities/${activity.id}/participants`, {
        version: activity.version,
        participants: rows.map((r) => ({ ...(r.memberId ? { memberId: r.memberId } : { userId: r.userId! }), role: r.role, attendance: r.attendance, note: r.note })),
      }),
    onSuccess: (a) => {
      message.success(t('msg.saved'));
      qc.setQueryData(yearKeys.activity(a.id), a);
      qc.invalidateQueries({ queryKey: yearKeys.activities });
      onClose();
    },
    onError: (e) => {
      message.error(errorText(e));
      if (isConflict(e)) qc.invalidateQueries({ queryKey: yearKeys.activity(activity.id) });
    },
  });
  const set = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const exclude = new Set(rows.flatMap((r) => (r.memberId ? [r.memberId] : [])));
  return (
    <Modal open={open} title={t('activities.editParticipants')} onCancel={onClose} onOk={() => save.mutate()} confirmLoading={save.isPending} width={screens.md ? 640 : undefined} destroyOnHidden>
      <MembersPicker exclude={exclude} onPick={(m) => setRows([...rows, { memberId: m.id, userId: null, name: m.name, role: defaultRole, attendance: 'present', note: '' }])} />
      <div style={{ marginTop: 12, maxHeight: '55vh', overflowY: 'auto' }}>
        {rows.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.noParticipants')} />}
        {rows.map((r, i) => (
          <div key={r.memberId ?? r.userId ?? i} className="year-part-row">
            <Typography.Text ellipsis>
              {r.name}
              {!r.memberId && <span className="year-muted">{t('year.paren', { text: t('activities.identity.staff') })}</span>}
            </Typography.Text>
            <Select size="small" aria-label={t('activities.field.role')} value={r.role} onChange={(v: string) => set(i, { role: v })} options={PARTICIPANT_ROLES.map((x) => ({ value: x, label: enumLabel('activities.role', x) }))} />
            <Select size="small" aria-label={t('activities.field.attendance')} value={r.attendance} onChange={(v: string) => set(i, { attendance: v })} options={ATTENDANCE.map((x) => ({ value: x, label: enumLabel('activities.attendance', x) }))} />
            <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('action.archive')} onClick={() => setRows(rows.filter((_, j) => j !== i))} />
          </div>
        ))}
      </div>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('year.total', { n: rows.length })}
      </Typography.Paragraph>
    </Modal>
  );
}
