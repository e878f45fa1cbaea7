import { EditOutlined, InboxOutlined, SwapOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Grid, Popconfirm, Space, Tag, Timeline, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { MemberCommendationsCard } from '../office/MemberCommendationsCard';
import { MemberFormDrawer } from './MemberFormDrawer';
import { MemberPhoto } from './MemberPhoto';
import { MembershipChangeModal } from './MembershipChangeModal';
import { MemberTags } from './MemberTags';
import { CHANGE_COLORS, changeLabel, committeeRoleLabel, errorText, groupRoleLabel, isConflict, memberKeys, statusLabel, STATUS_COLORS } from './refs';
import type { MemberDetail } from './types';

interface Props {
  member: MemberDetail;
}

/** The member page body, shared by /members/:id and /me/member. Buttons follow `abilities`. */
export function MemberProfileView({ member: m }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [editOpen, setEditOpen] = useState(false);
  const [changeOpen, setChangeOpen] = useState(false);
  const a = m.abilities;

  const archive = useMutation({
    mutationFn: (op: 'archive' | 'restore') => api.post<MemberDetail>(`/api/members/${m.id}/${op}`, { version: m.version }),
    onSuccess: async (_d, op) => {
      message.success(op === 'archive' ? t('msg.archived') : t('msg.restored'));
      await qc.invalidateQueries({ queryKey: memberKeys.all });
    },
    onError: async (e) => {
      if (isConflict(e)) {
        message.warning(t('msg.conflict'));
        await qc.invalidateQueries({ queryKey: memberKeys.all });
      } else message.error(errorText(e));
    },
  });

  const actions = (
    <Space wrap size={8} className="member-actions">
      {a.update && (
        <Button type="primary" icon={<EditOutlined />} onClick={() => setEditOpen(true)}>
          {t('action.edit')}
        </Button>
      )}
      {a.changeMembership.length > 0 && (
        <Button icon={<SwapOutlined />} onClick={() => setChangeOpen(true)}>
          {t('members.action.changeMembership')}
        </Button>
      )}
      {a.archive && (
        <Popconfirm title={t('members.confirmArchive', { name: m.name })} onConfirm={() => archive.mutate('archive')} okButtonProps={{ danger: true }}>
          <Button danger icon={<InboxOutlined />} loading={archive.isPending}>
            {t('action.archive')}
          </Button>
        </Popconfirm>
      )}
      {a.restore && (
        <Button icon={<UndoOutlined />} onClick={() => archive.mutate('restore')} loading={archive.isPending}>
          {t('action.restore')}
        </Button>
      )}
    </Space>
  );

  const sensitive = (v: string) => (
    <span className="tabular">
      {v || t('label.none')}
      {m.sensitiveMasked && v ? (
        <Tag variant="filled" style={{ marginInlineStart: 8 }}>
          {t('members.masked')}
        </Tag>
      ) : null}
    </span>
  );
  const text = (v: string | null | undefined) => v || <Typography.Text type="secondary">{t('label.none')}</Typography.Text>;

  const profile: DescriptionsProps['items'] = [
    { key: 'gender', label: t('members.field.gender'), children: text(m.gender) },
    { key: 'ethnicity', label: t('members.field.ethnicity'), children: text(m.ethnicity) },
    { key: 'birthDate', label: t('members.field.birthDate'), children: text(m.birthDate) },
    { key: 'political', label: t('members.field.political'), children: text(m.politicalAffiliation) },
    { key: 'sector', label: t('members.field.sector'), children: text(m.sectorName) },
    { key: 'term', label: t('members.field.term'), children: text(m.termName) },
    { key: 'employer', label: t('members.field.employer'), children: text(m.employer) },
    { key: 'post', label: t('members.field.post'), children: text(m.post) },
    { key: 'education', label: t('members.field.education'), children: text(m.education) },
    { key: 'phone', label: t('members.field.phone'), children: sensitive(m.phone) },
    { key: 'idNumber', label: t('members.field.idNumber'), children: sensitive(m.idNumber) },
    { key: 'email', label: t('members.field.email'), children: text(m.email) },
    { key: 'address', label: t('members.field.address'), children: text(m.address), span: mobile ? 1 : 2 },
    { key: 'joinedOn', label: t('members.field.joinedOn'), children: text(m.joinedOn) },
    ...(m.leftOn ? [{ key: 'leftOn', label: t('members.field.leftOn'), children: m.leftOn }] : []),
    ...(m.notes ? [{ key: 'notes', label: t('members.field.notes'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{m.notes}</span>, span: mobile ? 1 : 3 }] : []),
  ];

  // Newest change first: the top line is the current state.
  const history = [...m.history].sort((x, y) => (x.effectiveOn === y.effectiveOn ? y.createdAt.localeCompare(x.createdAt) : y.effectiveOn.localeCompare(x.effectiveOn)));

  return (
    <div className="member-page">
      <Card className="member-header">
        <div className="member-header-row">
          <MemberPhoto member={m} size={mobile ? 72 : 96} />
          <div className="member-header-main">
            <Typography.Title level={mobile ? 4 : 3} style={{ margin: 0 }}>
              {m.name}
            </Typography.Title>
            <div className="member-header-tags">
              {m.sectorName && <Tag color="geekblue">{m.sectorName}</Tag>}
              <MemberTags m={m} showActive />
            </div>
            <Typography.Text type="secondary">{[m.employer, m.post].filter(Boolean).join(' ')}</Typography.Text>
          </div>
          {!mobile && <div className="member-header-actions">{actions}</div>}
        </div>
        {mobile && (a.update || a.archive || a.restore || a.changeMembership.length > 0) && <div style={{ marginTop: 12 }}>{actions}</div>}
      </Card>

      <Card title={t('members.section.profile')} size="small" extra={m.sensitiveMasked ? <Typography.Text type="secondary">{t('members.maskedHint')}</Typography.Text> : undefined}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={profile} />
      </Card>

      <div className="member-two-col">
        <Card title={t('members.section.committees')} size="small">
          {m.committees.length === 0 ? (
            <Typography.Text type="secondary">{t('members.noCommittees')}</Typography.Text>
          ) : (
            <div className="member-seats">
              {m.committees.map((c) => (
                <div key={c.committeeId} className="member-seat">
                  <span>{c.name}</span>
                  <Tag color={c.role === 'member' ? 'default' : 'gold'}>{committeeRoleLabel(c.role)}</Tag>
                </div>
              ))}
            </div>
          )}
        </Card>
        <Card title={t('members.section.groups')} size="small">
          {m.groups.length === 0 ? (
            <Typography.Text type="secondary">{t('members.noGroups')}</Typography.Text>
          ) : (
            <div className="member-seats">
              {m.groups.map((g) => (
                <div key={g.groupId} className="member-seat">
                  <span>{g.name}</span>
                  <Tag>{groupRoleLabel(g.role)}</Tag>
                </div>
              ))}
            </div>
          )}
        </Card>
      </div>

      <MemberCommendationsCard items={m.commendations} />

      <Card title={t('members.section.history')} size="small" extra={<Tag color={STATUS_COLORS[m.status] ?? 'default'}>{statusLabel(m.status)}</Tag>}>
        {history.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('members.noHistory')} />
        ) : (
          <Timeline
            className="member-timeline"
            items={history.map((h) => ({
              key: h.id,
              color: CHANGE_COLORS[h.kind] ?? 'gray',
              content: (
                <div>
                  <Space size={8} wrap>
                    <Typography.Text strong>{changeLabel(h.kind)}</Typography.Text>
                    <Typography.Text type="secondary" className="tabular">
                      {h.effectiveOn}
                    </Typography.Text>
                  </Space>
                  {h.approvingMeetingLabel && <div>{t('members.historyMeeting', { label: h.approvingMeetingLabel })}</div>}
                  {h.reason && <Typography.Text type="secondary">{t('members.historyReason', { reason: h.reason })}</Typography.Text>}
                </div>
              ),
            }))}
          />
        )}
      </Card>

      {a.update && <MemberFormDrawer open={editOpen} onClose={() => setEditOpen(false)} member={m} />}
      {a.changeMembership.length > 0 && <MembershipChangeModal open={changeOpen} onClose={() => setChangeOpen(false)} member={m} />}
    </div>
  );
}
