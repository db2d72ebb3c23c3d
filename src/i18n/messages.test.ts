import { describe, expect, it } from 'vitest';
import { CAPABILITY_DICTIONARIES } from './messages';

const entries = Object.entries(CAPABILITY_DICTIONARIES);

describe('message dictionaries', () => {
  it.each(entries)('%s: Chinese and English hold the same keys', (_, [zh, en]) => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('no key is defined by two capabilities (a later dictionary would silently replace the wording)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, [zh]] of entries) {
      for (const key of Object.keys(zh)) {
        const first = owner.get(key);
        if (first) clashes.push(`${key}: ${first} and ${name}`);
        else owner.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
