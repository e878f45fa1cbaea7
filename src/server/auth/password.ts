import { hash, verify, type Options } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors';

// algorithm 2 = Argon2id (a const enum in the typings, not importable under isolatedModules)
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as unknown as Options;

/** argon2id (OWASP parameters). Kept behind this seam so an SM3-based scheme can replace it. */
export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
  try {
    return await verify(stored, plain);
  } catch {
    return false;
  }
}

/** At least 8 characters with letters and digits. */
export function assertStrongPassword(plain: string): void {
  if (plain.length < 8 || plain.length > 128 || !/[A-Za-z]/.test(plain) || !/\d/.test(plain)) {
    throw new AppError('PASSWORD_WEAK');
  }
}

/** A readable random password that passes the strength rule. */
export function generatePassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(14);
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return `${out.slice(0, 6)}-${out.slice(6, 12)}${(bytes[12] % 10)}a`;
}
