import { createContext, useContext } from 'react';
import type { Lang } from './lang';
import { translate, type MessageKey } from './messages';

export const LangContext = createContext<Lang>('zh');

export function useI18n() {
  const lang = useContext(LangContext);
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
  return { lang, t };
}
