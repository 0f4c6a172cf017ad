import type { Day } from "../days";

/**
 * How statutory late-payment interest is computed (issue 15): "ecb" — the reference rate in force
 * on 1 Jan / 1 Jul + margin (Directive 2011/7/EU); "boe" — the base rate on 31 Dec / 30 Jun + margin
 * (UK Late Payment Act 1998); "fixed" — a fixed yearly rate (Indonesia 6%, Thailand 5%); "contract"
 * — only the contractual rate; "none" — no rule chosen.
 */
export type InterestRule = "none" | "ecb" | "boe" | "fixed" | "contract";

/** One row of the user's dated reference-rate table (`referenceRate 2026-07-01`): the rate from that day on. */
export interface DatedRate {
  readonly day: Day;
  readonly rate: number;
}

/** What the interest formula needs from the policy: the rule and the user's own rates. */
export interface InterestLaw {
  readonly rule: InterestRule;
  /** Points added to the reference rate (0.08 under the EU directive and the UK Act). */
  readonly margin: number;
  /** The yearly rate of a "fixed" rule. */
  readonly fixedRate: number;
  /** A contractual yearly rate; above 0 it replaces the statutory rule. */
  readonly contractRate: number;
  /** Interest stops growing at this share of the principal (Latvia, Civil Law s.1763); 0: no cap. */
  readonly cap: number;
  /** The reference rates the user keeps, in date order; never constants in code. */
  readonly referenceRates: readonly DatedRate[];
}
