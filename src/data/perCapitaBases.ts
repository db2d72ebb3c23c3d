// The denominators a ranking may divide a count by, so that bodies of different size compare fairly.
// Their figures come from uploads (no seed report states a committee's membership or a population), as
// catalog indicators like any other.

export interface PerCapitaBase {
  /** The `per` word in links. */
  id: 'members' | 'residents';
  /** The catalog indicator holding the denominator, per body and year. */
  indicator: string;
  /**
   * What one unit of the denominator's figure is worth in the "per" phrase: members are counted one by
   * one and the rate is per 100 (value ÷ members × 100); the population is given in 万人 (10,000
   * residents), so value ÷ population is already per 10,000 residents.
   */
  scale: number;
}

export const PER_CAPITA_BASES = [
  { id: 'members', indicator: 'cppcc_members', scale: 100 },
  { id: 'residents', indicator: 'resident_population', scale: 1 },
] as const satisfies readonly PerCapitaBase[];

export type PerBase = (typeof PER_CAPITA_BASES)[number]['id'];
export const PER_BASES: readonly PerBase[] = PER_CAPITA_BASES.map((b) => b.id);

export function perCapitaBase(id: PerBase): PerCapitaBase {
  return PER_CAPITA_BASES.find((b) => b.id === id)!;
}

/** Indicators never divided by members or residents: rates, and the denominators themselves. */
export function isPerCapitaCandidate(indicator: {
  id: string;
  unit_zh: string;
  numerator_id: string | null;
}): boolean {
  if (indicator.unit_zh === '%' || indicator.numerator_id !== null) return false;
  return !PER_CAPITA_BASES.some((b) => b.indicator === indicator.id);
}
