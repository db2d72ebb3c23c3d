import type { ReactNode } from 'react';
import type { Catalog } from '../data/schema';
import { useEngine } from '../engine/engineContext';
import { useI18n } from '../i18n/i18nContext';
import { useCatalog } from '../queries/catalog';
import { EmbedLoading, EmbedMessage } from './EmbedMessage';

/** Waits for this browser's catalog (or says the engine failed) before an embed looks at its pin. */
export function EmbedWithCatalog({ back, children }: { back: string; children: (c: Catalog) => ReactNode }) {
  const { t } = useI18n();
  const engine = useEngine();
  const catalog = useCatalog();
  if (engine.status === 'failed') return <EmbedMessage text={t('engineFailed')} back={back} />;
  if (catalog.data) return children(catalog.data);
  return <EmbedLoading />;
}
