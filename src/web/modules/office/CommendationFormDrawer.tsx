import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { COMMENDATION_CATEGORIES, COMMENDATION_NOMINEE_KIND, type CommendationCategory } from '../../../core/commendations';
import { api, type Page } from '../../api/client';
import { t } from '../../i18n';
import { errorText, isConflict, officeKeys, options, useMobile } from './shared';
import type { Commendation } from './types';

interface Props {
  open: boolean;
  onClose(): void;
  commendation?: Commendation;
}

interface FormValues {
  year: number;
  category: CommendationCategory;
  memberId?: string;
  nomineeName?: string;
  nomineeDetail?: string;
  decisionMeetingLabel?: string;
  decidedOn: Dayjs;
  decisionDocNumber?: string;
  citation?: string;
}

interface MemberHit {
  id: string;
  name: string;
  sectorName: string | null;
  employer: string;
}

/** 登记 / 修改表彰: the nominee follows the category (a member from the roster, a person or a unit by name). */
export function CommendationFormDrawer({ open, onClose, commendation: c }: Props) {
  const { message } = App.useApp();
  const qc = useQueryClient();
  const mobile = useMobile();
  const [form] = Form.useForm<FormValues>();
  const [search, setSearch] = useState('');
  const category = Form.useWatch('category', form);
  const kind = category ? COMMENDATION_NOMINEE_KIND[category] : 'member';

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    setSearch('');
    if (c)
      form.setFieldsValue({
        year: c.year,
        category: c.category as CommendationCategory,
        memberId: c.memberId ?? undefined,
        nomineeName: c.nomineeName,
        nomineeDetail: c.nomineeDetail,
        decisionMeetingLabel: c.decisionMeetingLabel,
        decidedOn: dayjs(c.decidedOn),
        decisionDocNumber: c.decisionDocNumber,
        citation: c.citation,
      });
  }, [open, c, form]);

  const members = useQuery({
    queryKey: ['members', 'list', { q: search, pageSize: 20, picker: true }],
    queryFn: () => api.get<Page<MemberHit>>('/api/members', { q: search || undefined, page: 1, pageSize: 20 }),
    enabled: open && kind === 'member',
    staleTime: 60_000,
  });
  const memberOptions = (members.data?.items ?? []).map((m) => ({ value: m.id, label: [m.name, m.sectorName].filter(Boolean).join(' · ') }));
  if (c?.memberId && !memberOptions.some((o) => o.value === c.memberId)) memberOptions.unshift({ value: c.memberId, label: c.nomineeName });

  const save = useMutation({
    mutationFn: (v: FormValues) => {
      const isMember = COMMENDATION_NOMINEE_KIND[v.category] === 'member';
      const body = {
        year: v.year,
        category: v.category,
        memberId: isMember ? (v.memberId ?? null) : null,
        nomineeName: isMember ? undefined : (v.nomineeName ?? ''),
        nomineeDetail: v.nomineeDetail ?? '',
        decisionMeetingLabel: v.decisionMeetingLabel ?? '',
        decidedOn: v.decidedOn.format('YYYY-MM-DD'),
        decisionDocNumber: v.decisionDocNumber ?? '',
        citation: v.citation ?? '',
      };
      return c ? api.patch<Commendation>(`/api/commendations/${c.id}`, { ...body, version: c.version }) : api.post<Commendation>('/api/commendations', body);
    },
    onSuccess: async () => {
      message.success(t('msg.saved'));
      await qc.invalidateQueries({ queryKey: officeKeys.commendations });
      await qc.invalidateQueries({ queryKey: ['members', 'detail'] });
      onClose();
    },
    onError: async (e) => {
      if (isConflict(e)) {
        message.warning(t('msg.conflict'));
        await qc.invalidateQueries({ queryKey: officeKeys.commendations });
        onClose();
      } else message.error(errorText(e));
    },
  });

  const required = (l: string) => [{ required: true, message: t('form.required', { label: l }) }];
  const nameLabel = kind === 'person' ? t('comm.field.personName') : t('comm.field.unitName');
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={c ? t('comm.edit') : t('comm.create')}
      size={mobile ? '100%' : 560}
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
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ year: new Date().getFullYear() - 1, category: 'excellentMember', decidedOn: dayjs() }}>
        <Form.Item name="year" label={t('comm.field.year')} rules={required(t('comm.field.year'))}>
          <InputNumber min={1949} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="category" label={t('comm.field.category')} rules={required(t('comm.field.category'))}>
          <Select options={options(COMMENDATION_CATEGORIES, 'comm.category')} />
        </Form.Item>
        {kind === 'member' ? (
          <Form.Item name="memberId" label={t('comm.field.member')} rules={required(t('comm.field.member'))}>
            <Select
              showSearch={{ filterOption: false, onSearch: (s: string) => setSearch(s.trim()) }}
              placeholder={t('comm.memberSearch')}
              loading={members.isFetching}
              options={memberOptions}
            />
          </Form.Item>
        ) : (
          <Form.Item name="nomineeName" label={nameLabel} rules={required(nameLabel)}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        <Form.Item name="nomineeDetail" label={t('comm.field.nomineeDetail')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="decisionMeetingLabel" label={t('comm.field.decisionMeeting')}>
          <Input maxLength={100} placeholder={t('comm.meetingPlaceholder')} />
        </Form.Item>
        <Form.Item name="decidedOn" label={t('comm.field.decidedOn')} rules={required(t('comm.field.decidedOn'))}>
          <DatePicker style={{ width: '100%' }} inputReadOnly={mobile} allowClear={false} />
        </Form.Item>
        <Form.Item name="decisionDocNumber" label={t('comm.field.decisionDocNumber')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="citation" label={t('comm.field.citation')}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
