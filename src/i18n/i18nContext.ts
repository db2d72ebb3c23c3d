import { createContext, useContext, useMemo } from 'react';
import type { Lang } from './lang';
import { translate, type MessageKey } from './messages';

export const LangContext = createContext<Lang>('zh');

export function useI18n() {
  const lang = useContext(LangContext);
  // One `t` per language, so memoized work that translates (the indicator list) is redone only when
  // the language changes, not on every render.
  const t = useMemo(
    () => (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
    [lang],
  );
  return { lang, t };
}
