import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps';
import { authRoutes } from './auth/routes';
import { healthRoutes } from './health/routes';
import { orgRoutes } from './orgs/routes';
import { referenceRoutes } from './orgs/reference';

/** Every area's routes, registered in one place. Add a module here and nowhere else. */
export const MODULES: Array<(app: FastifyInstance, deps: AppDeps) => Promise<void>> = [
  healthRoutes,
  authRoutes,
  orgRoutes,
  referenceRoutes,
];
