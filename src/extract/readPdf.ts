// PDF text layer with pdf.js, loaded only when a PDF is dropped. Its worker file is bundled and served
// from the app's own origin (Vite `?url`): no CDN, so it works on an intranet.
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { ReportReadError } from './readReport';

/** Fewer letters than this per page on average: the PDF is scanned images, not text. */
const MIN_CHARS_PER_PAGE = 20;

export interface PdfProgress {
  page: number;
  pages: number;
}

/** The text of every page, in order; stops (with reason 'cancelled') when `signal` is aborted. */
export async function readPdf(
  bytes: Uint8Array,
  onProgress: (p: PdfProgress) => void,
  signal: AbortSignal,
): Promise<string> {
  const pdfjs = await import('pdfjs-dist');
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false });
  signal.addEventListener('abort', () => void task.destroy(), { once: true });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
    throw new ReportReadError('unreadable', e instanceof Error ? e.message : String(e));
  }
  const pages: string[] = [];
  let letters = 0;
  for (let i = 1; i <= doc.numPages; i++) {
    if (signal.aborted) throw new DOMException('cancelled', 'AbortError');
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str;
      if (item.hasEOL) text += '\n';
    }
    letters += text.replace(/\s/gu, '').length;
    pages.push(text);
    page.cleanup();
    onProgress({ page: i, pages: doc.numPages });
  }
  await doc.destroy();
  if (letters < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) throw new ReportReadError('scanned');
  return pages.join('\n');
}
