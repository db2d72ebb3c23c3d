import { useEffect } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '../export/embedSnippet';

/**
 * Tells the host page how tall the embedded page is, whenever that changes, so the snippet's listener
 * can size the iframe to it (no scroll bar, no empty band). Only a number is sent; the host checks
 * that the message comes from its own iframe.
 */
export function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window) return;
    const root = document.documentElement;
    let last = 0;
    const report = () => {
      const height = Math.ceil(root.scrollHeight);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, []);
}

/** The date the embed was pinned on (`date=YYYY-MM-DD` in its URL), or null. */
export function pinnedDate(search: string): string | null {
  const date = new URLSearchParams(search).get('date');
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
}
