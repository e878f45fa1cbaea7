import { Alert, App, Button, Descriptions, Grid } from 'antd';
import { useState } from 'react';
import { MEETING_ACTION_LABELS, type MeetingAction } from '../../../core/meetings';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { MeetingFormDrawer } from './MeetingFormDrawer';
import { agendaText, chinaText, fullTitle } from './shared';
import type { MeetingDetail } from './types';
import { useMeetingWrite } from './useMeetingAction';

const DANGER: MeetingAction[] = ['cancel'];

/** 概况: the meeting's details and the status actions the server allows. */
export function OverviewTab({ meeting: m }: { meeting: MeetingDetail }) {
  const { modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [editOpen, setEditOpen] = useState(false);
  const act = useMeetingWrite(
    m.id,
    (action: MeetingAction) => api.post(`/api/meetings/${m.id}/${action}`, { version: m.version }),
    undefined,
  );
  function run(action: MeetingAction) {
    const label = MEETING_ACTION_LABELS[action];
    modal.confirm({
      title: t('meetings.action.confirm', { action: label }),
      okButtonProps: { danger: DANGER.includes(action) },
      onOk: () => act.mutateAsync(action),
    });
  }
  return (
    <div>
      {m.firstItemNotStudy && <Alert type="warning" showIcon title={t('meetings.noStudyHint')} style={{ marginBottom: 12 }} />}
      <div className="meeting-actions" style={{ marginBottom: 12 }}>
        {m.abilities.actions.map((a) => (
          <Button key={a} type={a === 'notice' || a === 'hold' ? 'primary' : 'default'} danger={DANGER.includes(a)} onClick={() => run(a)} loading={act.isPending && act.variables === a}>
            {MEETING_ACTION_LABELS[a]}
          </Button>
        ))}
        {m.abilities.update && <Button onClick={() => setEditOpen(true)}>{t('action.edit')}</Button>}
      </div>
      <Descriptions bordered size="small" column={screens.md ? 2 : 1}>
        <Descriptions.Item label={t('meetings.field.title')} span={screens.md ? 2 : 1}>
          {fullTitle(m)}
        </Descriptions.Item>
        <Descriptions.Item label={t('meetings.field.kind')}>{m.kindLabel}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.field.status')}>{m.statusLabel}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.field.startsAt')}>{m.startsAtText}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.field.endsAt')}>{chinaText(m.endsAt)}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.field.venue')}>{m.venue}</Descriptions.Item>
        <Descriptions.Item label={t('meetings.field.host')}>{m.host}</Descriptions.Item>
        {m.attendance && (
          <Descriptions.Item label={`${t('meetings.field.expected')} / ${t('meetings.field.present')} / ${t('meetings.field.excused')}`} span={screens.md ? 2 : 1}>
            {m.attendance.expected} / {m.attendance.present} / {m.attendance.excused}
          </Descriptions.Item>
        )}
        {m.minutesDueOn && <Descriptions.Item label={t('meetings.field.minutesDue')}>{m.minutesDueOn}</Descriptions.Item>}
        {m.notes && (
          <Descriptions.Item label={t('meetings.field.notes')} span={screens.md ? 2 : 1}>
            {m.notes}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('meetings.field.agenda')} span={screens.md ? 2 : 1}>
          {m.agenda.length === 0
            ? t('meetings.agenda.empty')
            : m.agenda.map((a, i) => (
                <div key={a.id ?? i}>{agendaText(a, i)}</div>
              ))}
        </Descriptions.Item>
      </Descriptions>
      {m.abilities.update && <MeetingFormDrawer open={editOpen} onClose={() => setEditOpen(false)} meeting={m} />}
    </div>
  );
}
