import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18nContext';
import type { MessageKey } from '../i18n/messages';
import { VIEW_REGISTRY } from '../views/registry';
import type { ViewId } from './urlState';

const TABS: { id: ViewId; label: MessageKey }[] = [
  ...VIEW_REGISTRY.map(({ id, label }) => ({ id, label })),
  { id: 'data', label: 'tabData' },
];

export const tabId = (view: ViewId) => `tab-${view}`;
export const panelId = (view: ViewId) => `panel-${view}`;

/** A WAI-ARIA tablist: one tab stop, arrow keys / Home / End move between tabs and select them. */
export function ViewTabs({ view, onSelect }: { view: ViewId; onSelect: (view: ViewId) => void }) {
  const { t } = useI18n();
  const refs = useRef(new Map<ViewId, HTMLButtonElement>());

  const onKeyDown = (e: KeyboardEvent) => {
    const i = TABS.findIndex((tab) => tab.id === view);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + TABS.length) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    const target = TABS[next]!.id;
    onSelect(target);
    refs.current.get(target)?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={t('viewsLabel')} onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab.id}
          ref={(el) => {
            if (el) refs.current.set(tab.id, el);
            else refs.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          aria-selected={tab.id === view}
          aria-controls={tab.id === view ? panelId(tab.id) : undefined}
          tabIndex={tab.id === view ? 0 : -1}
          data-testid={`tab-${tab.id}`}
          onClick={() => onSelect(tab.id)}
        >
          {t(tab.label)}
        </button>
      ))}
    </div>
  );
}
