import { formatNumber } from '../../i18n/formatValue';

/** 12.3 MB: binary units, one decimal, the language's digits grouping. */
export function formatBytes(bytes: number, lang: 'zh' | 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatNumber(value, lang)} ${units[unit]}`;
}
