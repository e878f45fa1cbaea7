import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Switch, Tooltip } from 'antd';
import { t } from '../../i18n';
import type { AgendaItem } from './types';

interface Props {
  value: AgendaItem[];
  onChange(next: AgendaItem[]): void;
  disabled?: boolean;
}

export const blankItem = (): AgendaItem => ({ title: '', isStudy: false, studyMaterial: '', presenter: '' });

/** Agenda rows: title, presenter, a 集体学习 switch, reorder and remove. */
export function AgendaEditor({ value, onChange, disabled }: Props) {
  const set = (i: number, patch: Partial<AgendaItem>) => onChange(value.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  const move = (i: number, d: number) => {
    const next = [...value];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x);
    onChange(next);
  };
  return (
    <div className="agenda-editor">
      {value.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('meetings.agenda.empty')} />}
      {value.map((item, i) => (
        <div className="agenda-row" key={i}>
          <span className="agenda-index">{i + 1}</span>
          <Input
            value={item.title}
            disabled={disabled}
            placeholder={t('meetings.agenda.item')}
            aria-label={`${t('meetings.agenda.item')}${i + 1}`}
            maxLength={200}
            onChange={(e) => set(i, { title: e.target.value })}
          />
          <Input
            className="agenda-presenter"
            value={item.presenter}
            disabled={disabled}
            placeholder={t('meetings.agenda.presenter')}
            maxLength={60}
            onChange={(e) => set(i, { presenter: e.target.value })}
          />
          <span>
            <Switch
              size="small"
              checked={item.isStudy}
              disabled={disabled}
              aria-label={`${t('meetings.agenda.isStudy')}${i + 1}`}
              onChange={(v) => set(i, { isStudy: v })}
            />{' '}
            {t('meetings.agenda.isStudy')}
          </span>
          {!disabled && (
            <span>
              <Tooltip title={t('meetings.agenda.up')}>
                <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('meetings.agenda.up')} />
              </Tooltip>
              <Tooltip title={t('meetings.agenda.down')}>
                <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === value.length - 1} onClick={() => move(i, 1)} aria-label={t('meetings.agenda.down')} />
              </Tooltip>
              <Tooltip title={t('meetings.agenda.remove')}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={() => onChange(value.filter((_, j) => j !== i))} aria-label={t('meetings.agenda.remove')} />
              </Tooltip>
            </span>
          )}
        </div>
      ))}
      {!disabled && (
        <Button type="dashed" block icon={<PlusOutlined />} onClick={() => onChange([...value, blankItem()])}>
          {t('meetings.agenda.add')}
        </Button>
      )}
    </div>
  );
}

/** The items to send: blank rows dropped, text trimmed. */
export function cleanAgenda(items: AgendaItem[]) {
  return items
    .filter((x) => x.title.trim())
    .map((x) => ({ title: x.title.trim(), isStudy: x.isStudy, studyMaterial: x.studyMaterial.trim(), presenter: x.presenter.trim() }));
}
