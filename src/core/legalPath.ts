import { collectProbability } from "./collectProbability";
import type { Policy } from "./policy";

/** The legal paths of the ladder's step 13 (R10–R12). */
export type LegalPath = "Small claims" | "Attorney" | "Agency";

/** A path and what it is expected to bring in, after its fees and costs. */
export interface PathNet {
  readonly path: LegalPath;
  readonly net: number;
}

/**
 * Expected net of handing a debt to a collection agency (R10):
 * balance × P(collect | age) × (1 − fee) − in-house cost.
 *
 * @example
 * agencyNet(10000, 120, defaultPolicy) //=> 4422.5… (P = 63.9%, fee 30%, cost 50)
 */
export function agencyNet(balance: number, daysOverdue: number, policy: Policy): number {
  const recovered = balance * collectProbability(daysOverdue, policy.collectProbability);
  return recovered * (1 - policy.agencyFeeRate) - policy.collectionCost;
}

/**
 * The legal path with the best expected net for a debt (R10–R12). Small claims is open up to
 * the court's limit (R11), an attorney above it from `attorneyMinBalance` (R12), an agency
 * always (R10). A best net of 0 or less means no path pays for itself: write off (R23).
 *
 * @example
 * bestLegalPath(10000, 200, defaultPolicy) //=> { path: "Agency", net: 3417 } (P = 49.5%)
 */
export function bestLegalPath(balance: number, daysOverdue: number, policy: Policy): PathNet {
  const probability = collectProbability(daysOverdue, policy.collectProbability);
  const expected = balance * probability;
  let best: PathNet = { path: "Agency", net: agencyNet(balance, daysOverdue, policy) };
  if (balance <= policy.smallClaimsLimit) {
    const net = expected - policy.smallClaimsCost - policy.collectionCost;
    if (net > best.net) best = { path: "Small claims", net };
  } else if (balance >= policy.attorneyMinBalance) {
    const net = expected * (1 - policy.attorneyFeeRate) - policy.attorneyCost - policy.collectionCost;
    if (net > best.net) best = { path: "Attorney", net };
  }
  return best;
}
