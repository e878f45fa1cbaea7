import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Input, Modal, Select, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { INVITEE_ROLES } from '../../../core/meetings';
import { api, type Page } from '../../api/client';
import { t } from '../../i18n';
import { useMemberRefs } from '../members/refs';
import { roleLabel } from './shared';
import type { MeetingDetail } from './types';
import { useMeetingWrite } from './useMeetingAction';

interface MemberOption {
  id: string;
  name: string;
  employer: string;
  post: string;
}

type Mode = 'search' | 'committee' | 'sector' | 'standing' | 'guests';

function useMembers(query: Record<string, string | number | boolean | undefined>, enabled: boolean) {
  return useQuery({
    queryKey: ['meetings', 'invite-members', query],
    queryFn: () => api.get<Page<MemberOption>>('/api/members', { ...query, pageSize: 500 }),
    enabled,
  });
}

/** 添加参会人员: members by name, by committee or sector, all standing members, or guests. */
export function InviteModal({ meeting: m, open, onClose }: { meeting: MeetingDetail; open: boolean; onClose(): void }) {
  const { message } = App.useApp();
  const refs = useMemberRefs(open);
  const [mode, setMode] = useState<Mode>('search');
  const [role, setRole] = useState<string>('attendee');
  const [q, setQ] = useState('');
  const [picked, setPicked] = useState<MemberOption[]>([]);
  const [committeeId, setCommitteeId] = useState<string>();
  const [sectorId, setSectorId] = useState<string>();
  const [guests, setGuests] = useState<Array<{ name: string; affiliation: string }>>([{ name: '', affiliation: '' }]);

  const search = useMembers({ q: q || undefined }, open && mode === 'search' && q.length > 0);
  const byCommittee = useMembers({ committeeId }, open && mode === 'committee' && !!committeeId);
  const bySector = useMembers({ sectorId }, open && mode === 'sector' && !!sectorId);
  const standing = useMembers({ isStandingMember: true }, open && mode === 'standing');

  const chosen: string[] =
    mode === 'search'
      ? picked.map((p) => p.id)
      : mode === 'committee'
        ? (byCommittee.data?.items ?? []).map((x) => x.id)
        : mode === 'sector'
          ? (bySector.data?.items ?? []).map((x) => x.id)
          : mode === 'standing'
            ? (standing.data?.items ?? []).map((x) => x.id)
            : [];
  const guestList = mode === 'guests' ? guests.filter((g) => g.name.trim()).map((g) => ({ name: g.name.trim(), affiliation: g.affiliation.trim() })) : [];
  const count = chosen.length + guestList.length;

  const save = useMeetingWrite(
    m.id,
    () => api.post<{ added: unknown[] }>(`/api/meetings/${m.id}/invitees`, { version: m.version, role: mode === 'guests' ? 'guest' : role, memberIds: chosen, guests: guestList }),
    (r) => t('meetings.invite.added', { n: r.added.length }),
  );

  function reset() {
    setPicked([]);
    setQ('');
    setCommitteeId(undefined);
    setSectorId(undefined);
    setGuests([{ name: '', affiliation: '' }]);
  }

  async function ok() {
    if (!count) {
      message.warning(t('meetings.invite.none'));
      return;
    }
    await save.mutateAsync(undefined);
    reset();
    onClose();
  }

  const label = (x: MemberOption) => [x.name, [x.employer, x.post].filter(Boolean).join(' ')].filter(Boolean).join(' · ');

  return (
    <Modal
      open={open}
      title={t('meetings.invite.title')}
      onCancel={onClose}
      onOk={ok}
      okText={count ? t('meetings.invite.willAdd', { n: count }) : t('action.confirm')}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={640}
    >
      {mode !== 'guests' && (
        <Space style={{ marginBottom: 8 }}>
          <span>{t('meetings.invite.role')}</span>
          <Select
            value={role}
            onChange={setRole}
            style={{ width: 140 }}
            aria-label={t('meetings.invite.role')}
            options={INVITEE_ROLES.filter((r) => r !== 'guest').map((r) => ({ value: r, label: roleLabel(r) }))}
          />
        </Space>
      )}
      <Tabs
        activeKey={mode}
        onChange={(k) => setMode(k as Mode)}
        items={[
          {
            key: 'search',
            label: t('meetings.invite.bySearch'),
            children: (
              <Select<string[]>
                mode="multiple"
                showSearch={{ filterOption: false, onSearch: (v) => setQ(v.trim()) }}
                style={{ width: '100%' }}
                placeholder={t('meetings.invite.searchMembers')}
                aria-label={t('meetings.invite.searchMembers')}
                loading={search.isFetching}
                value={picked.map((p) => p.id)}
                options={[...picked, ...(search.data?.items ?? []).filter((x) => !picked.some((p) => p.id === x.id))].map((x) => ({ value: x.id, label: label(x) }))}
                onChange={(ids) => {
                  const pool = [...picked, ...(search.data?.items ?? [])];
                  setPicked(ids.map((id) => pool.find((p) => p.id === id)).filter((x): x is MemberOption => !!x));
                }}
              />
            ),
          },
          {
            key: 'committee',
            label: t('meetings.invite.byCommittee'),
            children: (
              <>
                <Select allowClear style={{ width: '100%' }} placeholder={t('meetings.invite.chooseCommittee')} value={committeeId} onChange={setCommitteeId} options={refs.committees.map((c) => ({ value: c.id, label: c.name }))} />
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {(byCommittee.data?.items ?? []).map((x) => x.name).join('、')}
                </Typography.Paragraph>
              </>
            ),
          },
          {
            key: 'sector',
            label: t('meetings.invite.bySector'),
            children: (
              <>
                <Select allowClear style={{ width: '100%' }} placeholder={t('meetings.invite.chooseSector')} value={sectorId} onChange={setSectorId} options={refs.sectors.map((c) => ({ value: c.id, label: c.name }))} />
                <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                  {(bySector.data?.items ?? []).map((x) => x.name).join('、')}
                </Typography.Paragraph>
              </>
            ),
          },
          {
            key: 'standing',
            label: t('meetings.invite.standing'),
            children: (
              <Typography.Paragraph>
                {t('meetings.invite.standingHint', { n: standing.data?.items.length ?? 0 })}
                <br />
                <Typography.Text type="secondary">{(standing.data?.items ?? []).map((x) => x.name).join('、')}</Typography.Text>
              </Typography.Paragraph>
            ),
          },
          {
            key: 'guests',
            label: t('meetings.invite.guests'),
            children: (
              <div>
                {guests.map((g, i) => (
                  <Space.Compact key={i} style={{ width: '100%', marginBottom: 8 }}>
                    <Input placeholder={t('meetings.invite.guestName')} value={g.name} maxLength={60} onChange={(e) => setGuests(guests.map((x, j) => (j === i ? { ...x, name: e.target.value } : x)))} />
                    <Input placeholder={t('meetings.invite.guestAffiliation')} value={g.affiliation} maxLength={100} onChange={(e) => setGuests(guests.map((x, j) => (j === i ? { ...x, affiliation: e.target.value } : x)))} />
                    <Button icon={<DeleteOutlined />} aria-label={t('meetings.agenda.remove')} onClick={() => setGuests(guests.filter((_, j) => j !== i))} />
                  </Space.Compact>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => setGuests([...guests, { name: '', affiliation: '' }])}>
                  {t('meetings.invite.addGuest')}
                </Button>
              </div>
            ),
          },
        ]}
      />
    </Modal>
  );
}
