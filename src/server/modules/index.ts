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
/** Every area's routes, registered in one place. Add a module here and nowhere else. */
export const MODULES: Array<(app: FastifyInstance, deps: AppDeps) => Promise<void>> = [
  healthRoutes,
  authRoutes,
  orgRoutes,
  referenceRoutes,
  statsRoutes,
  userRoutes,
  auditEventRoutes,
  attachmentRoutes,
  notificationRoutes,
  calendarRoutes,
];
