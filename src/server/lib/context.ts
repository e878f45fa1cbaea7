import type { FastifyRequest } from 'fastify';
import type { Role } from '../../core/roles';
import { AppError } from '../../core/errors';

/** Who is acting. Built once per request by the auth plugin. */
export interface Actor {
  userId: string;
  orgId: string;
  username: string;
  displayName: string;
  roles: Role[];
  memberId: string | null;
  unitId: string | null;
  mustChangePassword: boolean;
  via: 'session' | 'token';
  sessionId?: string;
}

/** What a command needs to know about the request: the actor and the trace fields for the audit row. */
export interface Ctx {
  actor: Actor;
  ip: string;
  requestId: string;
}

export function ctxOf(req: FastifyRequest): Ctx {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return { actor: req.actor, ip: req.ip, requestId: String(req.id) };
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
  interface FastifyContextConfig {
    /**
     * Who may call the route. 'public': anyone; 'authenticated': any logged-in user (default);
     * a role list: users holding one of them. Checked by a global hook before the handler.
     */
    access?: 'public' | 'authenticated' | readonly Role[];
    /** Allowed while the user still must change the first password. */
    allowPasswordChangePending?: boolean;
  }
}
