import { AppError } from '../../../core/errors';

type Sniff = 'ole' | 'zip' | 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'rtf' | 'text';

const OOXML = 'application/vnd.openxmlformats-officedocument';

/**
 * Allowed uploads by extension: office documents (MS Office, WPS, OpenDocument, OFD), PDF, images,
 * zip. The stored MIME type comes from this table, never from the browser, and the first bytes
 * must match the format. SVG and HTML are deliberately absent (script inside).
 */
export const FILE_TYPES: Record<string, { mime: string; sniff: Sniff }> = {
  doc: { mime: 'application/msword', sniff: 'ole' },
  docx: { mime: `${OOXML}.wordprocessingml.document`, sniff: 'zip' },
  xls: { mime: 'application/vnd.ms-excel', sniff: 'ole' },
  xlsx: { mime: `${OOXML}.spreadsheetml.sheet`, sniff: 'zip' },
  ppt: { mime: 'application/vnd.ms-powerpoint', sniff: 'ole' },
  pptx: { mime: `${OOXML}.presentationml.presentation`, sniff: 'zip' },
  wps: { mime: 'application/wps-office.wps', sniff: 'ole' },
  et: { mime: 'application/wps-office.et', sniff: 'ole' },
  dps: { mime: 'application/wps-office.dps', sniff: 'ole' },
  odt: { mime: 'application/vnd.oasis.opendocument.text', sniff: 'zip' },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', sniff: 'zip' },
  odp: { mime: 'application/vnd.oasis.opendocument.presentation', sniff: 'zip' },
  ofd: { mime: 'application/ofd', sniff: 'zip' },
  rtf: { mime: 'application/rtf', sniff: 'rtf' },
  txt: { mime: 'text/plain; charset=utf-8', sniff: 'text' },
  csv: { mime: 'text/csv; charset=utf-8', sniff: 'text' },
  pdf: { mime: 'application/pdf', sniff: 'pdf' },
  jpg: { mime: 'image/jpeg', sniff: 'jpeg' },
  jpeg: { mime: 'image/jpeg', sniff: 'jpeg' },
  png: { mime: 'image/png', sniff: 'png' },
  gif: { mime: 'image/gif', sniff: 'gif' },
  webp: { mime: 'image/webp', sniff: 'webp' },
  bmp: { mime: 'image/bmp', sniff: 'bmp' },
  zip: { mime: 'application/zip', sniff: 'zip' },
};

/** Types a browser may show inline (preview); everything else is always a download. */
export const INLINE_MIME = /^(image\/(jpeg|png|gif|webp|bmp)|application\/pdf)$/;

const startsWith = (data: Buffer, bytes: number[], offset = 0) => bytes.every((b, i) => data[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function matches(data: Buffer, sniff: Sniff): boolean {
  switch (sniff) {
    case 'ole':
      return startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    case 'zip':
      return startsWith(data, [0x50, 0x4b, 0x03, 0x04]) || startsWith(data, [0x50, 0x4b, 0x05, 0x06]);
    case 'pdf':
      return startsWith(data, ascii('%PDF-'));
    case 'png':
      return startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    case 'jpeg':
      return startsWith(data, [0xff, 0xd8, 0xff]);
    case 'gif':
      return startsWith(data, ascii('GIF8'));
    case 'webp':
      return startsWith(data, ascii('RIFF')) && startsWith(data, ascii('WEBP'), 8);
    case 'bmp':
      return startsWith(data, ascii('BM'));
    case 'rtf':
      return startsWith(data, ascii('{\\rtf'));
    case 'text':
      return !data.subarray(0, 8192).includes(0);
  }
}

/** A safe display name: no path, no control characters, at most 200 characters, extension kept. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  let name = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  if (name.length > 200) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, 200 - ext.length) + ext;
  }
  return name || 'file';
}

/** Checks extension, size and content; returns the MIME type to store. */
export function checkFile(fileName: string, data: Buffer, maxBytes: number): string {
  if (data.length === 0) throw new AppError('VALIDATION_FAILED', '文件为空');
  if (data.length > maxBytes) throw new AppError('FILE_TOO_LARGE', `文件不能超过 ${Math.floor(maxBytes / 1024 / 1024) || 1} MB`);
  const dot = fileName.lastIndexOf('.');
  const ext = dot >= 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const type = FILE_TYPES[ext];
  if (!type) throw new AppError('UNSUPPORTED_FILE', `不支持的文件类型，允许：${Object.keys(FILE_TYPES).join('、')}`);
  if (!matches(data, type.sniff)) throw new AppError('UNSUPPORTED_FILE', '文件内容与扩展名不符');
  return type.mime;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string, type: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
