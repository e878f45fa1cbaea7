import { Tag } from 'antd';
import { t } from '../../i18n';
import { enumLabel, TASK_STATUS_COLORS } from './shared';

/** 未开始 / 进行中 / 已完成 / 逾期 (red). */
export function TaskStatusTag({ status }: { status: string }) {
  return (
    <Tag color={TASK_STATUS_COLORS[status] ?? 'default'} style={{ marginInlineEnd: 0 }}>
      {enumLabel('plans.status', status) || t('plans.status.notStarted')}
    </Tag>
  );
}
