/**
 * Stable error codes with their HTTP status and Chinese message. The client shows `message`;
 * scripts branch on `code`. Browser-safe: the web app imports the same catalog.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: '提交的数据不符合要求' },
  UNKNOWN_FIELD: { status: 400, message: '提交了不允许的字段' },
  BAD_REQUEST: { status: 400, message: '请求无效' },
  UNAUTHENTICATED: { status: 401, message: '请先登录' },
  BAD_CREDENTIALS: { status: 401, message: '用户名或密码错误' },
  TOKEN_INVALID: { status: 401, message: '访问令牌无效或已吊销' },
  ACCOUNT_LOCKED: { status: 423, message: '连续登录失败次数过多，账号已锁定15分钟' },
  ACCOUNT_DISABLED: { status: 403, message: '账号已停用，请联系管理员' },
  PASSWORD_CHANGE_REQUIRED: { status: 403, message: '首次登录须先修改密码' },
  PASSWORD_WEAK: { status: 400, message: '新密码至少8位，且须同时包含字母和数字' },
  PASSWORD_REUSED: { status: 400, message: '新密码不能与原密码相同' },
  CSRF_FAILED: { status: 403, message: '页面已过期，请刷新后重试' },
  FORBIDDEN: { status: 403, message: '没有权限执行此操作' },
  NOT_FOUND: { status: 404, message: '记录不存在' },
  CONFLICT: { status: 409, message: '该记录已被他人修改，请刷新后重试' },
  DUPLICATE: { status: 409, message: '已存在相同的记录' },
  INVALID_STATE: { status: 409, message: '当前状态下不能执行此操作' },
  IN_USE: { status: 409, message: '该记录正在被引用，不能删除' },
  BOOKING_CLASH: { status: 409, message: '该时段会场已被预订' },
  FILE_TOO_LARGE: { status: 413, message: '文件过大' },
  UNSUPPORTED_FILE: { status: 415, message: '不支持的文件类型' },
  IMPORT_INVALID: { status: 422, message: '导入文件存在错误，请按错误报告修改后重新导入' },
  RATE_LIMITED: { status: 429, message: '操作过于频繁，请稍后再试' },
  INTERNAL: { status: 500, message: '服务器内部错误，请稍后重试' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** One field-level problem, e.g. for forms and import reports. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** The single error type of the platform: thrown anywhere, rendered once by the HTTP layer. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;

  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

/** Shape of every error body sent by the API. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  details?: unknown;
}
