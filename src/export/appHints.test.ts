import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/messages';
import { exportNotes, isAppHint, withoutAppHints } from './appHints';

// What paper, images and embeds keep of a note that tells the user what to do in the app.
describe('app hints left out of exports and print', () => {
  it.each([
    ['zh', translate('zh', 'sizeNote'), '总量大小主要反映各地规模。'],
    ['en', translate('en', 'sizeNote'), 'Totals mostly reflect each body’s size.'],
    [
      'zh',
      translate('zh', 'trendSinglePointNote', { names: '嘉兴、吴兴' }),
      '嘉兴、吴兴只有一年的数据，显示为单点。',
    ],
    [
      'en',
      translate('en', 'trendSinglePointNote', { names: 'Jiaxing' }),
      'Jiaxing: one year only, shown as a single point.',
    ],
  ] as const)('%s: the statement stays, the instruction goes (%s)', (lang, note, printed) => {
    expect(withoutAppHints(note, lang)).toBe(printed);
    expect(isAppHint(note, lang)).toBe(false);
    expect(exportNotes([note], lang)).toEqual([printed]);
  });

  it('a note that is only an instruction is dropped, other notes pass unchanged', () => {
    const hint = translate('zh', 'openProfileHint');
    expect(isAppHint(hint, 'zh')).toBe(true);
    expect(exportNotes([hint, '口径说明'], 'zh')).toEqual(['口径说明']);
  });
});
