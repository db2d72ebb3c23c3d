import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedSnippet } from '../../src/export/embedSnippet';

const base = {
  src: 'http://intranet.test/zx/luzhi/?embed=1&view=ranking&a=1&b="2"',
  title: '2022年立案提案排名 <b>',
  height: 480,
  id: 'ranking-abc',
  alt: '嘉兴369件居首 "quoted" <tag>',
};

/** Runs the snippet's listener against a fake iframe and window, returning the height it set. */
function heightAfter(snippet: string, data: unknown, fromFrame: boolean): string {
  const script = /<script>([\s\S]*)<\/script>/.exec(snippet)![1]!;
  const frame = { contentWindow: {}, style: { height: '' } };
  let handler: ((e: { source: unknown; data: unknown }) => void) | null = null;
  const fakeWindow = { addEventListener: (_: string, h: typeof handler) => (handler = h) };
  const fakeDocument = { getElementById: (id: string) => (id === 'luzhi-ranking-abc' ? frame : null) };
  new Function('window', 'document', script)(fakeWindow, fakeDocument);
  handler!({ source: fromFrame ? frame.contentWindow : {}, data });
  return frame.style.height;
}

describe('embed snippet', () => {
  it('escapes every attribute and carries the listener for its own iframe', () => {
    const s = embedSnippet(base);
    expect(s).toContain(
      'src="http://intranet.test/zx/luzhi/?embed=1&amp;view=ranking&amp;a=1&amp;b=&quot;2&quot;"',
    );
    expect(s).toContain('title="2022年立案提案排名 &lt;b&gt;"');
    expect(s).toContain('id="luzhi-ranking-abc"');
    expect(s).toContain(EMBED_HEIGHT_MESSAGE);
  });

  it('follows the height the embedded page reports, only from its iframe and only as a bounded number', () => {
    const s = embedSnippet(base);
    expect(heightAfter(s, { type: EMBED_HEIGHT_MESSAGE, height: 612.4 }, true)).toBe('612px');
    expect(heightAfter(s, { type: EMBED_HEIGHT_MESSAGE, height: 612 }, false)).toBe('');
    expect(heightAfter(s, { type: EMBED_HEIGHT_MESSAGE, height: '612px;background:url(x)' }, true)).toBe('');
    expect(heightAfter(s, { type: 'other', height: 612 }, true)).toBe('');
    expect(heightAfter(s, { type: EMBED_HEIGHT_MESSAGE, height: 1e9 }, true)).toBe('4000px');
  });

  it('puts a still image inside the iframe for systems that strip the iframe tag', () => {
    const s = embedSnippet({ ...base, fallbackPng: 'iVBORw0KGgo=' });
    expect(s).toMatch(
      /<iframe [^>]*><a href="[^"]+"><img src="data:image\/png;base64,iVBORw0KGgo=" alt="嘉兴369件居首 &quot;quoted&quot; &lt;tag&gt;"/,
    );
    expect(s).not.toMatch(/src="https?:\/\/(?!intranet\.test)/);
  });

  it('keeps ids and base64 to their alphabets', () => {
    const s = embedSnippet({ ...base, id: 'x"><script>', fallbackPng: 'AA"onerror=alert(1)' });
    expect(s).toContain('id="luzhi-xscript"');
    expect(s).toContain('base64,AAonerror=alert1" alt=');
  });
});
