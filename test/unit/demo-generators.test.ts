import { describe, expect, it } from 'vitest';
import { birthDateOfIdNumber, genderOfIdNumber, isValidIdNumber } from '../../src/core/idNumber';
import { makeIdNumber } from '../../src/server/demo/id-number';
import { NameGenerator } from '../../src/server/demo/names';
import { hashSeed, Random, seededRandom } from '../../src/server/demo/random';

describe('demo ID numbers', () => {
  it('generates unique valid numbers matching birth date and gender', () => {
    const rng = new Random(7);
    const used = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const gender = i % 2 ? '男' : '女';
      const birth = rng.date('1960-01-01', '1992-12-31');
      const id = makeIdNumber(rng, '439901', birth, gender, used);
      expect(isValidIdNumber(id)).toBe(true);
      expect(birthDateOfIdNumber(id)).toBe(birth);
      expect(genderOfIdNumber(id)).toBe(gender);
    }
    expect(used.size).toBe(500);
  });
});

describe('demo PRNG', () => {
  it('is deterministic per stream and independent across streams', () => {
    const a = seededRandom('members');
    const b = seededRandom('members');
    const c = seededRandom('units');
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
    expect(hashSeed('')).toBe(0x811c9dc5);
  });

  it('draws in range and makes v4-shaped uuids', () => {
    const rng = new Random('x');
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
    expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const d = rng.date('2023-01-01', '2023-01-03');
    expect(['2023-01-01', '2023-01-02', '2023-01-03']).toContain(d);
    expect(rng.sample([1, 2, 3, 4], 2)).toHaveLength(2);
  });
});

describe('demo names', () => {
  it('gives unique Chinese names', () => {
    const gen = new NameGenerator();
    const rng = new Random(1);
    const names = Array.from({ length: 800 }, (_, i) => gen.next(rng, i % 3 ? '男' : '女'));
    expect(new Set(names).size).toBe(800);
    for (const n of names) expect(n).toMatch(/^[\u4e00-\u9fff]{2,4}$/);
  });
});
