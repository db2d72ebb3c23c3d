import { describe, expect, it } from 'vitest';
import { profileRankText } from './profileModel';

// The rank the profile table states beside each figure (ProfileView): a mark lost here tells a reader a
// figure was ranked like the others when it was not, or on the same year when it was each body's latest.
describe('profile rank text: each mark says how the figure was compared', () => {
  it.each([
    {
      name: 'ranked in the year',
      r: { rank: 2, peers: 5, basis: 'year', comparable: 'yes' },
      zh: '第2名（共5个）',
    },
    {
      name: 'partly comparable: marked ◐',
      r: { rank: 2, peers: 5, basis: 'year', comparable: 'partly' },
      zh: '第2名（共5个） ◐',
    },
    {
      name: 'each body’s latest year: the basis is said',
      r: { rank: 1, peers: 3, basis: 'latest', comparable: 'yes' },
      zh: '第1名（共3个）（按各地区最新年份）',
    },
    {
      name: 'not comparable: ⊘, never a rank',
      r: { rank: null, peers: 5, basis: 'year', comparable: 'no' },
      zh: '⊘ 不可比，不排名',
    },
    {
      name: 'nobody else compared',
      r: { rank: 1, peers: 1, basis: 'year', comparable: 'yes' },
      zh: '仅此一家',
    },
  ] as const)('$name', ({ r, zh }) => {
    expect(profileRankText(r, 'zh')).toBe(zh);
  });
});
