import { CatalogSelect } from '../../app/controls/CatalogSelect';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import type { ViewPanelProps } from '../viewPanel';
import { ProfileView } from './ProfileView';

export function ProfilePanel({ catalog, selection, actions }: ViewPanelProps) {
  const { lang, t } = useI18n();
  return (
    <>
      <div className="controls">
        <CatalogSelect
          label={t('profileJurisdiction')}
          value={selection.jurisdiction ?? ''}
          testId="profile-select"
          options={catalog.jurisdictions.map((j) => ({ value: j.id, label: localized(j, 'name', lang) }))}
          onChange={(jurisdiction) => actions.update({ jurisdiction })}
        />
      </div>
      {selection.jurisdiction && <ProfileView catalog={catalog} jurisdictionId={selection.jurisdiction} />}
    </>
  );
}
