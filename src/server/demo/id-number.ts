import { idNumberCheckChar } from '../../core/idNumber';
import type { Random } from './random';

/**
 * Resident ID numbers (GB 11643-1999) for demo members: 6-digit region, 8-digit birth date,
 * 3-digit sequence (odd for men, even for women), check character from src/core/idNumber.ts (the
 * same rule the member forms apply). The demo city uses the fictitious prefecture 4399xx (a real
 * province prefix with no such prefecture), so the numbers are well-formed but belong to nobody.
 */
export const DEMO_REGION_CODES = {
  /** 439901 市辖区, 439902 东湖区, 439903 西城区, 439921 青山县, 439922 桃源县, 439981 梅林市 */
  city: ['439901', '439902', '439903', '439921', '439922', '439981'],
  donghu: ['439902'],
  qingshan: ['439921'],
} as const;

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
