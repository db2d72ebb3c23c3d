// The extractor's contract: report text in, candidate figures with their quotes and suggestions out.
import type { Body, Indicator, Jurisdiction, Qualifier } from '../data/schema';

/** One figure found in the text. Positions are indexes into the original text given. */
export interface Candidate {
  id: number;
  kind: 'count' | 'ranking';
  value: number;
  qualifier: Qualifier;
  /** the measure word as written (篇, 人次, 万元, …) */
  unitText: string;
  /** the figure as written, e.g. "40余篇" */
  text: string;
  /** the whole sentence, verbatim (whitespace runs collapsed) */
  quote: string;
  /** where the figure starts and ends in the original text */
  start: number;
  end: number;
  year: number | null;
  /** in a plan ("今年…将") or a plan section: not a result */
  plan: boolean;
  /** the words around the figure that the suggestion was made from */
  context: string;
  suggestion: Suggestion;
  /** proposed for acceptance (the reviewer decides) */
  proposed: boolean;
  /** why a candidate is not proposed, for the review table */
  note: NoteKey | null;
}

export type NoteKey = 'plan' | 'percent' | 'ranking' | 'low_confidence' | 'no_year' | 'duplicate';

export type Suggestion =
  | { kind: 'catalog'; indicatorId: string; confidence: number; alternatives: readonly string[] }
  | { kind: 'new'; name: string; confidence: number; alternatives: readonly string[] };

export interface DetectedBody {
  body: Body | null;
  /** the place name as written, e.g. 嘉兴市 */
  place: string | null;
  /** catalog jurisdiction when one matches */
  jurisdictionId: string | null;
  /** the rule that found it */
  rule: string | null;
}

export interface DetectedYear {
  year: number | null;
  rule: string | null;
  /** the text the year was read from */
  evidence: string | null;
}

export interface ExtractResult {
  title: string;
  body: DetectedBody;
  year: DetectedYear;
  candidates: Candidate[];
  /** characters in the text, and of them in plan sections */
  length: number;
  planStart: number | null;
  /** no figure, no body and no year: probably not a work report */
  looksLikeReport: boolean;
}

export interface ExtractCatalog {
  indicators: readonly Indicator[];
  jurisdictions: readonly Jurisdiction[];
}

export interface ExtractProgress {
  done: number;
  total: number;
}
