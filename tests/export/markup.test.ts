import { describe, expect, it } from 'vitest';
import { escapeMarkup, stripXmlInvalid } from '../../src/export/markup';

describe('stripXmlInvalid removes what XML 1.0 forbids, even as an entity', () => {
  it.each<[string, string, string]>([
    ['C0 controls', 'a\u0000b\u0001c\u0008d', 'abcd'],
    ['vertical tab and form feed', 'a\u000bb\u000cc', 'abc'],
    ['controls from SO to US', 'a\u000eb\u001fc', 'abc'],
    ['the two non-characters', 'a\ufffeb\uffffc', 'abc'],
    ['a lone high surrogate', 'a\ud800b', 'ab'],
    ['a lone high surrogate at the end', 'ab\udbff', 'ab'],
    ['a lone low surrogate', 'a\udc00b', 'ab'],
    ['a lone low surrogate at the start', '\udfffab', 'ab'],
    ['two high surrogates, only the second paired', '\ud83d\ud83d\ude00', '\ud83d\ude00'],
  ])('%s', (_name, input, expected) => {
    expect(stripXmlInvalid(input)).toBe(expected);
  });

  it.each<[string, string]>([
    ['tab, LF and CR', 'a\tb\nc\rd'],
    ['space and the first printable characters', ' !"#'],
    ['characters just outside the forbidden ranges', '\u0009\u000a\u000d\u0020\ufffd\ud7ff\ue000'],
    ['an emoji (a valid surrogate pair)', '数据😀'],
    ['Chinese text', '九三学社杭州市委'],
  ])('keeps %s', (_name, text) => {
    expect(stripXmlInvalid(text)).toBe(text);
  });
});

describe('escapeMarkup makes user text character data', () => {
  it.each<[string, string]>([
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['"quoted" & \'single\'', '&quot;quoted&quot; &amp; &#39;single&#39;'],
    ['&amp;', '&amp;amp;'],
    ['a\u0000<b>', 'a&lt;b&gt;'],
    ['嘉兴 > 吴兴', '嘉兴 &gt; 吴兴'],
    ['plain', 'plain'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkup(input)).toBe(expected);
  });

  it('escapes every occurrence, not only the first', () => {
    expect(escapeMarkup(`<<&&"">>''`)).toBe('&lt;&lt;&amp;&amp;&quot;&quot;&gt;&gt;&#39;&#39;');
  });
});
