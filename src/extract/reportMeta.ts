import type { Jurisdiction } from '../data/schema';
import { BODY_RULES, LOOKING_BACK_WORDS, NOT_PLACE, YEAR_RULES } from './rules';
import type { DetectedBody, DetectedYear } from './types';

/** How much of the text's beginning names the report, its body and its year. */
const OPENING = 1200;

const PAGE_FURNITURE = /^(查看原文|其他|点击上方|正在加载|加入收藏|来源|\(来源|文章来源|高报网)/u;

/** The first substantial line that reads like a title. */
export function detectTitle(text: string): string {
  const lines = text
    .slice(0, OPENING * 2)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !PAGE_FURNITURE.test(l));
  const titled = lines.find(
    (l) => /(工作报告|工作综述|工作回顾|工作总结|履职答卷|年度报告|回望|回眸)/u.test(l) && l.length <= 60,
  );
  return (titled ?? lines.find((l) => l.length >= 4 && l.length <= 60) ?? '').replace(/\s+/gu, ' ');
}

export function detectYear(text: string): DetectedYear {
  const opening = text.slice(0, OPENING * 2);
  let best: { year: number; rule: string; weight: number; evidence: string } | null = null;
  for (const rule of YEAR_RULES) {
    const m = rule.pattern.exec(opening);
    if (!m) continue;
    const year = Number(m[1]) + rule.offset;
    if (year < 1949 || year > 2100) continue;
    // a date stands for the year before it only when the report says it looks back on a year
    if (rule.offset !== 0 && !LOOKING_BACK_WORDS.some((w) => text.includes(w))) continue;
    if (!best || rule.weight > best.weight)
      best = { year, rule: rule.name, weight: rule.weight, evidence: m[0].trim() };
  }
  return best
    ? { year: best.year, rule: best.rule, evidence: best.evidence }
    : { year: null, rule: null, evidence: null };
}

const stripLevel = (place: string) => place.replace(/[省市县区]$/u, '');

function matchJurisdiction(
  jurisdictions: readonly Jurisdiction[],
  place: string,
  body: DetectedBody['body'],
  fullName: string,
): string | null {
  const bare = stripLevel(place);
  if (bare.length < 2) return null; // 州 alone names nothing
  const names = (j: Jurisdiction) => [j.name_zh, ...(j.aliases ?? '').split('|')].filter((n) => n !== '');
  const samePlace = jurisdictions.filter(
    (j) =>
      j.body_name_zh.includes(fullName) ||
      names(j).some((n) => stripLevel(n) === bare) ||
      j.body_name_zh.includes(bare),
  );
  // a democratic party's committee is not the city's CPPCC, and the other way round
  const sameKind = samePlace.filter((j) => (body === 'party_committee') === (j.body === 'party_committee'));
  return sameKind[0]?.id ?? null;
}

/** Shorter and shorter endings of a captured place ("年度吴兴区" → "度吴兴区" → "吴兴区" → "兴区"). */
function placeEndings(place: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= place.length; i++) {
    const p = place.slice(i);
    if (!NOT_PLACE.test(p)) out.push(p);
  }
  return out;
}

/** Body and place from the title and opening lines; falls back to the catalog place named most often. */
export function detectBody(text: string, jurisdictions: readonly Jurisdiction[]): DetectedBody {
  const opening = text.slice(0, OPENING);
  let firstNew: DetectedBody | null = null;
  for (const rule of BODY_RULES) {
    for (const m of opening.matchAll(new RegExp(rule.pattern.source, 'gu'))) {
      for (const place of placeEndings(m[rule.place] ?? '')) {
        const jurisdictionId = matchJurisdiction(jurisdictions, place, rule.body, m[0]);
        if (jurisdictionId) return { body: rule.body, place, jurisdictionId, rule: rule.name };
        firstNew ??= { body: rule.body, place, jurisdictionId: null, rule: rule.name };
      }
    }
  }
  // "市政协…在贺州召开": the body is named without its place; take the catalog place named most often
  let best: { id: string; count: number; name: string } | null = null;
  for (const j of jurisdictions) {
    if (j.body === 'party_committee') continue;
    const name = stripLevel(j.name_zh);
    const count = name.length >= 2 ? opening.split(name).length - 1 : 0;
    if (count > 0 && (!best || count > best.count)) best = { id: j.id, count, name: j.name_zh };
  }
  if (best) {
    return {
      body: firstNew?.body ?? 'cppcc_committee',
      place: best.name,
      jurisdictionId: best.id,
      rule: 'most-named-place',
    };
  }
  return (
    firstNew ?? {
      body: /政协/u.test(opening) ? 'cppcc_committee' : null,
      place: null,
      jurisdictionId: null,
      rule: null,
    }
  );
}
