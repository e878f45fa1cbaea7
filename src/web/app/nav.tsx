import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  BellOutlined,
  CarryOutOutlined,
  CalendarOutlined,
  ScheduleOutlined,
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
    path: '/meetings',
    label: 'nav.meetingGroup',
    icon: <ScheduleOutlined />,
    children: [
      { path: '/meetings', label: 'nav.meetings', roles: ORG_READER_ROLES },
      { path: '/schedule', label: 'nav.schedule' },
      { path: '/my/meetings', label: 'nav.myMeetings', roles: ['member'] },
      // Leave approvers are office users or leaders; the page handles an empty list.
      { path: '/my/leave-requests', label: 'nav.leaveToDecide', roles: [...OFFICE_ROLES, 'leader'] },
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
    path: '/office',
    label: 'nav.office',
    icon: <BankOutlined />,
    roles: [...ORG_READER_ROLES, 'member', 'roomConvener'],
    children: [
      // Members and room conveners read the rules in force (the server filters).
      { path: '/institutions', label: 'nav.institutions', roles: [...ORG_READER_ROLES, 'member', 'roomConvener'] },
      { path: '/venues', label: 'nav.venues', roles: [...ORG_READER_ROLES, 'member', 'roomConvener'] },
      // A member sees their own awards.
      { path: '/commendations', label: 'nav.commendations', roles: [...ORG_READER_ROLES, 'member'] },
    ],
  },
  {
    path: '/year',
    label: 'nav.year',
    icon: <CarryOutOutlined />,
    roles: [...ORG_READER_ROLES, 'member'],
    children: [
      { path: '/plans', label: 'nav.plans', roles: ORG_READER_ROLES },
      { path: '/activities', label: 'nav.activities', roles: ORG_READER_ROLES },
      { path: '/requests', label: 'nav.requests', roles: ORG_READER_ROLES },
      { path: '/my/activities', label: 'nav.myActivities', roles: ['member'] },
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
