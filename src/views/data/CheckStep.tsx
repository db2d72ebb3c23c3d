import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import type { Catalog } from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import type { ImportOutcome, Mapping, NameDecisions } from '../../import/types';
import { MappingStep } from './MappingStep';
import { NameResolution } from './NameResolution';
import { ProblemList } from './ProblemList';

interface Props {
  outcome: ImportOutcome;
  name: string;
  catalog: Catalog;
  busy: boolean;
  onMapping: (mapping: Mapping) => void;
  onDecisions: (decisions: NameDecisions) => void;
}

/** What was read: the counts, then the importer's mapping, problems and name resolution. */
export function CheckStep({ outcome, name, catalog, busy, onMapping, onDecisions }: Props) {
  const { lang, t } = useI18n();
  // Chinese needs no plural forms; English says "1 data row", "2 data rows"
  const count = (n: number, one: string, many: string) =>
    lang === 'en' ? `${n} ${n === 1 ? one : many}` : String(n);
  return (
    <section className="data-card" aria-labelledby="check-title" data-testid="check-step">
      <h3 id="check-title">{t('storeCheckTitle')}</h3>
      <p data-testid="import-summary">
        {t('storeImportRead', {
          name,
          rows: count(outcome.rowCount, 'data row', 'data rows'),
          valid: count(outcome.columns.length, 'figure', 'figures'),
          rejected: count(outcome.rejectedRowCount, 'row', 'rows'),
        })}
      </p>
      <MappingStep
        outcome={outcome}
        indicators={catalog.indicators}
        jurisdictions={catalog.jurisdictions}
        busy={busy}
        onMapping={onMapping}
      />
      <ProblemList outcome={outcome} />
      <NameResolution outcome={outcome} catalog={catalog} busy={busy} onDecisions={onDecisions} />
    </section>
  );
}
