// Report files to text: .txt (UTF-8 / UTF-16 / GB18030), .docx (mammoth, tables kept as lines),
// and the formats that cannot be read, with a reason the page can show. PDF is read separately
// (readPdf.ts) because pdf.js runs on the page with its own self-hosted worker.

export type ReportFormat = 'txt' | 'docx' | 'pdf' | 'doc' | 'unknown';

export class ReportReadError extends Error {
  constructor(
    readonly reason: 'empty' | 'doc' | 'scanned' | 'unknown_format' | 'unreadable' | 'too_large',
    detail: string = reason,
  ) {
    super(detail);
    this.name = 'ReportReadError';
  }
}

/** Largest file read at all: a 300-page report is a few MB of text; 60 MB is a scan or an archive. */
export const MAX_REPORT_BYTES = 60 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** The format from the first bytes (a renamed file is read as what it is), then the extension. */
export function reportFormat(name: string, bytes: Uint8Array): ReportFormat {
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, OLE)) return 'doc';
  if (startsWith(bytes, ZIP))
    return /\.docx$/iu.test(name) || !/\.(xlsx|pptx|zip)$/iu.test(name) ? 'docx' : 'unknown';
  const ext = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase();
  if (ext === 'doc') return 'doc';
  if (ext === 'pdf' || ext === 'docx') return 'unknown';
  return 'txt';
}

/** Plain text in UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030 (older Chinese Windows). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) =>
    e.startsWith('#x')
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith('#')
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? m),
  );
const stripTags = (s: string) => decodeEntities(s.replace(/<[^>]*>/gu, '')).trim();

const UNIT_IN_HEADER = /[(（]\s*([^()（）\s]{1,3})\s*[)）]\s*$/u;
const BARE_NUMBER = /^\d+(?:\.\d+)?$/u;

/**
 * A table as sentences: one line per row. Each cell is read with its row label and column header in
 * front, and a bare number gets the unit a header gives in brackets ("提案数（件）"), so "84" under
 * "数量（件）" in the row "收到提案" reads "收到提案数量84件" — as running text would say it.
 */
export function tableToLines(rows: readonly (readonly string[])[]): string[] {
  const header = rows[0] ?? [];
  return rows.slice(1).map((row) => {
    const label = row[0] ?? '';
    const labelUnit = UNIT_IN_HEADER.exec(label)?.[1];
    const labelWords = label.replace(UNIT_IN_HEADER, '');
    const cells = row.slice(1).map((cell, i) => {
      const head = header[i + 1] ?? '';
      const unit = BARE_NUMBER.test(cell) ? (UNIT_IN_HEADER.exec(head)?.[1] ?? labelUnit ?? '') : '';
      return `${labelWords}${head.replace(UNIT_IN_HEADER, '')}${cell}${unit}`;
    });
    return `${(cells.length > 0 ? cells : [label]).join(',')}。`;
  });
}

/** HTML from mammoth to lines of text: paragraphs and headings as lines, tables row by row. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const parts = html.split(/(<table[\s\S]*?<\/table>)/u);
  for (const part of parts) {
    if (part.startsWith('<table')) {
      const rows = [...part.matchAll(/<tr[\s\S]*?<\/tr>/gu)].map((r) =>
        [...r[0].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gu)].map((c) => stripTags(c[1] ?? '')),
      );
      out.push(...tableToLines(rows));
    } else {
      for (const block of part.split(/<\/(?:p|h[1-6]|li)>|<br\s*\/?>/u)) {
        const text = stripTags(block);
        if (text !== '') out.push(text);
      }
    }
  }
  return out.join('\n');
}

/** .docx to text with mammoth (loaded on demand: it is only needed for Word files). */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  const arrayBuffer = bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
  try {
    // mammoth's browser build reads `arrayBuffer`, its Node build `buffer`: the same bytes serve both,
    // so tests and commands run the code the page runs
    const input = { arrayBuffer, buffer: arrayBuffer } as { arrayBuffer: ArrayBuffer };
    const { value } = await mammoth.convertToHtml(input);
    return htmlToText(value);
  } catch (e) {
    throw new ReportReadError('unreadable', e instanceof Error ? e.message : String(e));
  }
}

/** A text, .txt or .docx file to text; PDFs go through readPdf on the page. */
export async function readReportFile(name: string, bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) throw new ReportReadError('empty');
  if (bytes.byteLength > MAX_REPORT_BYTES) throw new ReportReadError('too_large');
  const format = reportFormat(name, bytes);
  if (format === 'doc') throw new ReportReadError('doc');
  if (format === 'unknown' || format === 'pdf') throw new ReportReadError('unknown_format');
  const text = format === 'docx' ? await readDocx(bytes) : decodeText(bytes);
  if (text.trim() === '') throw new ReportReadError('empty');
  return text;
}
