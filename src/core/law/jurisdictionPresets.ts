import type { InterestRule } from "./interestLaw";
import type { CompensationBand } from "./lateCompensation";

/** The jurisdictions a workbook can choose (issue 15 item 1); "none" is the default. */
export type Jurisdiction = "none" | "EU" | "UK" | "LV" | "ID" | "TH" | "US-CA" | "US-NYC" | "US-TX";

/**
 * The law-dependent defaults of one jurisdiction. Figures and sources: docs/policy.md
 * ("Jurisdiction presets"), from /work/shared/docs/domain-facts.md; a figure marked unconfirmed
 * there is a preset value the user should check. Reference rates are never here: the user keeps them.
 */
export interface JurisdictionPreset {
  readonly smallClaimsLimit: number;
  readonly smallClaimsCost: number;
  readonly interestRule: InterestRule;
  readonly interestMargin: number;
  readonly statutoryRate: number;
  /** Share of the principal at which interest stops (0: none). */
  readonly interestCap: number;
  readonly compensationCurrency: string;
  readonly compensationBands: readonly CompensationBand[];
  /** Longest agreed B2B payment term in days (0: no rule in the preset). */
  readonly maxPaymentTermDays: number;
  /** Limitation period of a commercial debt in years (0: not in the preset). */
  readonly limitationYears: number;
}

const euBands: readonly CompensationBand[] = [{ from: 0, amount: 40 }];
const base = { interestMargin: 0, statutoryRate: 0, interestCap: 0, compensationCurrency: "EUR", compensationBands: [], maxPaymentTermDays: 0, limitationYears: 0 } as const;

/**
 * Every preset. Limits are in the court's own currency.
 *
 * @example
 * jurisdictionPresets.UK.smallClaimsLimit //=> 10000
 */
export const jurisdictionPresets: Readonly<Record<Exclude<Jurisdiction, "none">, JurisdictionPreset>> = {
  // Directive 2011/7/EU arts 3, 4, 6; Regulation (EC) 861/2007 (EU cross-border small claims €5,000).
  EU: { ...base, smallClaimsLimit: 5_000, smallClaimsCost: 100, interestRule: "ecb", interestMargin: 0.08, compensationBands: euBands, maxPaymentTermDays: 60 },
  // Late Payment of Commercial Debts (Interest) Act 1998; small claims track £10,000, fee up to £455 (2021 table); Limitation Act 1980 s.5: 6 years.
  UK: { ...base, smallClaimsLimit: 10_000, smallClaimsCost: 455, interestRule: "boe", interestMargin: 0.08, compensationCurrency: "GBP", compensationBands: [{ from: 0, amount: 40 }, { from: 1_000, amount: 70 }, { from: 10_000, amount: 100 }], limitationYears: 6 },
  // Civil Procedure Law ch. 30.3 (€2,500; fee 15% → at most €375 at the limit); basic rate + 8 points; cap s.1763 unconfirmed for B2B; €40 and 3 years unconfirmed.
  LV: { ...base, smallClaimsLimit: 2_500, smallClaimsCost: 375, interestRule: "ecb", interestMargin: 0.08, interestCap: 1, compensationBands: euBands, maxPaymentTermDays: 60, limitationYears: 3 },
  // PERMA 4/2019 (Rp 500,000,000; fee unverified); 6% a year (KUHPerdata art. 1250); art. 1967: 30 years.
  ID: { ...base, smallClaimsLimit: 500_000_000, smallClaimsCost: 500_000, interestRule: "fixed", statutoryRate: 0.06, compensationCurrency: "IDR", limitationYears: 30 },
  // CPC s.189 petty case 300,000 baht (amending act unconfirmed), fee capped at 1,000; CCC s.224 5%; s.193/30 10 years (shorter trade periods unconfirmed).
  TH: { ...base, smallClaimsLimit: 300_000, smallClaimsCost: 1_000, interestRule: "fixed", statutoryRate: 0.05, compensationCurrency: "THB", limitationYears: 10 },
  // Cal. small claims $6,250 for businesses, fee up to $75; contract rate; CCP s.337 4 years (written contract).
  "US-CA": { ...base, smallClaimsLimit: 6_250, smallClaimsCost: 75, interestRule: "contract", compensationCurrency: "USD", limitationYears: 4 },
  // NYC commercial claims $10,000, $25 + postage; CPLR 213(2) 6 years.
  "US-NYC": { ...base, smallClaimsLimit: 10_000, smallClaimsCost: 25, interestRule: "contract", compensationCurrency: "USD", limitationYears: 6 },
  // Texas Justice Court $20,000, ~$54 + service; Civ. Prac. & Rem. Code s.16.004 4 years.
  "US-TX": { ...base, smallClaimsLimit: 20_000, smallClaimsCost: 54, interestRule: "contract", compensationCurrency: "USD", limitationYears: 4 },
};
