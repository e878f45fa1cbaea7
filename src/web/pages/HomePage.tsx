import { Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { api } from '../api/client';
import { useAuth } from '../app/auth';
import { NAV, visibleNav } from '../app/nav';
import { t } from '../i18n';

export function HomePage() {
  const { me } = useAuth();
  const unread = useQuery({ queryKey: ['notifications', 'unread-count'], queryFn: () => api.get<{ count: number }>('/api/notifications/unread-count'), retry: false });
  if (!me) return null;
  const links = visibleNav(NAV, me.user.roles)
    .flatMap((i) => i.children ?? [i])
    .filter((i) => i.path !== '/');
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('home.welcome', { name: me.user.displayName })}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('home.org')}>{me.org.name}</Descriptions.Item>
              <Descriptions.Item label={t('home.roles')}>
                {me.user.roleLabels.map((r) => (
                  <Tag key={r}>{r}</Tag>
                ))}
              </Descriptions.Item>
              <Descriptions.Item label={t('home.lastLogin')}>{me.user.lastLoginAt ? dayjs(me.user.lastLoginAt).format('YYYY-MM-DD HH:mm') : t('label.none')}</Descriptions.Item>
              <Descriptions.Item label={t('home.unread')}>
                <Link to="/notifications">{unread.data?.count ?? 0}</Link>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card title={t('home.quickLinks')}>
            <Row gutter={[8, 8]}>
              {links.map((l) => (
                <Col key={l.path} xs={12} sm={8}>
                  <Link to={l.path}>{t(l.label)}</Link>
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>
    </>
  );
}
