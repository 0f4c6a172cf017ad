/** One point of the probability-of-collection curve: P(collect) for a debt `days` past due. */
export interface ProbabilityPoint {
  readonly days: number;
  readonly probability: number;
}

/**
 * Commercial Law League of America survey of US commercial collection agencies (version of
 * 18 Oct 2004): the share of B2B debt still collectable at each age. Source and caveats in
 * docs/policy.md.
 */
export const surveyProbabilityTable: readonly ProbabilityPoint[] = [
  { days: 0, probability: 0.949 },
  { days: 30, probability: 0.899 },
  { days: 60, probability: 0.813 },
  { days: 90, probability: 0.696 },
  { days: 182, probability: 0.521 },
  { days: 273, probability: 0.391 },
  { days: 365, probability: 0.228 },
  { days: 730, probability: 0.093 },
];

/**
 * The probability of collecting a debt of the given age, interpolated linearly between the
 * table's points; flat before the first point and after the last one.
 *
 * @param daysOverdue - age of the debt in days past due (negative: not yet due)
 * @param table - points sorted by days, at least one
 * @returns a probability between 0 and 1
 *
 * @example
 * collectProbability(120, surveyProbabilityTable) //=> 0.63893… (between 90 d and 182 d)
 */
export function collectProbability(daysOverdue: number, table: readonly ProbabilityPoint[]): number {
  let previous: ProbabilityPoint | undefined;
  for (const point of table) {
    if (daysOverdue <= point.days) {
      if (!previous) return point.probability;
      const share = (daysOverdue - previous.days) / (point.days - previous.days);
      return previous.probability + share * (point.probability - previous.probability);
    }
    previous = point;
  }
  return previous ? previous.probability : 0;
}
