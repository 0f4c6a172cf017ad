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
 * balance × P(collect | age) × (1 − fee) − in-house cost. A credit (balance ≤ 0) has nothing
 * to collect: 0.
 *
 * @example
 * agencyNet(10000, 120, defaultPolicy) //=> 4422.54… (P = 63.9%, fee 30%, cost 50)
 */
export function agencyNet(balance: number, daysOverdue: number, policy: Policy): number {
  if (balance <= 0) return 0;
  return agencyNetOf(balance * collectProbability(daysOverdue, policy.collectProbability), policy);
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
  const expected = balance * collectProbability(daysOverdue, policy.collectProbability);
  const agency = agencyNetOf(expected, policy);
  const court = courtNetOf(balance, expected, policy);
  if (court > agency) return { path: balance <= policy.smallClaimsLimit ? "Small claims" : "Attorney", net: court };
  return { path: "Agency", net: agency };
}

/**
 * The best expected net of any legal path, as `bestLegalPath(…).net` but without naming the
 * path: the settlement offer needs only the amount, on every row.
 *
 * @example
 * bestLegalNet(10000, 200, defaultPolicy) //=> 3417
 */
export function bestLegalNet(balance: number, daysOverdue: number, policy: Policy): number {
  const expected = balance * collectProbability(daysOverdue, policy.collectProbability);
  return Math.max(agencyNetOf(expected, policy), courtNetOf(balance, expected, policy));
}

function agencyNetOf(expected: number, policy: Policy): number {
  return expected * (1 - policy.agencyFeeRate) - policy.collectionCost;
}

/** Net through the court open to this balance: small claims (R11) or an attorney (R12); -∞ when neither is. */
function courtNetOf(balance: number, expected: number, policy: Policy): number {
  if (balance <= policy.smallClaimsLimit) return expected - policy.smallClaimsCost - policy.collectionCost;
  if (balance >= policy.attorneyMinBalance) return expected * (1 - policy.attorneyFeeRate) - policy.attorneyCost - policy.collectionCost;
  return Number.NEGATIVE_INFINITY;
}
