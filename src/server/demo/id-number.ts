import type { Random } from './random';

/**
 * Resident ID numbers (GB 11643-1999) for demo members: 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women), ISO 7064 MOD 11-2 check character.
 * The demo city uses the fictitious prefecture 4399xx (a real province prefix with no such
 * prefecture), so the numbers are well-formed and pass checks but belong to nobody.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** Region codes of the demo city: 439901 市辖区, 439902 东湖区, 439903 西城区, 439921 青山县, 439922 桃源县, 439981 梅林市. */
export const DEMO_REGION_CODES = {
  city: ['439901', '439902', '439903', '439921', '439922', '439981'],
  donghu: ['439902'],
  qingshan: ['439921'],
} as const;

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** True for an 18-character number with a real calendar date and a correct check character. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return idNumberCheckChar(id.slice(0, 17)) === id[17];
}

/** Birth date ('YYYY-MM-DD') encoded in an ID number. */
export function birthDateOfIdNumber(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** 男 / 女 from the sequence digit. */
export function genderOfIdNumber(id: string): '男' | '女' {
  return Number(id[16]) % 2 === 1 ? '男' : '女';
}

/** A valid number for the given region, birth date and gender; `used` keeps them unique. */
export function makeIdNumber(rng: Random, region: string, birthDate: string, gender: '男' | '女', used: Set<string>): string {
  for (;;) {
    const seq = rng.int(0, 99) * 10 + (gender === '男' ? rng.pick([1, 3, 5, 7, 9]) : rng.pick([0, 2, 4, 6, 8]));
    const first17 = `${region}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
    const id = first17 + idNumberCheckChar(first17);
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
