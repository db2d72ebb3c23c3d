import type { Mapping } from './types';

/** The layout the roles imply: a year column makes it wide by years, an indicator column wide by indicators. */
export function layoutOf(mapping: Pick<Mapping, 'columns'>): Mapping['layout'] {
  if (mapping.columns.some((c) => c.role === 'year_column')) return 'wide_years';
  if (mapping.columns.some((c) => c.role === 'indicator_column')) return 'wide_indicators';
  return 'long';
}
