import Papa from 'papaparse';
import type { Jurisdiction, Observation } from '../../src/data/schema';
import { readBundledTexts } from '../../src/data/bundledFilesNode';

/** The bundled CSVs parsed in the test process, so end-to-end tests check the page against the files. */
export function bundledRows() {
  const texts = readBundledTexts();
  const parse = <T>(text: string) =>
    Papa.parse<T>(text, { header: true, skipEmptyLines: true, dynamicTyping: false }).data;
  return {
    observations: parse<Record<keyof Observation, string>>(texts.observations).map((o) => ({
      ...o,
      year: Number(o.year),
      value: Number(o.value),
    })),
    jurisdictions: parse<Jurisdiction>(texts.jurisdictions),
  };
}
