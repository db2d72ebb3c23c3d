import type { Indicator } from '../../data/schema';
import { formatValue } from '../../i18n/formatValue';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import type { ProfileRow } from './profileQuery';
import { jurisdictionName, scopeOf, type JurisdictionMap } from '../../charts/names';

export interface ProfileTextInput {
  jurisdictionId: string;
  rows: readonly ProfileRow[];
  jurisdictions: JurisdictionMap;
  indicators: ReadonlyMap<string, Indicator>;
  lang: Lang;
}

/** Each indicator's latest row: what the profile's headline speaks of. */
export function latestPerIndicator(rows: readonly ProfileRow[]): ProfileRow[] {
  const latest = new Map<string, ProfileRow>();
  for (const r of rows) {
    const seen = latest.get(r.indicator_id);
    if (!seen || r.year > seen.year) latest.set(r.indicator_id, r);
  }
  return [...latest.values()];
}

const EXAMPLES = 3;

/**
 * The profile in words, e.g. "嘉兴（地级市政协常委会）：2022年共有67项指标数据；其中19项有其他地区同报，
 * 居首11项，如立案提案369件（共3个地区）……"
 */
export function profileSummary(input: ProfileTextInput): string {
  const { lang, jurisdictions, indicators } = input;
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const scope = scopeOf(input.jurisdictionId, jurisdictions, lang);
  const who =
    jurisdictionName(input.jurisdictionId, jurisdictions, lang) +
    (scope ? t('inParens', { text: scope }) : '');
  if (input.rows.length === 0) return t('profileNone', { name: who });

  const years = [...new Set(input.rows.map((r) => r.year))].sort((a, b) => a - b);
  const latest = latestPerIndicator(input.rows);
  const shared = latest.filter((r) => r.peers > 1);
  const firsts = shared.filter((r) => r.rank === 1).sort((a, b) => b.peers - a.peers);
  const lead = latest.length === 1 ? 'profileLeadOne' : 'profileLead';
  let text = t(lead, { name: who, years: years.join(t('listSep')), n: latest.length });
  if (shared.length === 0) return text + t('partSep') + t('profileNoPeers') + t('end');
  text +=
    t('partSep') +
    t(firsts.length === 0 ? 'profileSharedNoFirst' : 'profileShared', { k: shared.length, m: firsts.length });
  const examples = firsts.slice(0, EXAMPLES).map((r) => {
    const ind = indicators.get(r.indicator_id);
    const label = ind ? localized(ind, 'name', lang) : r.indicator_id;
    const unit = ind ? localized(ind, 'unit', lang) : '';
    return t('profileExample', {
      indicator: label,
      value: formatValue(r.value, r.qualifier, unit, lang),
      peers: r.peers,
    });
  });
  if (examples.length > 0) text += t('profileExamples', { list: examples.join(t('listSep')) });
  return text + t('end');
}
