import {
  ApartmentOutlined,
  AuditOutlined,
  BellOutlined,
  CalendarOutlined,
  HomeOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../../core/roles';
import { OFFICE_ROLES, ORG_READER_ROLES } from '../../core/roles';
import type { MessageKey } from '../i18n';

export interface NavItem {
  path: string;
  label: MessageKey;
  icon?: ReactNode;
  /** Shown to users holding one of these roles; absent = everyone logged in. */
  roles?: readonly Role[];
  children?: NavItem[];
}

/** The side menu. Each area adds its entries here; visibility follows the server's role rules. */
export const NAV: NavItem[] = [
  { path: '/', label: 'nav.home', icon: <HomeOutlined /> },
  {
    path: '/members',
    label: 'nav.members',
    icon: <TeamOutlined />,
    children: [
      { path: '/members', label: 'nav.roster', roles: [...ORG_READER_ROLES, 'member', 'roomConvener'] },
      { path: '/me/member', label: 'nav.myMember', roles: ['member'] },
    ],
  },
  {
    path: '/org',
    label: 'nav.org',
    icon: <ApartmentOutlined />,
    roles: ORG_READER_ROLES,
    children: [
      { path: '/org/tree', label: 'nav.orgTree' },
      { path: '/org/terms', label: 'nav.terms' },
      { path: '/org/sectors', label: 'nav.sectors' },
      { path: '/org/committees', label: 'nav.committees' },
      { path: '/org/units', label: 'nav.units' },
      { path: '/org/leaders', label: 'nav.leaders' },
      { path: '/org/member-groups', label: 'nav.memberGroups' },
    ],
  },
  {
    path: '/system',
    label: 'nav.system',
    icon: <SettingOutlined />,
    roles: ['officeAdmin', 'auditor'],
    children: [
      { path: '/system/users', label: 'nav.users', roles: ['officeAdmin'] },
      { path: '/system/audit', label: 'nav.audit', icon: <AuditOutlined />, roles: ['officeAdmin', 'auditor'] },
      { path: '/system/calendar', label: 'nav.calendar', icon: <CalendarOutlined />, roles: ['officeAdmin'] },
      { path: '/system/outbox', label: 'nav.outbox', roles: ['officeAdmin'] },
    ],
  },
  { path: '/notifications', label: 'nav.notifications', icon: <BellOutlined /> },
];

export function visibleNav(items: NavItem[], roles: readonly Role[]): NavItem[] {
  return items
    .filter((i) => !i.roles || i.roles.some((r) => roles.includes(r)))
    .map((i) => (i.children ? { ...i, children: visibleNav(i.children, roles) } : i))
    .filter((i) => !i.children || i.children.length > 0);
}

export { OFFICE_ROLES };
