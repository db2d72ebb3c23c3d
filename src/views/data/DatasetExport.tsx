import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useState } from 'react';
import type { Connector } from '../../engine/connector';
import { datasetCsv } from '../../export/datasetCsv';
import { datasetParquet } from '../../export/datasetParquet';
import {
  datasetWorkbook,
  datasetWorkbookName,
  fetchDatasetTables,
  PackageCellTooLongError,
  XLSX_MIME,
} from '../../export/datasetWorkbook';
import { CSV_MIME } from '../../export/spreadsheetSafe';
import { useI18n } from '../../i18n/i18nContext';
import { datasetFileName, fetchDatasetRows } from '../../storage/datasetRows';
import { storageFailureText } from './storageFailureText';

function download(name: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads of the data in use, named with its data version. */
export function DatasetExport({ connector, dataVersion }: { connector: Connector; dataVersion: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (format: 'csv' | 'parquet' | 'package') => {
    setBusy(true);
    setError(null);
    try {
      if (format === 'package') {
        // observations with every catalog they need, one sheet per table (see src/data/datasetPackage)
        const bytes = await datasetWorkbook(await fetchDatasetTables(connector), {
          dataVersion,
          time: new Date().toISOString(),
        });
        download(datasetWorkbookName(dataVersion), new Blob([bytes as BlobPart], { type: XLSX_MIME }));
        return;
      }
      const rows = await fetchDatasetRows(connector);
      const blob =
        format === 'csv'
          ? new Blob([datasetCsv(rows)], { type: CSV_MIME })
          : new Blob([datasetParquet(rows)], { type: 'application/vnd.apache.parquet' });
      download(datasetFileName(dataVersion, format), blob);
    } catch (e) {
      setError(
        e instanceof PackageCellTooLongError
          ? t('packageCellTooLong', { table: e.table, row: e.row, column: e.column, length: e.length })
          : storageFailureText(e, t),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="data-card" aria-labelledby="export-title">
      <h3 id="export-title">{t('storeExportTitle')}</h3>
      <p className="hint">{t('storeExportVersion', { version: dataVersion })}</p>
      <div className="step-actions">
        <button type="button" disabled={busy} data-testid="export-csv" onClick={() => void save('csv')}>
          {t('storeExportCsv')}
        </button>
        <button
          type="button"
          disabled={busy}
          data-testid="export-parquet"
          onClick={() => void save('parquet')}
        >
          {t('storeExportParquet')}
        </button>
        <button
          type="button"
          disabled={busy}
          data-testid="export-package"
          onClick={() => void save('package')}
        >
          {t('exportDatasetSelf')}
        </button>
        {busy && <span role="status">{t('storeExportPreparing')}</span>}
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
