import type { ReactNode } from 'react';
import { AuditPage } from '../modules/admin/AuditPage';
import { CalendarPage } from '../modules/admin/CalendarPage';
import { CommitteesPage } from '../modules/admin/CommitteesPage';
import { LeadersPage } from '../modules/admin/LeadersPage';
import { MemberGroupsPage } from '../modules/admin/MemberGroupsPage';
import { NotificationsPage } from '../modules/admin/NotificationsPage';
import { OrgTreePage } from '../modules/admin/OrgTreePage';
import { OutboxPage } from '../modules/admin/OutboxPage';
import { SectorsPage } from '../modules/admin/SectorsPage';
import { TermsPage } from '../modules/admin/TermsPage';
import { TokensPage } from '../modules/admin/TokensPage';
import { UnitsPage } from '../modules/admin/UnitsPage';
import { UsersPage } from '../modules/admin/UsersPage';
import { MemberPage } from '../modules/members/MemberPage';
import { MyMemberPage } from '../modules/members/MyMemberPage';
import { RosterPage } from '../modules/members/RosterPage';
import { ChangePasswordPage } from '../pages/ChangePasswordPage';
import { HomePage } from '../pages/HomePage';

export interface AppRoute {
  path: string;
  element: ReactNode;
}

/** Pages inside the app frame. Each area adds its pages here. */
export const ROUTES: AppRoute[] = [
  { path: '/', element: <HomePage /> },
  { path: '/me/password', element: <ChangePasswordPage /> },
  { path: '/members', element: <RosterPage /> },
  { path: '/members/:id', element: <MemberPage /> },
  { path: '/me/member', element: <MyMemberPage /> },
  { path: '/org/tree', element: <OrgTreePage /> },
  { path: '/org/terms', element: <TermsPage /> },
  { path: '/org/sectors', element: <SectorsPage /> },
  { path: '/org/committees', element: <CommitteesPage /> },
  { path: '/org/units', element: <UnitsPage /> },
  { path: '/org/leaders', element: <LeadersPage /> },
  { path: '/org/member-groups', element: <MemberGroupsPage /> },
  { path: '/system/users', element: <UsersPage /> },
  { path: '/system/audit', element: <AuditPage /> },
  { path: '/system/calendar', element: <CalendarPage /> },
  { path: '/system/outbox', element: <OutboxPage /> },
  { path: '/notifications', element: <NotificationsPage /> },
  { path: '/me/tokens', element: <TokensPage /> },
];
