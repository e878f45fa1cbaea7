import './members.css';
import { useQuery } from '@tanstack/react-query';
import { Result, Skeleton, Typography } from 'antd';
import { api, ApiError } from '../../api/client';
import { t } from '../../i18n';
import { MemberProfileView } from './MemberProfileView';
import { errorText, memberKeys } from './refs';
import type { MemberDetail } from './types';

/** /me/member — the logged-in member's own page (phone first). */
export function MyMemberPage() {
  const q = useQuery({ queryKey: memberKeys.me, queryFn: () => api.get<MemberDetail>('/api/members/me') });
  if (q.isLoading) return <Skeleton active avatar paragraph={{ rows: 8 }} />;
  if (q.isError || !q.data) {
    const notLinked = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403);
    return <Result status="info" title={notLinked ? t('members.notLinked') : errorText(q.error)} />;
  }
  return (
    <>
      <Typography.Title level={4} className="member-my-title">
        {t('members.myTitle')}
      </Typography.Title>
      <MemberProfileView member={q.data} />
    </>
  );
}
