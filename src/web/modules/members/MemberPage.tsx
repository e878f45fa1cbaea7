import './members.css';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { useAuth } from '../../app/auth';
import { t } from '../../i18n';
import { MemberProfileView } from './MemberProfileView';
import { errorText, memberKeys } from './refs';
import type { MemberDetail } from './types';

/** /members/:id — one member's page. */
export function MemberPage() {
  const { id = '' } = useParams();
  const { hasRole } = useAuth();
  const q = useQuery({ queryKey: memberKeys.detail(id), queryFn: () => api.get<MemberDetail>(`/api/members/${id}`), enabled: !!id });
  const back = hasRole('officeAdmin', 'officeStaff', 'proposalOffice', 'leader', 'auditor', 'member', 'roomConvener') && (
    <Link to="/members">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0, marginBottom: 8 }}>
        {t('members.backToRoster')}
      </Button>
    </Link>
  );
  if (q.isLoading) return <Skeleton active avatar paragraph={{ rows: 8 }} />;
  if (q.isError || !q.data) {
    const notFound = q.error instanceof ApiError && q.error.status === 404;
    return <Result status={notFound ? '404' : 'warning'} title={notFound ? t('msg.notFound') : errorText(q.error)} extra={back} />;
  }
  return (
    <>
      {back}
      <MemberProfileView member={q.data} />
    </>
  );
}
