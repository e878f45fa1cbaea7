import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../core/errors';
import { hasAnyRole } from '../../core/roles';
import type { AppDeps } from '../deps';
import { resolveBearer, resolveSession } from './service';

export const SESSION_COOKIE = 'lvzhi_sid';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authentication and route access for every request:
 * 1. a Bearer token or the session cookie becomes `req.actor`;
 * 2. cookie sessions must echo their CSRF token on unsafe methods;
 * 3. the route's `config.access` decides who may call it (default: any logged-in user);
 * 4. a user who must change the first password can only do that.
 */
export const authPlugin = fp(async (app: FastifyInstance, deps: AppDeps) => {
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    // The web app's files are public; every API route needs a login unless it says otherwise.
    const access = req.routeOptions.config?.access ?? (req.url.startsWith('/api/') ? 'authenticated' : 'public');
    const authz = req.headers.authorization;
    if (authz?.startsWith('Bearer ')) {
      const actor = await resolveBearer(deps.db.db, authz.slice(7).trim());
      if (!actor) throw new AppError('TOKEN_INVALID');
      req.actor = actor;
    } else {
      const cookie = req.cookies[SESSION_COOKIE];
      if (cookie) {
        const found = await resolveSession(deps.db.db, cookie, deps.config.sessionTtlHours);
        if (found) {
          req.actor = found.actor;
          if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== found.csrfToken) {
            throw new AppError('CSRF_FAILED');
          }
        } else if (access !== 'public') {
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
        }
      }
    }
    if (access === 'public') return;
    if (!req.actor) throw new AppError('UNAUTHENTICATED');
    if (req.actor.mustChangePassword && !req.routeOptions.config?.allowPasswordChangePending) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (access !== 'authenticated' && !hasAnyRole(req.actor.roles, access)) {
      throw new AppError('FORBIDDEN');
    }
  });
});
