import type { Lang } from './lang';
import { coreEn, coreZh } from './messages/core';
import { viewsEn, viewsZh } from './messages/views';
import { uploadEn, uploadZh } from './messages/upload';
import { uploadRulesEn, uploadRulesZh } from './messages/uploadRules';
import { briefingEn, briefingZh } from './messages/briefing';
import { speedEn, speedZh } from './messages/speed';
import { storeEn, storeZh } from './messages/store';
import { reportEn, reportZh } from './messages/report';
import { publishedEn, publishedZh } from './messages/published';
import { overviewEn, overviewZh } from './messages/overview';
import { trendRangeEn, trendRangeZh } from './messages/trendRange';
import { perCapitaEn, perCapitaZh } from './messages/perCapita';

// One dictionary per capability, merged here. Keys are checked at compile time in both languages.
const zh = {
  ...coreZh,
  ...viewsZh,
  ...uploadZh,
  ...uploadRulesZh,
  ...briefingZh,
  ...speedZh,
  ...storeZh,
  ...reportZh,
  ...publishedZh,
  ...overviewZh,
  ...trendRangeZh,
  ...perCapitaZh,
};
export type MessageKey = keyof typeof zh;
const en: Record<MessageKey, string> = {
  ...coreEn,
  ...viewsEn,
  ...uploadEn,
  ...uploadRulesEn,
  ...briefingEn,
  ...speedEn,
  ...storeEn,
  ...reportEn,
  ...publishedEn,
  ...overviewEn,
  ...trendRangeEn,
  ...perCapitaEn,
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Message with `{name}` placeholders filled. Values are plain text; React or ECharts escapes them. */
export function translate(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/**
 * Every capability's dictionaries, for the check that no two define the same key: the spreads above
 * would let a later one silently replace an earlier one's wording (a report-import heading once
 * replaced the profile's report line).
 */
export const CAPABILITY_DICTIONARIES: Record<string, readonly [object, object]> = {
  core: [coreZh, coreEn],
  views: [viewsZh, viewsEn],
  upload: [uploadZh, uploadEn],
  uploadRules: [uploadRulesZh, uploadRulesEn],
  briefing: [briefingZh, briefingEn],
  speed: [speedZh, speedEn],
  store: [storeZh, storeEn],
  report: [reportZh, reportEn],
  published: [publishedZh, publishedEn],
  overview: [overviewZh, overviewEn],
  trendRange: [trendRangeZh, trendRangeEn],
  perCapita: [perCapitaZh, perCapitaEn],
};
