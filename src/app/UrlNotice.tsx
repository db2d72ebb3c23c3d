import { useI18n } from '../i18n/i18nContext';
import type { UrlProblem } from './urlState';

/** Says which link parameter was not understood; the page falls back to a valid default beside it. */
export function UrlNotice({ problems }: { problems: readonly UrlProblem[] }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <div className="url-notice" role="status" data-testid="url-notice">
      {problems.map((p) => (
        <p key={`${p.param}=${p.value}`}>
          {t(p.reason === 'unknown' ? 'urlUnknown' : 'urlMalformed', { param: p.param, value: p.value })}
        </p>
      ))}
    </div>
  );
}
