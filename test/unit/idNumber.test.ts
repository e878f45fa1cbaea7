import { describe, expect, it } from 'vitest';
import {
  birthDateOfIdNumber,
  genderOfIdNumber,
  idNumberCheckChar,
  idNumberProblem,
  isValidIdNumber,
  isValidPhone,
  maskIdNumber,
  maskPhone,
  normalizeIdNumber,
  phoneProblem,
} from '../../src/core/idNumber';

describe('ID numbers', () => {
  it.each([
    ['110101198001011232', null],
    ['110105198506120026', null],
    ['11010519850612002x', '身份证号校验位不正确'],
    ['110101198001011234', '身份证号校验位不正确'],
    ['44030419900230001X', '身份证号中的出生日期无效'],
    ['1101011980010112', '身份证号应为18位（末位可为X）'],
    ['11010119800101123A', '身份证号应为18位（末位可为X）'],
    ['', '身份证号应为18位（末位可为X）'],
  ])('%s → %s', (id, problem) => {
    expect(idNumberProblem(id)).toBe(problem);
  });

  it('computes the ISO 7064 MOD 11-2 check character, X included', () => {
    expect(idNumberCheckChar('11010119800101123')).toBe('2');
    let withX = '';
    for (let seq = 100; seq < 1000 && !withX; seq++) if (idNumberCheckChar(`11010119900101${seq}`) === 'X') withX = `11010119900101${seq}X`;
    expect(withX).not.toBe('');
    expect(isValidIdNumber(withX)).toBe(true);
    expect(isValidIdNumber(withX.toLowerCase())).toBe(true);
  });

  it('normalizes spaces and a lower-case x', () => {
    expect(normalizeIdNumber(' 1101011980 0101123x ')).toBe('11010119800101123X');
  });

  it('reads birth date and gender', () => {
    expect(birthDateOfIdNumber('110101198001011232')).toBe('1980-01-01');
    expect(birthDateOfIdNumber('110101198002301232')).toBeNull();
    expect(genderOfIdNumber('110101198001011232')).toBe('男');
    expect(genderOfIdNumber('110105198506120026')).toBe('女');
  });
});

describe('phones', () => {
  it.each(['13800001111', '+86 138 0000 1111', '0571-88886666', '010-12345678'])('%s is valid', (p) => expect(isValidPhone(p)).toBe(true));
  it.each(['12800001111', '1380000111', 'abc', '138000011112'])('%s is invalid', (p) => expect(phoneProblem(p)).toMatch(/格式不正确/));
});

describe('masking', () => {
  it('masks ID numbers and phones', () => {
    expect(maskIdNumber('110101198001011234')).toBe('1101**********1234');
    expect(maskPhone('13800001111')).toBe('138****1111');
    expect(maskIdNumber('')).toBe('');
    expect(maskPhone('1234')).toBe('****');
  });
});
