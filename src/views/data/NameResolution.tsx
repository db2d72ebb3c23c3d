import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useState } from 'react';
import {
  BETTER,
  BODIES,
  LEVELS,
  type Better,
  type Body,
  type Catalog,
  type Indicator,
  type Jurisdiction,
  type Level,
} from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import type { MessageKey } from '../../i18n/messages';
import { suggestId } from '../../data/catalogIds';
import { newNameErrors, type NewNameError } from '../../import/newNames';
import type { ImportOutcome, NameDecisions, UnknownName } from '../../import/types';
import '../../import/importSteps.css';

interface Props {
  outcome: ImportOutcome;
  catalog: Catalog;
  busy: boolean;
  /** Re-run the import with these decisions (the outcome's own decisions plus the new ones). */
  onDecisions: (decisions: NameDecisions) => void;
}

type Kind = 'jurisdiction' | 'indicator';

/** One unknown name's choice: nothing yet, an existing id, or a new entry being filled in. */
type Choice =
  { action: 'none' } | { action: 'map'; id: string } | { action: 'add'; fields: Record<string, string> };

const LEVEL_LABEL: Record<Level, MessageKey> = {
  prefecture_city: 'levelPrefecture',
  county_city: 'levelCounty',
  district: 'levelDistrict',
};
const BODY_LABEL: Record<Body, MessageKey> = {
  cppcc_committee: 'bodyCppcc',
  cppcc_standing_committee: 'bodyStanding',
  party_committee: 'bodyParty',
};
const BETTER_LABEL: Record<Better, MessageKey> = {
  higher: 'uploadBetterHigher',
  lower: 'uploadBetterLower',
  none: 'uploadBetterNone',
};
const FIELD_LABEL: Record<string, MessageKey> = {
  id: 'uploadFieldId',
  name_zh: 'uploadFieldNameZh',
  name_en: 'uploadFieldNameEn',
  province_zh: 'uploadFieldProvinceZh',
  province_en: 'uploadFieldProvinceEn',
  unit_zh: 'uploadFieldUnitZh',
  unit_en: 'uploadFieldUnitEn',
};

const BODY_SUFFIX: Record<Body, { zh: string; en: string }> = {
  cppcc_committee: { zh: '政协', en: 'CPPCC' },
  cppcc_standing_committee: { zh: '政协常委会', en: 'CPPCC Standing Committee' },
  party_committee: { zh: '', en: '' },
};

function newJurisdiction(f: Record<string, string>, written: string): Jurisdiction {
  const body = (f.body ?? 'cppcc_committee') as Body;
  const zh = f.name_zh!.trim();
  const en = f.name_en!.trim();
  return {
    id: f.id!.trim(),
    name_zh: zh,
    name_en: en,
    aliases: written !== zh ? written : null,
    level: (f.level ?? 'prefecture_city') as Level,
    body,
    body_name_zh: `${zh}${BODY_SUFFIX[body].zh}`,
    body_name_en: BODY_SUFFIX[body].en ? `${en} ${BODY_SUFFIX[body].en}` : en,
    province_zh: (f.province_zh ?? '').trim(),
    province_en: (f.province_en ?? '').trim(),
    parent_zh: null,
    parent_en: null,
  };
}

function newIndicator(f: Record<string, string>): Indicator {
  const zh = f.name_zh!.trim();
  const en = f.name_en!.trim();
  return {
    id: f.id!.trim(),
    name_zh: zh,
    name_en: en,
    unit_zh: (f.unit_zh ?? '').trim(),
    unit_en: (f.unit_en ?? '').trim(),
    category: f.category ?? '',
    definition_zh: zh,
    definition_en: en,
    // Not assessed: an analyst's new indicator is read as comparable until the catalog says otherwise.
    comparable: null,
    sort_order: null,
    better: (f.better ?? 'higher') as Better,
    comparability_zh: null,
    comparability_en: null,
    numerator_id: null,
    denominator_id: null,
  };
}

function defaultFields(kind: Kind, u: UnknownName, catalog: Catalog): Record<string, string> {
  if (kind === 'jurisdiction') {
    const first = catalog.jurisdictions[0];
    return {
      id: '',
      name_zh: u.name,
      name_en: '',
      level: 'prefecture_city',
      body: 'cppcc_committee',
      province_zh: first?.province_zh ?? '',
      province_en: first?.province_en ?? '',
    };
  }
  return {
    id: '',
    name_zh: u.name,
    name_en: '',
    unit_zh: '',
    unit_en: '',
    category: catalog.categories[0]?.id ?? '',
    better: 'higher',
  };
}

/**
 * Names the catalog does not know: pick an existing entry (closest first) or add a new one with its
 * Chinese and English names; "Apply" re-runs the import with every decision so far.
 */
