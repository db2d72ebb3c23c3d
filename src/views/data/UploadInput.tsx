import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useId, useRef, useState, type DragEvent } from 'react';
import { useI18n } from '../../i18n/i18nContext';
import type { ImportSource } from '../../import/types';

export const ACCEPTED_FILES =
  '.csv,.tsv,.txt,.parquet,.xlsx,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,text/csv,text/tab-separated-values,text/plain';

interface Props {
  disabled: boolean;
  onSource: (source: ImportSource) => void;
  /** Reading the file's bytes failed (too large for memory, unreadable). */
  onReadError: (name: string, error: unknown) => void;
}

/** A drop zone with a file picker, and a box for cells pasted from a spreadsheet. */
export function UploadInput({ disabled, onSource, onReadError }: Props) {
  const { t } = useI18n();
  const inputId = useId();
  const pasteId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');

  const readFile = async (file: File) => {
    try {
      onSource({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch (e) {
      onReadError(file.name, e);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) void readFile(file);
  };

  return (
    <div className="upload-input">
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <span className="drop-zone-text">{t('storeUploadDrop')}</span>
        <span className="drop-zone-or">{t('storeUploadOr')}</span>
        <input
          ref={input}
          id={inputId}
          className="file-input"
          type="file"
          accept={ACCEPTED_FILES}
          disabled={disabled}
          data-testid="file-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so choosing the same file again (after fixing it) reads it again.
            e.target.value = '';
            if (file) void readFile(file);
          }}
        />
        <label htmlFor={inputId} className="button-like">
          {t('storeUploadPick')}
        </label>
        <p className="drop-zone-formats">{t('storeUploadFormats')}</p>
      </div>
      <div className="paste-box">
        <label htmlFor={pasteId}>{t('storePasteLabel')}</label>
        <textarea
          id={pasteId}
          rows={4}
          value={pasted}
          disabled={disabled}
          data-testid="paste-input"
          spellCheck={false}
          onChange={(e) => setPasted(e.target.value)}
        />
        <button
          type="button"
          disabled={disabled || pasted.trim() === ''}
          data-testid="paste-submit"
          onClick={() => onSource({ kind: 'paste', text: pasted })}
        >
          {t('storePasteSubmit')}
        </button>
      </div>
    </div>
  );
}
