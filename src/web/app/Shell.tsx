import { BellOutlined, KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Avatar, Badge, Button, Drawer, Dropdown, Grid, Layout, Menu, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { t } from '../i18n';
import { useAuth } from './auth';
import { NAV, visibleNav, type NavItem } from './nav';

type MenuEntry = { key: string; icon?: ReactNode; label: ReactNode; children?: MenuEntry[] };

function toMenu(items: NavItem[]): MenuEntry[] {
  return items.map((i) =>
    i.children
      ? { key: `group:${i.path}`, icon: i.icon, label: t(i.label), children: toMenu(i.children) }
      : { key: i.path, icon: i.icon, label: <Link to={i.path}>{t(i.label)}</Link> },
  );
}

/** The app frame: side menu on desktop, a drawer on phones (≥ 375 px wide). */
export function Shell() {
  const { me, setMe } = useAuth();
  const screens = Grid.useBreakpoint();
  const mobile = !screens.md;
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const unread = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => api.get<{ count: number }>('/api/notifications/unread-count'),
    refetchInterval: 60_000,
    retry: false,
  });
  if (!me) return null;
  const items = toMenu(visibleNav(NAV, me.user.roles));
  const selected = findSelected(visibleNav(NAV, me.user.roles), location.pathname);
  const menu = (
    <Menu
      mode="inline"
      theme="light"
      items={items}
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={items.filter((i) => i.children).map((i) => i.key)}
      onClick={() => setOpen(false)}
      style={{ borderInlineEnd: 0 }}
    />
  );
  async function logout() {
    await api.post('/api/auth/logout').catch(() => undefined);
    setMe(null);
    navigate('/login', { replace: true });
  }
  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!mobile && (
        <Layout.Sider width={220} theme="light" className="app-sider">
          <div className="app-brand">
            <span className="app-brand-mark">{t('app.name')}</span>
            <span className="app-brand-org">{me.org.shortName}</span>
          </div>
          {menu}
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {mobile && <Button type="text" icon={<MenuOutlined />} onClick={() => setOpen(true)} aria-label="菜单" />}
          <Typography.Text strong className="app-header-title">
            {me.org.name}
          </Typography.Text>
          <div style={{ flex: 1 }} />
          <Link to="/notifications" aria-label={t('nav.notifications')}>
            <Badge count={unread.data?.count ?? 0} size="small">
              <BellOutlined style={{ fontSize: 18 }} />
            </Badge>
          </Link>
          <Dropdown
            menu={{
              items: [
                { key: 'pw', icon: <KeyOutlined />, label: <Link to="/me/password">{t('auth.changePassword')}</Link> },
                { key: 'tokens', icon: <UserOutlined />, label: <Link to="/me/tokens">{t('nav.tokens')}</Link> },
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: t('action.logout'), onClick: logout },
              ],
            }}
          >
            <span className="app-user">
              <Avatar size="small" icon={<UserOutlined />} />
              {!mobile && <span>{me.user.displayName}</span>}
            </span>
          </Dropdown>
        </Layout.Header>
        <Layout.Content className="app-content">
          <Outlet />
        </Layout.Content>
      </Layout>
      <Drawer open={open} onClose={() => setOpen(false)} placement="left" size={260} title={me.org.shortName} styles={{ body: { padding: 0 } }}>
        {menu}
      </Drawer>
    </Layout>
  );
}

function findSelected(items: NavItem[], pathname: string): string | undefined {
  let best: string | undefined;
  const walk = (list: NavItem[]) => {
    for (const i of list) {
      if (i.children) walk(i.children);
      else if (pathname === i.path || (i.path !== '/' && pathname.startsWith(i.path + '/'))) {
        if (!best || i.path.length > best.length) best = i.path;
      }
    }
  };
  walk(items);
  return best;
}
