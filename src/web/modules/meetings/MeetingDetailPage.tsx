import './meetings.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton, Tabs, Tag, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { ORG_READER_ROLES } from '../../../core/roles';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { AgendaTab } from './AgendaTab';
import { AttendanceTab } from './AttendanceTab';
import { InviteesTab } from './InviteesTab';
import { LeaveTab } from './LeaveTab';
import { MinutesTab } from './MinutesTab';
import { MyMeetingView } from './MyMeetingView';
import { OverviewTab } from './OverviewTab';
import { errorText, fullTitle, KIND_COLORS, NoStudyFlag, StatusTag, useMeeting } from './shared';
import { SpeechesTab } from './SpeechesTab';
import { VotesTab } from './VotesTab';

const TABS = ['overview', 'agenda', 'invitees', 'leave', 'attendance', 'speeches', 'minutes', 'votes'] as const;
type TabKey = (typeof TABS)[number];

/** 会议详情: the office's tabs; a member sees their own status and the leave form instead. */
export function MeetingDetailPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const q = useMeeting(id);
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'overview';

  if (q.isLoading) return <Skeleton active />;
  if (q.isError || !q.data) return <Result status="404" title={errorText(q.error)} extra={<Link to="/">{t('action.back')}</Link>} />;
  const m = q.data;
  const reader = !!me && me.user.roles.some((r) => ORG_READER_ROLES.includes(r));

  const header = (
    <div className="meeting-header">
      <Link to={reader ? '/meetings' : '/my/meetings'}>
        <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('action.back')} />
      </Link>
      <Typography.Title level={4}>{fullTitle(m)}</Typography.Title>
      <NoStudyFlag show={m.firstItemNotStudy} />
      <Tag color={KIND_COLORS[m.kind]}>{m.kindLabel}</Tag>
      <StatusTag status={m.status} label={m.statusLabel} />
    </div>
  );
  if (!reader) {
    return (
      <div className="meeting-page">
        {header}
        <MyMeetingView meeting={m} />
      </div>
    );
  }

  const items = [
    { key: 'overview', label: t('meetings.tab.overview'), children: <OverviewTab meeting={m} /> },
    { key: 'agenda', label: t('meetings.tab.agenda'), children: <AgendaTab meeting={m} /> },
    { key: 'invitees', label: t('meetings.tab.invitees'), children: <InviteesTab meeting={m} /> },
    { key: 'leave', label: t('meetings.tab.leave'), children: <LeaveTab meeting={m} /> },
    { key: 'attendance', label: t('meetings.tab.attendance'), children: <AttendanceTab meeting={m} /> },
    { key: 'speeches', label: t('meetings.tab.speeches'), children: <SpeechesTab meeting={m} /> },
    { key: 'minutes', label: t('meetings.tab.minutes'), children: <MinutesTab meeting={m} /> },
    { key: 'votes', label: t('meetings.tab.votes'), children: <VotesTab meeting={m} /> },
  ];
  return (
    <div className="meeting-page">
      {header}
      <Tabs
        activeKey={tab}
        destroyOnHidden
        items={items}
        onChange={(k) => {
          const p = new URLSearchParams(params);
          if (k === 'overview') p.delete('tab');
          else p.set('tab', k);
          setParams(p, { replace: true });
        }}
      />
    </div>
  );
}
