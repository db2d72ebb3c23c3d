import { describe, expect, it } from 'vitest';
import { BODIES, LEVELS } from '../data/schema';
import { jurisdictionScope } from './jurisdictionScope';

const EVERY = LEVELS.flatMap((level) => BODIES.map((body) => ({ level, body })));

describe('level and body in a few words', () => {
  it.each(EVERY)('$level / $body is named in both languages, English spelled out', (j) => {
    const zh = jurisdictionScope(j, 'zh');
    const en = jurisdictionScope(j, 'en');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    // Natural English: no abbreviations such as "Cttee", no Chinese left in.
    expect(en).not.toMatch(/Cttee|[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[a-z]/);
  });

  it.each([
    {
      level: 'prefecture_city',
      body: 'cppcc_standing_committee',
      en: 'prefecture-level CPPCC Standing Committee',
    },
    { level: 'district', body: 'party_committee', en: 'democratic party district committee' },
  ] as const)('$en', ({ en, ...j }) => {
    expect(jurisdictionScope(j, 'en')).toBe(en);
  });
});
