import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps';
import { authRoutes } from './auth/routes';
import { healthRoutes } from './health/routes';
import { orgRoutes } from './orgs/routes';
import { referenceRoutes } from './orgs/reference';
import { statsRoutes } from '../stats/routes';
import { userRoutes } from './users/routes';
import { auditEventRoutes } from './audit-events/routes';
import { attachmentRoutes } from './attachments/routes';
import { notificationRoutes } from './notifications/routes';
import { calendarRoutes } from './calendar/routes';
import { memberRoutes } from './members/routes';
import { memberImportRoutes } from './members/import/member-routes';
import { unitImportRoutes } from './members/import/unit-routes';
import { activityRoutes } from './activities/routes';
import { workPlanRoutes } from './plans/routes';
import { requestRoutes } from './requests/routes';
import { meetingRoutes } from './meetings/routes';
import { institutionRoutes } from './institutions/routes';
import { venueRoutes } from './venues/routes';
import { commendationRoutes } from './commendations/routes';
import { scheduleRoutes } from './schedule/routes';

/** Every area's routes, registered in one place. Add a module here and nowhere else. */
export const MODULES: Array<(app: FastifyInstance, deps: AppDeps) => Promise<void>> = [
  healthRoutes,
  authRoutes,
  orgRoutes,
  referenceRoutes,
  memberRoutes,
  memberImportRoutes,
  unitImportRoutes,
  statsRoutes,
  userRoutes,
  auditEventRoutes,
  attachmentRoutes,
  notificationRoutes,
  calendarRoutes,
  activityRoutes,
  workPlanRoutes,
  requestRoutes,
  meetingRoutes,
  institutionRoutes,
  venueRoutes,
  commendationRoutes,
  scheduleRoutes,
];
