/**
 * Chinese resident ID numbers (GB 11643-1999, 18 digits with an ISO 7064 MOD 11-2 check character)
 * and mobile phone numbers. Browser-safe: the web form uses the same checks.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The check character for the first 17 digits. */
export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Upper-cases a trailing x and trims spaces. */
export function normalizeIdNumber(raw: string): string {
  return raw.trim().replace(/\s+/g, '').toUpperCase();
}

/** The birth date ('YYYY-MM-DD') encoded in an 18-digit ID number, or null when it is not a real date. */
export function birthDateOfIdNumber(id: string): string | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dX]$/.exec(id);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || mo < 1 || mo > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** '男' or '女' from the 17th digit (odd = male), or null for a malformed number. */
export function genderOfIdNumber(id: string): '男' | '女' | null {
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  return Number(id[16]) % 2 === 1 ? '男' : '女';
}

/** Why an ID number is not valid (Chinese), or null when it is valid. */
export function idNumberProblem(raw: string): string | null {
  const id = normalizeIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号应为18位（末位可为X）';
  if (!birthDateOfIdNumber(id)) return '身份证号中的出生日期无效';
  if (idNumberCheckChar(id.slice(0, 17)) !== id[17]) return '身份证号校验位不正确';
  return null;
}

export function isValidIdNumber(raw: string): boolean {
  return idNumberProblem(raw) === null;
}

/** Mainland mobile numbers (11 digits starting 13–19), optionally with +86; landlines like 0571-88886666. */
export function normalizePhone(raw: string): string {
  return raw.trim().replace(/[\s()（）]/g, '').replace(/^(\+86|0086)-?/, '');
}

export function phoneProblem(raw: string): string | null {
  const p = normalizePhone(raw);
  if (/^1[3-9]\d{9}$/.test(p)) return null;
  if (/^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(p)) return null;
  return '手机号码格式不正确（应为11位手机号或带区号的固定电话）';
}

export function isValidPhone(raw: string): boolean {
  return phoneProblem(raw) === null;
}

/** 110101198001011234 → 1101**********1234 (first 4 and last 4 kept). */
export function maskIdNumber(id: string): string {
  if (!id) return '';
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** 13800001111 → 138****1111 (first 3 and last 4 kept). */
export function maskPhone(phone: string): string {
  if (!phone) return '';
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}