export function NameResolution({ outcome, catalog, busy, onDecisions }: Props) {
  const { lang, t } = useI18n();
  const [choices, setChoices] = useState<Map<string, Choice>>(() => new Map());
  const [base, setBase] = useState(outcome);
  if (base !== outcome) {
    setBase(outcome);
    setChoices(new Map());
  }
  const unknowns = [
    ...outcome.unknownJurisdictions.map((u) => ({ kind: 'jurisdiction' as const, u })),
    ...outcome.unknownIndicators.map((u) => ({ kind: 'indicator' as const, u })),
  ];
  if (unknowns.length === 0) return null;

  const keyOf = (kind: Kind, name: string) => `${kind}:${name}`;
  const choiceOf = (kind: Kind, name: string): Choice => choices.get(keyOf(kind, name)) ?? { action: 'none' };
  const setChoice = (kind: Kind, name: string, c: Choice) =>
    setChoices((m) => new Map(m).set(keyOf(kind, name), c));
  const setField = (kind: Kind, u: UnknownName, field: string, value: string) => {
    const c = choiceOf(kind, u.name);
    if (c.action !== 'add') return;
    const fields = { ...c.fields, [field]: value };
    // the id follows the English name until the analyst edits it
    if (field === 'name_en' && (c.fields.id === '' || c.fields.id === suggestId(c.fields.name_en ?? '')))
      fields.id = suggestId(value);
    setChoice(kind, u.name, { action: 'add', fields });
  };

  // Every id in use, plus the ids of the other new entries, to catch duplicates before applying.
  const takenIds = (kind: Kind, except: string): Set<string> => {
    const ids = new Set<string>(
      kind === 'jurisdiction' ? catalog.jurisdictions.map((j) => j.id) : catalog.indicators.map((i) => i.id),
    );
    for (const n of kind === 'jurisdiction' ? outcome.newJurisdictions : outcome.newIndicators) ids.add(n.id);
    for (const [k, c] of choices)
      if (c.action === 'add' && k.startsWith(`${kind}:`) && k !== keyOf(kind, except))
        ids.add(c.fields.id ?? '');
    return ids;
  };
  const errorsOf = (kind: Kind, u: UnknownName): NewNameError[] => {
    const c = choiceOf(kind, u.name);
    if (c.action !== 'add') return [];
    const required =
      kind === 'jurisdiction' ? ['name_zh', 'name_en'] : ['name_zh', 'name_en', 'unit_zh', 'unit_en'];
    return newNameErrors(c.fields, required, takenIds(kind, u.name), kind);
  };
  const anyErrors = unknowns.some(({ kind, u }) => errorsOf(kind, u).length > 0);
  const decided = unknowns.filter(({ kind, u }) => choiceOf(kind, u.name).action !== 'none');
  const pending = unknowns.length - decided.length;

  const apply = () => {
    const redecided = new Set(decided.map(({ kind, u }) => keyOf(kind, u.name)));
    const js = outcome.decisions.jurisdictions.filter((d) => !redecided.has(keyOf('jurisdiction', d.name)));
    const is = outcome.decisions.indicators.filter((d) => !redecided.has(keyOf('indicator', d.name)));
    for (const { kind, u } of decided) {
      const c = choiceOf(kind, u.name);
      if (c.action === 'none') continue;
      if (kind === 'jurisdiction')
        js.push(
          c.action === 'map'
            ? { name: u.name, action: 'map', id: c.id }
            : { name: u.name, action: 'add', jurisdiction: newJurisdiction(c.fields, u.name) },
        );
      else
        is.push(
          c.action === 'map'
            ? { name: u.name, action: 'map', id: c.id }
            : { name: u.name, action: 'add', indicator: newIndicator(c.fields) },
        );
    }
    onDecisions({ jurisdictions: js, indicators: is });
  };

  const entries = (kind: Kind) =>
    (kind === 'jurisdiction'
      ? catalog.jurisdictions.map((j) => ({ id: j.id, label: localized(j, 'name', lang) }))
      : catalog.indicators
          .filter((i) => !i.numerator_id)
          .map((i) => ({ id: i.id, label: `${localized(i, 'name', lang)} · ${localized(i, 'unit', lang)}` }))
    ).sort((a, b) => a.label.localeCompare(b.label, lang === 'zh' ? 'zh-CN' : 'en'));

  const renderItem = (kind: Kind, u: UnknownName, index: number) => {
    const c = choiceOf(kind, u.name);
    const value = c.action === 'map' ? `map:${c.id}` : c.action === 'add' ? 'add' : '';
    const rows = u.rows.slice(0, 8).join(t('listSep'));
    const errors = errorsOf(kind, u);
    const testId = `name-${kind}-${index}`;
    const fieldInput = (field: string) =>
      c.action === 'add' && (
        <label key={field}>
          {t(FIELD_LABEL[field]!)}
          <input
            value={c.fields[field] ?? ''}
            disabled={busy}
            onChange={(e) => setField(kind, u, field, e.target.value)}
            data-testid={`${testId}-${field}`}
          />
        </label>
      );
    const fieldSelect = (
      field: string,
      options: readonly string[],
      label: (o: string) => string,
      title: MessageKey,
    ) =>
      c.action === 'add' && (
        <label key={field}>
          {t(title)}
          <select
            value={c.fields[field] ?? ''}
            disabled={busy}
            onChange={(e) => setField(kind, u, field, e.target.value)}
            data-testid={`${testId}-${field}`}
          >
            {options.map((o) => (
              <option key={o} value={o}>
                {label(o)}
              </option>
            ))}
          </select>
        </label>
      );
    return (
      <li key={u.name} className="name-item" data-testid={testId}>
        <div>
          <span className="name-written">“{u.name}”</span>{' '}
          <span className="hint">
            {t(u.count === 1 ? 'uploadNamesRow' : 'uploadNamesRows', { rows })}
            {u.count > 8 ? ` ${t('uploadNamesRowsMore', { count: u.count })}` : ''}
          </span>
        </div>
        <select
          aria-label={`“${u.name}”`}
          value={value}
          disabled={busy}
          data-testid={`${testId}-choice`}
          onChange={(e) => {
            const v = e.target.value;
            if (v === '') setChoice(kind, u.name, { action: 'none' });
            else if (v === 'add')
              setChoice(kind, u.name, { action: 'add', fields: defaultFields(kind, u, catalog) });
            else setChoice(kind, u.name, { action: 'map', id: v.slice(4) });
          }}
        >
          <option value="">{t('uploadNamesChoose')}</option>
          {u.suggestions.length > 0 && (
            <optgroup label={t('uploadNamesSuggested')}>
              {u.suggestions.map((s) => (
                <option key={s.id} value={`map:${s.id}`}>
                  {lang === 'zh' ? s.label : s.labelEn}（
                  {t('uploadNamesScore', { score: Math.round(s.score * 100) })}）
                </option>
              ))}
            </optgroup>
          )}
          <option value="add">
            {t(kind === 'jurisdiction' ? 'uploadNamesAddJurisdiction' : 'uploadNamesAddIndicator')}
          </option>
          <optgroup label={t('uploadNamesAll')}>
            {entries(kind).map((e) => (
              <option key={e.id} value={`map:${e.id}`}>
                {e.label}
              </option>
            ))}
          </optgroup>
        </select>
        {c.action === 'add' && (
          <div className="name-form">
            {fieldInput('name_zh')}
            {fieldInput('name_en')}
            {fieldInput('id')}
            {kind === 'jurisdiction' ? (
              <>
                {fieldSelect('level', LEVELS, (o) => t(LEVEL_LABEL[o as Level]), 'uploadFieldLevel')}
                {fieldSelect('body', BODIES, (o) => t(BODY_LABEL[o as Body]), 'uploadFieldBody')}
                {fieldInput('province_zh')}
                {fieldInput('province_en')}
              </>
            ) : (
              <>
                {fieldInput('unit_zh')}
                {fieldInput('unit_en')}
                {fieldSelect(
                  'category',
                  catalog.categories.map((x) => x.id),
                  (o) => {
                    const cat = catalog.categories.find((x) => x.id === o);
                    return cat ? localized(cat, 'name', lang) : o;
                  },
                  'uploadFieldCategory',
                )}
                {fieldSelect('better', BETTER, (o) => t(BETTER_LABEL[o as Better]), 'uploadFieldBetter')}
              </>
            )}
          </div>
        )}
        {errors.map((e) => (
          <p key={e.key + (e.field ?? '')} className="field-error" role="alert">
            {t(e.key, { field: e.field ? t(FIELD_LABEL[e.field]!) : '', id: e.id ?? '' })}
          </p>
        ))}
      </li>
    );
  };

  const js = unknowns.filter((x) => x.kind === 'jurisdiction');
  const is = unknowns.filter((x) => x.kind === 'indicator');
  return (
    <div className="import-step name-step" data-testid="name-resolution">
      <h4>{t('uploadNamesTitle')}</h4>
      <p className="hint">{t('uploadNamesIntro')}</p>
      {js.length > 0 && (
        <>
          <h5>{t('uploadNamesJurisdictions', { count: js.length })}</h5>
          <ul className="name-list">{js.map(({ u }, i) => renderItem('jurisdiction', u, i))}</ul>
        </>
      )}
      {is.length > 0 && (
        <>
          <h5>{t('uploadNamesIndicators', { count: is.length })}</h5>
          <ul className="name-list">{is.map(({ u }, i) => renderItem('indicator', u, i))}</ul>
        </>
      )}
      <div className="step-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || decided.length === 0 || anyErrors}
          onClick={apply}
          data-testid="names-apply"
        >
          {t('uploadNamesApply')}
        </button>
        {pending > 0 && <span className="hint">{t('uploadNamesPending', { count: pending })}</span>}
      </div>
    </div>
  );
}
