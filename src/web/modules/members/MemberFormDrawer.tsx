import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Divider, Drawer, Form, Grid, Input, Row, Select, Space, Switch, AutoComplete } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { idNumberProblem, phoneProblem } from '../../../core/idNumber';
import { COMMITTEE_ROLES, GENDERS, POLITICAL_AFFILIATIONS } from '../../../core/members';
import { JOIN_KINDS } from '../../../core/membership';
import { api } from '../../api/client';
import { t } from '../../i18n';
import { changeLabel, committeeRoleLabel, errorText, isConflict, memberKeys, useMemberRefs } from './refs';
import type { MemberDetail } from './types';

interface Props {
  open: boolean;
  onClose(): void;
  /** The member to edit; absent = create a new one. */
  member?: MemberDetail;
}

interface FormValues {
  name: string;
  gender: string;
  ethnicity?: string;
  birthDate?: Dayjs | null;
  politicalAffiliation?: string;
  sectorId?: string | null;
  isStandingMember?: boolean;
  employer?: string;
  post?: string;
  phone?: string;
  idNumber?: string;
  email?: string;
  address?: string;
  education?: string;
  notes?: string;
  termId?: string;
  committees?: Array<{ committeeId?: string; role?: string }>;
  joiningKind?: string;
  joiningDate?: Dayjs | null;
  approvingMeetingLabel?: string;
}

const TEXT_FIELDS = ['name', 'gender', 'ethnicity', 'politicalAffiliation', 'employer', 'post', 'phone', 'idNumber', 'email', 'address', 'education', 'notes'] as const;

