import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useI18n } from '../../i18n/i18nContext';
import type { ImportProgress } from '../../import/types';

const PHASE = {
  decode: 'storeImportPhaseDecode',
  parse: 'storeImportPhaseParse',
  validate: 'storeImportPhaseValidate',
  done: 'storeImportPhaseDone',
} as const;

/** Progress of the import running in its worker, with a way out. */
export function ImportProgressBar({
  name,
  progress,
  onCancel,
}: {
  name: string;
  progress: ImportProgress;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const percent = Math.round(progress.fraction * 100);
  const label = t('storeImportReading', { name });
  return (
    <div className="import-progress" data-testid="import-progress">
      <div className="import-progress-label">
        <span>{label}</span>
        <span>
          {t(PHASE[progress.phase])} · {percent}%
        </span>
      </div>
      <progress max={100} value={percent} aria-label={label} />
      <button type="button" onClick={onCancel} data-testid="import-cancel">
        {t('storeImportCancel')}
      </button>
    </div>
  );
}
