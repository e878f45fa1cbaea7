import { describe, expect, it } from 'vitest';
import { checkFile, cleanFileName, contentDisposition } from '../../src/server/modules/attachments/file-types';

const MB = 1024 * 1024;

describe('attachment file checks', () => {
  it('derives the MIME type from the extension and checks the first bytes', () => {
    expect(checkFile('报告.PDF', Buffer.from('%PDF-1.7 …'), MB)).toBe('application/pdf');
    expect(checkFile('名单.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0]), MB)).toMatch(/spreadsheetml/);
    expect(checkFile('旧文档.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), MB)).toBe('application/msword');
    expect(() => checkFile('假的.docx', Buffer.from('%PDF-'), MB)).toThrow('文件内容与扩展名不符');
    expect(() => checkFile('page.html', Buffer.from('<html>'), MB)).toThrow(/不支持的文件类型/);
    expect(() => checkFile('无扩展名', Buffer.from('x'), MB)).toThrow(/不支持的文件类型/);
    expect(() => checkFile('a.txt', Buffer.from([0x61, 0, 0x62]), MB)).toThrow();
    expect(() => checkFile('a.txt', Buffer.alloc(0), MB)).toThrow('文件为空');
    expect(() => checkFile('a.txt', Buffer.alloc(11, 0x61), 10)).toThrow(/不能超过/);
  });

  it('cleans file names', () => {
    expect(cleanFileName('C:\\Users\\张三\\提案.docx')).toBe('提案.docx');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b"c.pdf')).toBe('abc.pdf');
    expect(cleanFileName('')).toBe('file');
    const long = cleanFileName('长'.repeat(300) + '.pdf');
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
  });

  it('builds an RFC 5987 Content-Disposition', () => {
    expect(contentDisposition("关于'教育'(2024).pdf")).toBe(
      `attachment; filename="__'__'(2024).pdf"; filename*=UTF-8''%E5%85%B3%E4%BA%8E%27%E6%95%99%E8%82%B2%27%282024%29.pdf`,
    );
    expect(contentDisposition('a b.png', 'inline')).toBe(`inline; filename="a b.png"; filename*=UTF-8''a%20b.png`);
  });
});
