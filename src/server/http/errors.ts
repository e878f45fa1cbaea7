import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, ERRORS, type ErrorBody } from '../../core/errors';

/** PostgreSQL unique violation → DUPLICATE; everything unknown → INTERNAL without leaking details. */
function pgCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
  return code && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((req, reply) => {
    const body: ErrorBody = { code: 'NOT_FOUND', message: '请求的接口不存在' };
    reply.code(404).send(body);
  });

  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    let body: ErrorBody;
    let status: number;
    if (err instanceof AppError) {
      status = err.status;
      body = { code: err.code, message: err.message, ...(err.details !== undefined ? { details: err.details } : {}) };
    } else if (hasZodFastifySchemaValidationErrors(err)) {
      const issues = err.validation.map((v) => {
        const params = v.params as { keys?: string[] };
        const where = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        const path = v.keyword === 'unrecognized_keys' && params.keys ? [where, params.keys.join(',')].filter(Boolean).join('.') : where;
        return { path, message: v.message ?? '格式不正确', code: v.keyword };
      });
      const unknown = issues.find((i) => i.code === 'unrecognized_keys');
      status = 400;
      body = unknown
        ? { code: 'UNKNOWN_FIELD', message: `${ERRORS.UNKNOWN_FIELD.message}：${unknown.path}`, details: issues }
        : { code: 'VALIDATION_FAILED', message: `${ERRORS.VALIDATION_FAILED.message}：${issues.map((i) => i.path || '请求').join('、')}`, details: issues };
    } else if ((err as FastifyError).statusCode === 429) {
      status = 429;
      body = { code: 'RATE_LIMITED', message: ERRORS.RATE_LIMITED.message };
    } else if ((err as FastifyError).code === 'FST_REQ_FILE_TOO_LARGE' || (err as FastifyError).statusCode === 413) {
      status = 413;
      body = { code: 'FILE_TOO_LARGE', message: ERRORS.FILE_TOO_LARGE.message };
    } else if (pgCode(err) === '23505') {
      status = 409;
      body = { code: 'DUPLICATE', message: ERRORS.DUPLICATE.message };
    } else if (pgCode(err) === '23503') {
      status = 409;
      body = { code: 'IN_USE', message: ERRORS.IN_USE.message };
    } else if ((err as FastifyError).statusCode && (err as FastifyError).statusCode! < 500) {
      status = (err as FastifyError).statusCode!;
      body = { code: 'BAD_REQUEST', message: ERRORS.BAD_REQUEST.message };
    } else {
      req.log.error({ err }, 'unhandled error');
      status = 500;
      body = { code: 'INTERNAL', message: ERRORS.INTERNAL.message };
    }
    reply.code(status).send(body);
  });
}
