import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { api, ApiError } from '../api/client';
import { useAuth } from '../app/auth';
import { t } from '../i18n';

export function ChangePasswordPage() {
  const { me } = useAuth();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm();

  async function onFinish(v: { currentPassword: string; newPassword: string }) {
    try {
      await api.post('/api/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      message.success(t('auth.passwordChanged'));
      await qc.invalidateQueries({ queryKey: ['me'] });
      navigate('/', { replace: true });
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : t('msg.loadFailed'));
    }
  }

  return (
    <div className={me?.user.mustChangePassword ? 'login-bg' : undefined}>
      <Card className="login-card" title={t('auth.changePassword')}>
        {me?.user.mustChangePassword && <Alert type="warning" showIcon title={t('auth.mustChange')} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
          <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('auth.newPassword')} extra={t('auth.passwordRule')} rules={[{ required: true }, { min: 8, message: t('auth.passwordRule') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirm"
            label={t('auth.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_r, value) => (!value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('auth.passwordMismatch')))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block>
            {t('action.save')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
