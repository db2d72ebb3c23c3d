// The extractor off the page's thread: reading a .docx and scanning a long report stay out of the
// way of typing and scrolling. Cancel = the page terminates this worker.
import { extractReport } from './extractReport';
import type { ExtractRequest, ExtractResponse } from './extractWorkerProtocol';
import { readReportFile, ReportReadError } from './readReport';

const post = (m: ExtractResponse) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  const req = event.data;
  try {
    const text = req.kind === 'file' ? await readReportFile(req.name, req.bytes) : req.text;
    const result = extractReport(text, req.catalog, (progress) => post({ type: 'progress', progress }));
    post({ type: 'done', result });
  } catch (e) {
    post({
      type: 'error',
      reason: e instanceof ReportReadError ? e.reason : 'internal',
      detail: e instanceof Error ? e.message : String(e),
    });
  }
};
