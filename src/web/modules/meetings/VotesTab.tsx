import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Empty, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  BALLOT_CHOICES,
  BALLOT_CHOICE_LABELS,
  hasQuorum,
  VOTE_KINDS,
  VOTE_KIND_LABELS,
  VOTE_METHODS,
  VOTE_METHOD_LABELS,
  VOTE_RESULT_LABELS,
  VOTE_RULES,
  VOTE_RULE_LABELS,
  type BallotChoice,
  type VoteKind,
  type VoteMethod,
  type VoteResult,
  type VoteRule,
} from '../../../core/meetings';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { meetingKeys } from './shared';
import type { Invitee, MeetingDetail, Vote } from './types';
import { useMeetingWrite } from './useMeetingAction';

const RESULT_COLORS: Record<string, string> = { passed: 'green', failed: 'red', noQuorum: 'default' };

interface CreateValues {
  kind: VoteKind;
  title: string;
  method: VoteMethod;
  rule: VoteRule;
  items: string;
}

/** 表决: elections and motions at plenary / standing committee meetings — tallies or named ballots. */
export function VotesTab({ meeting: m }: { meeting: MeetingDetail }) {
  const [createOpen, setCreateOpen] = useState(false);
  const [counting, setCounting] = useState<Vote | null>(null);
  const [balloting, setBalloting] = useState<Vote | null>(null);
  const [form] = Form.useForm<CreateValues>();
  const list = useQuery({ queryKey: meetingKeys.part(m.id, 'votes'), queryFn: () => api.get<{ items: Vote[] }>(`/api/meetings/${m.id}/votes`) });
  const create = useMeetingWrite(
    m.id,
    (v: CreateValues) =>
      api.post(`/api/meetings/${m.id}/votes`, {
        kind: v.kind,
        title: v.title.trim(),
        method: v.method,
        rule: v.rule,
        items: v.items
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((label) => ({ label })),
      }),
    t('msg.saved'),
  );
  const c = m.attendance;
  const votesAllowed = m.kind === 'plenary' || m.kind === 'standingCommittee';

  return (
    <div>
      {!votesAllowed && <Alert type="info" showIcon title={t('meetings.vote.notAllowed')} style={{ marginBottom: 12 }} />}
      {c && votesAllowed && (
        <Alert
          type={hasQuorum(c.expected, c.present) ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={(hasQuorum(c.expected, c.present) ? t('meetings.vote.quorumOk', { expected: c.expected, present: c.present }) : t('meetings.vote.quorumNo', { expected: c.expected, present: c.present }))}
        />
      )}
      {m.abilities.vote && (
        <div className="toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
            {t('meetings.vote.create')}
          </Button>
        </div>
      )}
      {(list.data?.items.length ?? 0) === 0 && <Empty description={t('meetings.vote.empty')} />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {(list.data?.items ?? []).map((v) => (
          <Card
            key={v.id}
            size="small"
            title={
              <span>
                <Tag>{VOTE_KIND_LABELS[v.kind as VoteKind] ?? v.kind}</Tag>
                {v.title}
              </span>
            }
            extra={
              <Space>
                <Tag color={v.status === 'counted' ? 'green' : 'gold'}>{v.status === 'counted' ? t('meetings.vote.counted') : t('meetings.vote.open')}</Tag>
                {v.abilities.ballots && <Button size="small" onClick={() => setBalloting(v)}>{t('meetings.vote.ballots')}</Button>}
                {v.abilities.count && (
                  <Button size="small" type="primary" onClick={() => setCounting(v)}>
                    {t('meetings.vote.count')}
                  </Button>
                )}
              </Space>
            }
          >
            <Typography.Text type="secondary">
              {VOTE_METHOD_LABELS[v.method as VoteMethod]} · {VOTE_RULE_LABELS[v.rule as VoteRule]}
              {v.status === 'counted' && ` · ${t('meetings.field.expected')} ${v.entitled} · ${t('meetings.field.present')} ${v.present} · ${t('meetings.vote.quorum')} ${v.quorum ? t('label.yes') : t('label.no')}`}
            </Typography.Text>
            <Table
              rowKey="label"
              size="small"
              pagination={false}
              style={{ marginTop: 8 }}
              dataSource={v.items}
              columns={[
                { key: 'label', title: t('meetings.vote.items'), dataIndex: 'label' },
                { key: 'yes', title: t('meetings.vote.yes'), dataIndex: 'yes', width: 70 },
                { key: 'no', title: t('meetings.vote.no'), dataIndex: 'no', width: 70 },
                { key: 'abstain', title: t('meetings.vote.abstain'), dataIndex: 'abstain', width: 70 },
                {
                  key: 'result',
                  title: t('meetings.vote.result'),
                  width: 110,
                  render: (_, it) => (it.result ? <Tag color={RESULT_COLORS[it.result]}>{VOTE_RESULT_LABELS[it.result as VoteResult]}</Tag> : null),
                },
              ]}
            />
          </Card>
        ))}
      </Space>
      <Modal open={createOpen} title={t('meetings.vote.create')} onCancel={() => setCreateOpen(false)} onOk={() => form.submit()} confirmLoading={create.isPending} destroyOnHidden>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ kind: 'motion', method: 'tally', rule: 'majorityOfAll' }}
          onFinish={async (v) => {
            await create.mutateAsync(v);
            setCreateOpen(false);
          }}
        >
          <Form.Item name="kind" label={t('meetings.vote.kind')}>
            <Select options={VOTE_KINDS.map((k) => ({ value: k, label: VOTE_KIND_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="title" label={t('meetings.vote.title')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="method" label={t('meetings.vote.method')}>
            <Select options={VOTE_METHODS.map((k) => ({ value: k, label: VOTE_METHOD_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="rule" label={t('meetings.vote.rule')}>
            <Select options={VOTE_RULES.map((k) => ({ value: k, label: VOTE_RULE_LABELS[k] }))} />
          </Form.Item>
          <Form.Item name="items" label={t('meetings.vote.items')} extra={t('meetings.vote.itemsHint')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
        </Form>
      </Modal>
      {counting && <CountModal meeting={m} vote={counting} onClose={() => setCounting(null)} />}
      {balloting && <BallotModal meeting={m} vote={balloting} onClose={() => setBalloting(null)} />}
    </div>
  );
}

function CountModal({ meeting: m, vote: v, onClose }: { meeting: MeetingDetail; vote: Vote; onClose(): void }) {
  const [tallies, setTallies] = useState(v.items.map((it) => ({ yes: it.yes ?? 0, no: it.no ?? 0, abstain: it.abstain ?? 0 })));
  const [entitled, setEntitled] = useState<number | null>(null);
  const count = useMeetingWrite(
    m.id,
    () => api.post(`/api/meetings/${m.id}/votes/${v.id}/count`, { version: v.version, ...(v.method === 'tally' ? { tallies } : {}), ...(entitled ? { entitled } : {}) }),
    t('meetings.vote.saved'),
  );
  const setOne = (i: number, k: 'yes' | 'no' | 'abstain', n: number | null) => setTallies(tallies.map((x, j) => (j === i ? { ...x, [k]: n ?? 0 } : x)));
  return (
    <Modal open title={t('meetings.vote.countTitle')} onCancel={onClose} onOk={() => count.mutateAsync(undefined).then(onClose)} confirmLoading={count.isPending} destroyOnHidden>
      {v.method === 'tally' &&
        v.items.map((it, i) => (
          <div key={i} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{it.label}</Typography.Text>
            <Space wrap>
              {(['yes', 'no', 'abstain'] as const).map((k) => (
                <Space.Compact key={k}>
                  <Button disabled>{t(`meetings.vote.${k}`)}</Button>
                  <InputNumber min={0} value={tallies[i][k]} onChange={(n) => setOne(i, k, n)} aria-label={`${it.label}${t(`meetings.vote.${k}`)}`} />
                </Space.Compact>
              ))}
            </Space>
          </div>
        ))}
      <Form.Item label={t('meetings.vote.entitled')} style={{ marginTop: 8 }}>
        <InputNumber min={1} value={entitled} placeholder={String(m.attendance?.expected ?? '')} onChange={(n) => setEntitled(n)} />
      </Form.Item>
    </Modal>
  );
}

function BallotModal({ meeting: m, vote: v, onClose }: { meeting: MeetingDetail; vote: Vote; onClose(): void }) {
  const invitees = useQuery({ queryKey: meetingKeys.part(m.id, 'invitees'), queryFn: () => api.get<{ items: Invitee[] }>(`/api/meetings/${m.id}/invitees`) });
  const present = (invitees.data?.items ?? []).filter((i) => i.role === 'attendee' && i.attendance === 'present');
  const [choices, setChoices] = useState<Record<string, BallotChoice>>({});
  const save = useMeetingWrite(
    m.id,
    () =>
      api.post(`/api/meetings/${m.id}/votes/${v.id}/ballots`, {
        ballots: Object.entries(choices).map(([key, choice]) => {
          const [inviteeId, idx] = key.split('|');
          return { inviteeId, itemIndex: Number(idx), choice };
        }),
      }),
    t('meetings.vote.saved'),
  );
  return (
    <Modal open width={720} title={t('meetings.vote.ballots')} onCancel={onClose} onOk={() => save.mutateAsync(undefined).then(onClose)} okButtonProps={{ disabled: !Object.keys(choices).length }} confirmLoading={save.isPending} destroyOnHidden>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content', y: 400 }}
        dataSource={present}
        columns={[
          { key: 'name', title: t('meetings.invitee.name'), dataIndex: 'name', width: 100 },
          ...v.items.map((it, idx) => ({
            key: `i${idx}`,
            title: it.label,
            render: (_: unknown, i: Invitee) => (
              <Select
                size="small"
                style={{ width: 90 }}
                value={choices[`${i.id}|${idx}`]}
                onChange={(c: BallotChoice) => setChoices({ ...choices, [`${i.id}|${idx}`]: c })}
                options={BALLOT_CHOICES.map((c) => ({ value: c, label: BALLOT_CHOICE_LABELS[c] }))}
              />
            ),
          })),
        ]}
      />
    </Modal>
  );
}
