import type { Lang } from './lang';
import { coreEn, coreZh } from './messages/core';
import { viewsEn, viewsZh } from './messages/views';
import { briefingEn, briefingZh } from './messages/briefing';
import { speedEn, speedZh } from './messages/speed';
import { publishedEn, publishedZh } from './messages/published';
import { overviewEn, overviewZh } from './messages/overview';
import { trendRangeEn, trendRangeZh } from './messages/trendRange';
import { perCapitaEn, perCapitaZh } from './messages/perCapita';
import type { uploadZh } from './messages/upload';
import type { uploadRulesZh } from './messages/uploadRules';
import type { storeZh } from './messages/store';
import type { reportZh } from './messages/report';

// One dictionary per capability, merged here. Keys are checked at compile time in both languages.
// The first screen's dictionaries are in the first load; the data screen's (upload, upload rules,
// store, report: ≈ 18 KB gzip) come with the code that uses them (laterMessages.ts).
const firstZh = {
  ...coreZh,
  ...viewsZh,
  ...briefingZh,
  ...speedZh,
  ...publishedZh,
  ...overviewZh,
  ...trendRangeZh,
  ...perCapitaZh,
};
type FirstKey = keyof typeof firstZh;
const firstEn: Record<FirstKey, string> = {
  ...coreEn,
  ...viewsEn,
  ...briefingEn,
  ...speedEn,
  ...publishedEn,
  ...overviewEn,
  ...trendRangeEn,
  ...perCapitaEn,
};

export type MessageKey =
  | FirstKey
  | keyof typeof uploadZh
  | keyof typeof uploadRulesZh
  | keyof typeof storeZh
  | keyof typeof reportZh;

/** A capability's dictionaries, Chinese and English, as laterMessages.ts registers them. */
export type Dictionaries = readonly [
  Partial<Record<MessageKey, string>>,
  Partial<Record<MessageKey, string>>,
];

/**
 * Every message by language. The later dictionaries are added by `registerMessages` when
 * laterMessages.ts is imported; until then their keys are absent (translate says so).
 */
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = {
  zh: { ...firstZh } as Record<MessageKey, string>,
  en: { ...firstEn } as Record<MessageKey, string>,
};

/** Adds dictionaries to MESSAGES (laterMessages.ts). */
export function registerMessages(...dictionaries: readonly Dictionaries[]): void {
  for (const [zh, en] of dictionaries) {
    Object.assign(MESSAGES.zh, zh);
    Object.assign(MESSAGES.en, en);
  }
}

/** Message with `{name}` placeholders filled. Values are plain text; React or ECharts escapes them. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const text = MESSAGES[lang][key] as string | undefined;
  // A module that names a later dictionary's key imports laterMessages.ts (a test checks it).
  if (text === undefined) throw new Error(`message "${key}" is not loaded: import i18n/laterMessages`);
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** The first load's dictionaries by capability, for the checks in messages.test.ts. */
export const FIRST_DICTIONARIES: Record<string, readonly [object, object]> = {
  core: [coreZh, coreEn],
  views: [viewsZh, viewsEn],
  briefing: [briefingZh, briefingEn],
  speed: [speedZh, speedEn],
  published: [publishedZh, publishedEn],
  overview: [overviewZh, overviewEn],
  trendRange: [trendRangeZh, trendRangeEn],
  perCapita: [perCapitaZh, perCapitaEn],
};
