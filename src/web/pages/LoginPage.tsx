import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useLocation } from 'react-router';
import { api, ApiError } from '../api/client';
import { useAuth, type Me } from '../app/auth';
import { t } from '../i18n';

export function LoginPage() {
  const { setMe } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFinish(values: { username: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      const me = await api.post<Me>('/api/auth/login', values);
      setMe(me);
      const from = (location.state as { from?: string } | null)?.from;
      navigate(from && from !== '/login' ? from : '/', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('msg.loadFailed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-bg">
      <Card className="login-card" variant="borderless">
        <div className="login-brand">
          <div className="login-logo">{t('app.name')}</div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('auth.title')}
          </Typography.Title>
        </div>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false} size="large">
          <Form.Item name="username" label={t('auth.username')} rules={[{ required: true, message: t('auth.username') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.password') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {busy ? t('auth.loggingIn') : t('auth.login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