function toForm(m: MemberDetail): FormValues {
  return {
    name: m.name,
    gender: m.gender,
    ethnicity: m.ethnicity,
    birthDate: m.birthDate ? dayjs(m.birthDate) : null,
    politicalAffiliation: m.politicalAffiliation,
    sectorId: m.sectorId,
    isStandingMember: m.isStandingMember,
    employer: m.employer,
    post: m.post,
    phone: m.phone,
    idNumber: m.idNumber,
    email: m.email,
    address: m.address,
    education: m.education,
    notes: m.notes,
    committees: m.committees.map((c) => ({ committeeId: c.committeeId, role: c.role })),
  };
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const seatsKey = (list: Array<{ committeeId?: string; role?: string }> | undefined) =>
  (list ?? [])
    .filter((c) => c.committeeId)
    .map((c) => `${c.committeeId}:${c.role ?? 'member'}`)
    .sort()
    .join(',');

/** Create or edit a member in a drawer. Edits send only changed fields plus `version`. */
export function MemberFormDrawer({ open, onClose, member }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const [form] = Form.useForm<FormValues>();
  const refs = useMemberRefs(open);
  const editing = !!member;
  const masked = member?.sensitiveMasked ?? false;
  const canSeats = !member || member.abilities.setCommittees;
  const currentTerm = refs.terms.find((x) => x.isCurrent) ?? [...refs.terms].sort((a, b) => (b.number ?? 0) - (a.number ?? 0))[0];

  // Load the record each time the drawer opens or the record is reloaded (after a conflict).
  useEffect(() => {
    if (!open) return;
    if (member) form.setFieldsValue(toForm(member));
    else form.resetFields();
  }, [open, member, form]);
  useEffect(() => {
    if (open && !member && currentTerm && !form.getFieldValue('termId')) form.setFieldValue('termId', currentTerm.id);
  }, [open, member, currentTerm, form]);

  const save = useMutation({
    mutationFn: async (v: FormValues) => {
      const seats = (v.committees ?? []).filter((c) => c.committeeId).map((c) => ({ committeeId: c.committeeId as string, role: c.role ?? 'member' }));
      if (!member) {
        const body: Record<string, unknown> = { isStandingMember: !!v.isStandingMember };
        for (const k of TEXT_FIELDS) if (v[k]?.trim()) body[k] = v[k]?.trim();
        if (v.birthDate) body.birthDate = day(v.birthDate);
        if (v.sectorId) body.sectorId = v.sectorId;
        if (v.termId) body.termId = v.termId;
        if (seats.length) body.committees = seats;
        if (v.joiningKind) {
          body.joining = {
            kind: v.joiningKind,
            effectiveOn: day(v.joiningDate) ?? undefined,
            approvingMeetingLabel: v.approvingMeetingLabel?.trim() || undefined,
          };
        }
        return api.post<{ id: string }>('/api/members', body);
      }
      const before = toForm(member);
      const patch: Record<string, unknown> = {};
      for (const k of TEXT_FIELDS) {
        if (masked && (k === 'phone' || k === 'idNumber')) continue;
        const next = (v[k] ?? '').trim();
        if (next !== (before[k] ?? '')) patch[k] = next;
      }
      if (day(v.birthDate) !== day(before.birthDate)) patch.birthDate = day(v.birthDate);
      if ((v.sectorId ?? null) !== (before.sectorId ?? null)) patch.sectorId = v.sectorId ?? null;
      if (!!v.isStandingMember !== !!before.isStandingMember) patch.isStandingMember = !!v.isStandingMember;
      let version = member.version;
      let result: { id: string; version?: number } = { id: member.id, version };
      if (Object.keys(patch).length) {
        result = await api.patch<{ id: string; version: number }>(`/api/members/${member.id}`, { ...patch, version });
        version = result.version ?? version + 1;
      }
      if (canSeats && seatsKey(v.committees) !== seatsKey(before.committees)) {
        result = await api.put<{ id: string; version: number }>(`/api/members/${member.id}/committees`, { version, committees: seats });
      }
      return result;
    },
    onSuccess: async (res) => {
      message.success(editing ? t('msg.saved') : t('members.created'));
      await qc.invalidateQueries({ queryKey: memberKeys.all });
      onClose();
      if (!editing && res?.id) navigate(`/members/${res.id}`);
    },
    onError: async (e) => {
      if (isConflict(e)) {
        message.warning(t('msg.conflict'));
        await qc.invalidateQueries({ queryKey: memberKeys.all });
      } else message.error(errorText(e));
    },
  });

  const required = (label: string) => [{ required: true, message: t('members.required', { label }) }];
  const half = { xs: 24, sm: 12 };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={editing ? t('members.edit') : t('members.create')}
      size={screens.md ? 640 : '100%'}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()}>
            {t('action.save')}
          </Button>
        </Space>
      }
    >
      <Form<FormValues> form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ gender: GENDERS[0], ethnicity: '', isStandingMember: false, joiningKind: JOIN_KINDS[0] }}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="name" label={t('members.field.name')} rules={required(t('members.field.name'))}>
              <Input maxLength={30} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="gender" label={t('members.field.gender')} rules={required(t('members.field.gender'))}>
              <Select options={GENDERS.map((g) => ({ value: g, label: g }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="idNumber" label={t('members.field.idNumber')} extra={masked ? t('members.maskedHint') : undefined} rules={masked ? [] : [{ validator: (_r, v?: string) => (!v || !idNumberProblem(v) ? Promise.resolve() : Promise.reject(new Error(idNumberProblem(v) ?? ''))) }]}>
              <Input maxLength={18} disabled={masked} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="birthDate" label={t('members.field.birthDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="ethnicity" label={t('members.field.ethnicity')}>
              <Input maxLength={20} placeholder={t('members.ethnicityPlaceholder')} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="politicalAffiliation" label={t('members.field.political')}>
              <AutoComplete options={POLITICAL_AFFILIATIONS.map((p) => ({ value: p }))} maxLength={30} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="sectorId" label={t('members.field.sector')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('members.selectPlaceholder')} options={refs.sectors.map((s) => ({ value: s.id, label: s.name }))} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="isStandingMember" label={t('members.field.standing')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="employer" label={t('members.field.employer')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="post" label={t('members.field.post')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="phone" label={t('members.field.phone')} rules={masked ? [] : [{ validator: (_r, v?: string) => (!v || !phoneProblem(v) ? Promise.resolve() : Promise.reject(new Error(phoneProblem(v) ?? ''))) }]}>
              <Input maxLength={30} disabled={masked} inputMode="tel" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="email" label={t('members.field.email')} rules={[{ type: 'email', message: t('members.emailInvalid') }]}>
              <Input maxLength={100} inputMode="email" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="education" label={t('members.field.education')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="address" label={t('members.field.address')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('members.field.notes')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>

        {canSeats && (
          <>
            <Divider titlePlacement="start" plain>
              {t('members.section.committees')}
            </Divider>
            <Form.List name="committees">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" style={{ display: 'flex', marginBottom: 4 }}>
                      <Form.Item name={[f.name, 'committeeId']} rules={required(t('members.field.committees'))} style={{ minWidth: screens.md ? 300 : 170 }}>
                        <Select placeholder={t('members.field.committees')} options={refs.committees.map((c) => ({ value: c.id, label: c.name }))} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'role']} initialValue="member">
                        <Select style={{ width: 100 }} options={COMMITTEE_ROLES.map((r) => ({ value: r, label: committeeRoleLabel(r) }))} />
                      </Form.Item>
                      <Button type="text" size="small" icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('members.removeCommittee')} />
                    </Space>
                  ))}
                  <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ role: 'member' })} block>
                    {t('members.addCommittee')}
                  </Button>
                </>
              )}
            </Form.List>
          </>
        )}

        {!editing && (
          <>
            <Divider titlePlacement="start" plain>
              {t('members.section.history')}
            </Divider>
            <Row gutter={16}>
              <Col {...half}>
                <Form.Item name="termId" label={t('members.field.term')}>
                  <Select options={refs.terms.map((x) => ({ value: x.id, label: x.name }))} />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="joiningKind" label={t('members.field.joiningKind')}>
                  <Select options={JOIN_KINDS.map((k) => ({ value: k, label: changeLabel(k) }))} />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="joiningDate" label={t('members.field.joiningDate')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Form.Item noStyle dependencies={['joiningKind']}>
                {({ getFieldValue }) =>
                  getFieldValue('joiningKind') === 'added' ? (
                    <Col {...half}>
                      <Form.Item name="approvingMeetingLabel" label={t('members.field.approvingMeeting')} rules={required(t('members.field.approvingMeeting'))}>
                        <Input maxLength={100} placeholder={t('members.meetingPlaceholder')} />
                      </Form.Item>
                    </Col>
                  ) : null
                }
              </Form.Item>
            </Row>
          </>
        )}
      </Form>
    </Drawer>
  );
}
