import { Tag } from 'antd';
import { t } from '../../i18n';
import { statusLabel, STATUS_COLORS } from './refs';

/** Standing-member, status and archived tags of a member, in that order. */
export function MemberTags({ m, showActive = false }: { m: { isStandingMember: boolean; status: string; archivedAt: string | null }; showActive?: boolean }) {
  return (
    <>
      {m.isStandingMember && <Tag color="volcano">{t('members.tag.standing')}</Tag>}
      {(showActive || m.status !== 'active') && <Tag color={STATUS_COLORS[m.status] ?? 'default'}>{statusLabel(m.status)}</Tag>}
      {m.archivedAt && <Tag>{t('members.tag.archived')}</Tag>}
    </>
  );
}
