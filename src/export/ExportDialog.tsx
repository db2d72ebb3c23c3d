import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18nContext';

interface Props {
  title: string;
  testId: string;
  onClose: () => void;
  wide?: boolean;
  children: ReactNode;
}

/**
 * A native modal dialog: centred wherever the card's buttons sit, focus kept inside, Esc closes,
 * the page behind inert. Shared by the image, share and embed panels.
 */
export function ExportDialog({ title, testId, onClose, wide = false, children }: Props) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `${testId}-title`;
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className={`export-dialog${wide ? ' export-dialog-wide' : ''}`}
      aria-labelledby={titleId}
      onClose={onClose}
      data-testid={testId}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <form method="dialog" className="export-close">
        <button type="submit" data-testid={`${testId}-close`}>
          {t('close')}
        </button>
      </form>
    </dialog>
  );
}
