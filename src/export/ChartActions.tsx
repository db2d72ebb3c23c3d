import { useEffect, useMemo, useRef, useState } from 'react';
import { useEngine } from '../engine/engineContext';
import { useI18n } from '../i18n/i18nContext';
import type { ChartExportInfo } from '../views/chartActions';
import { useCatalog } from '../queries/catalog';
import { assembleChartExport } from './assembleChartExport';
import { dataDateOf } from './dataDate';
import { useSiteBaseData } from '../published/publishedSite';
import type { ChartExport, ExportStamp } from './chartExport';
import { todayIso } from './chartExport';
import { BriefingPackDialog } from './BriefingPackDialog';
import { briefingPack, usePackItems } from './briefingPack';
import { EmbedDialog } from './EmbedDialog';
import { ImagePanel } from './ImagePanel';
import { sourceLine, versionLine } from './imageParts';
import { loadExportActions } from './loadExportActions';
import { shareLink } from './shareLink';
import { SharePanel } from './SharePanel';
import './chartActions.css';
import './print.css';

type Panel = 'image' | 'share' | 'embed' | 'pack' | null;

/** Export, share, embed and print buttons for one chart card. */
export function ChartActions({ info }: { info: ChartExportInfo }) {
  const data = info.model.export;
  const { lang, t } = useI18n();
  const engine = useEngine();
  const [panel, setPanel] = useState<Panel>(null);
  const [status, setStatus] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const ready = engine.status === 'ready';
  const dataVersion = ready ? engine.dataVersion : '';
  const usesUploads = ready && engine.dataset.state.versionId !== null;
  const versionId = ready ? engine.dataset.state.versionId : null;
  const catalog = useCatalog();
  const [versions, setVersions] = useState<readonly { id: string; time: string }[]>([]);
  useEffect(() => {
    let live = true;
    if (ready && versionId !== null) {
      void engine.dataset.store.list().then(
        (list) => live && setVersions(list),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, versionId]);
  const base = useSiteBaseData();
  const published = versionId === null && base?.kind === 'published' ? base.version : null;
  const origin = versionId !== null ? 'draft' : published ? 'published' : 'bundled';
  // A published version is dated by its publication, not by the reports behind the bundled files.
  const dataDate = published
    ? published.createdAt.slice(0, 10)
    : dataDateOf(versionId, versions, catalog.data?.sources ?? []);
  const stamp: ExportStamp = useMemo(
    () => ({ dataVersion, date: todayIso(), dataDate, origin }),
    [dataVersion, dataDate, origin],
  );

  // Built from the model the card shows, never read back from the live chart.
  const chart = (): ChartExport | null => assembleChartExport(info.model, lang);
  const packItems = usePackItems();
  // packItems is read so the label follows the pack.
  const inPack =
    packItems.length > 0 &&
    briefingPack.has({ view: info.id, title: info.title, subtitle: info.subtitle, lang });
  const addToPack = () => {
    const c = chart();
    if (!c) return setStatus(t('chartNotReady'));
    briefingPack.add(c);
  };
  const contentKey = `${lang}|${info.title}|${info.subtitle}|${info.summary}|${dataVersion}`;
  const toggle = (p: Panel) => {
    if (p === 'image') void loadExportActions();
    setStatus(null);
    setPanel(p);
  };
  // Print this card's chart alone: the page is marked for print.css until the print dialog closes.
  const printChart = () => {
    const card = root.current?.closest('.chart-card');
    if (!card) return window.print();
    const html = document.documentElement;
    const done = () => {
      card.classList.remove('print-target');
      html.classList.remove('print-one');
      window.removeEventListener('afterprint', done);
    };
    card.classList.add('print-target');
    html.classList.add('print-one');
    window.addEventListener('afterprint', done);
    window.print();
  };
  const csv = async () => {
    const c = chart();
    if (!c) return setStatus(t('chartNotReady'));
    setStatus(t('downloaded', { file: (await loadExportActions()).downloadCsv(c) }));
  };

  const button = (
    id: string,
    label: string,
    onClick: () => void,
    extra: { title?: string; expanded?: boolean; pressed?: boolean } = {},
  ) => (
    <button
      type="button"
      className="export-action"
      onClick={onClick}
      disabled={!ready}
      title={extra.title}
      aria-expanded={extra.expanded}
      aria-pressed={extra.pressed}
      data-testid={`${info.id}-${id}`}
    >
      {label}
    </button>
  );

  return (
    <div className="export-root" ref={root}>
      <div className="export-actions" role="group" aria-label={t('actionsLabel')}>
        {button('export-image', t('actionImage'), () => toggle('image'), {
          title: t('actionImageHelp'),
          expanded: panel === 'image',
        })}
        {button('export-csv', t('actionData'), () => void csv(), { title: t('actionDataHelp') })}
        {button('share', t('actionShare'), () => toggle('share'), { expanded: panel === 'share' })}
        {button('embed', t('actionEmbed'), () => toggle('embed'))}
        {button('print', t('actionPrint'), () => window.print())}
        {button('print-chart', t('printChart'), printChart)}
        {button('pack-add', inPack ? t('packAdded') : t('packAdd'), addToPack, { pressed: inPack })}
        {packItems.length > 0 &&
          button('pack-open', t('packOpen', { n: packItems.length }), () => toggle('pack'), {
            expanded: panel === 'pack',
          })}
      </div>
      {status && (
        <p className="export-status export-ok" role="status" data-testid={`${info.id}-export-status`}>
          {status}
        </p>
      )}
      {panel === 'image' && ready && (
        <ImagePanel chart={chart} stamp={stamp} contentKey={contentKey} onClose={() => setPanel(null)} />
      )}
      {panel === 'pack' && ready && <BriefingPackDialog stamp={stamp} onClose={() => setPanel(null)} />}
      {panel === 'share' && (
        <SharePanel url={shareLink(window.location.href, data.pin)} onClose={() => setPanel(null)} />
      )}
      {panel === 'embed' && ready && (
        <EmbedDialog
          chart={chart}
          pinned={data.pin ?? null}
          stamp={stamp}
          usesUploads={usesUploads}
          onClose={() => setPanel(null)}
        />
      )}
      <div className="print-only print-source" aria-hidden="true">
        <p>{sourceLine({ sources: data.sources, lang })}</p>
        {ready && <p>{versionLine(lang, stamp)}</p>}
      </div>
    </div>
  );
}
