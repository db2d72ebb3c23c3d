import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_DICTIONARIES, MESSAGES, translate } from './messages';
import { LATER_DICTIONARIES } from './laterMessages';

const entries = Object.entries({ ...FIRST_DICTIONARIES, ...LATER_DICTIONARIES });

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

  it('once the later dictionaries are registered, every key reads in both languages', () => {
    const keys = entries.flatMap(([, [zh]]) => Object.keys(zh));
    expect(Object.keys(MESSAGES.zh).sort()).toEqual([...keys].sort());
    expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
    expect(translate('en', 'storeDataTitle')).not.toBe('');
  });
});

/**
 * The later dictionaries (laterMessages.ts) are not in the first load: a module that names one of
 * their keys must import laterMessages itself, or a first-screen module could show a key nobody
 * loaded. The exceptions show only what the engine reports; the engine's boot imports the module.
 */
const SHOWN_AFTER_ENGINE: Record<string, string> = {
  'src/views/data/OtherTabNotice.tsx': "another tab's commit, followed by the engine's dataset manager",
  'src/views/data/StorageNoticeBanner.tsx': "the engine's storage notice",
};
const ENGINE_BOOT = 'src/app/bootEngine.ts';

const root = path.resolve(__dirname, '../..');
const sources = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(path.join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
const importsLater = (text: string) => /import ['"][./]*(i18n\/)?laterMessages['"];/.test(text);

describe('later dictionaries: loaded by every module that names their keys', () => {
  const laterKeys = Object.values(LATER_DICTIONARIES).flatMap(([zh]) => Object.keys(zh));
  const users = sources('src')
    .concat(sources('scripts'))
    .filter((f) => !f.startsWith(path.join('src', 'i18n')))
    .map((file) => ({ file, text: readFileSync(path.join(root, file), 'utf8') }))
    .filter(({ text }) => laterKeys.some((k) => new RegExp(`['"\`]${k}['"\`]`).test(text)));

  it('the check finds the data screen among them (it reads the sources it means to)', () => {
    expect(users.map((u) => u.file)).toContain(path.join('src', 'views', 'DataView.tsx'));
  });

  it.each(users.map((u) => [u.file, u.text] as const))('%s imports laterMessages', (file, text) => {
    if (file in SHOWN_AFTER_ENGINE) return;
    expect(importsLater(text)).toBe(true);
  });

  it('the engine boot imports it, for what shows only once the engine is ready', () => {
    expect(importsLater(readFileSync(path.join(root, ENGINE_BOOT), 'utf8'))).toBe(true);
  });
});
