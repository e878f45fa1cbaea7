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
import { CheckInPage } from '../modules/meetings/CheckInPage';
import { MeetingDetailPage } from '../modules/meetings/MeetingDetailPage';
import { MeetingsPage } from '../modules/meetings/MeetingsPage';
import { MyLeaveRequestsPage } from '../modules/meetings/MyLeaveRequestsPage';
import { MyMeetingsPage } from '../modules/meetings/MyMeetingsPage';
import { SchedulePage } from '../modules/meetings/SchedulePage';
import { RosterPage } from '../modules/members/RosterPage';
import { CommendationsPage } from '../modules/office/CommendationsPage';
import { InstitutionPage } from '../modules/office/InstitutionPage';
import { InstitutionsPage } from '../modules/office/InstitutionsPage';
import { VenuePage } from '../modules/office/VenuePage';
import { VenuesPage } from '../modules/office/VenuesPage';
import { ChangePasswordPage } from '../pages/ChangePasswordPage';
import { HomePage } from '../pages/HomePage';
import { ActivitiesPage } from '../modules/year/ActivitiesPage';
import { ActivityPage } from '../modules/year/ActivityPage';
import { CompliancePage } from '../modules/year/CompliancePage';
import { PlansPage } from '../modules/year/PlansPage';
import { RequestPage } from '../modules/year/RequestPage';
import { RequestsPage } from '../modules/year/RequestsPage';
import { WorkPlanLinkRedirect } from '../modules/year/WorkPlanLinkRedirect';

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
  { path: '/meetings', element: <MeetingsPage /> },
  { path: '/meetings/:id', element: <MeetingDetailPage /> },
  { path: '/my/meetings', element: <MyMeetingsPage /> },
  { path: '/my/leave-requests', element: <MyLeaveRequestsPage /> },
  // The QR code on the screen opens /m/check-in; /check-in is the same page.
  { path: '/check-in', element: <CheckInPage /> },
  { path: '/m/check-in', element: <CheckInPage /> },
  { path: '/schedule', element: <SchedulePage /> },
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
  { path: '/institutions', element: <InstitutionsPage /> },
  { path: '/institutions/:id', element: <InstitutionPage /> },
  { path: '/venues', element: <VenuesPage /> },
  { path: '/venues/:id', element: <VenuePage /> },
  { path: '/commendations', element: <CommendationsPage /> },
  { path: '/plans', element: <PlansPage /> },
  { path: '/work-plans/:planId', element: <WorkPlanLinkRedirect /> },
  { path: '/work-plans/:planId/tasks/:taskId', element: <WorkPlanLinkRedirect /> },
  { path: '/activities', element: <ActivitiesPage /> },
  { path: '/activities/:id', element: <ActivityPage /> },
  { path: '/my/activities', element: <ActivitiesPage mine /> },
  { path: '/requests', element: <RequestsPage /> },
  { path: '/requests/compliance', element: <CompliancePage /> },
  { path: '/requests/:id', element: <RequestPage /> },
];
