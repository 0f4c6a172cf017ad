import { channelWords, readChannel, type Channel } from "../core/channel";
import type { Policy } from "../core/policy";
import { quoted } from "../core/problems";
import { asOfDay, BadArgument, optionalDay, optionalNumber, optionalRate, optionalText, requiredAmount, requiredDay, single, wholeNumber } from "./cellValues";
import type { ParameterSpec } from "./parameterSpec";
import { currencyArgument } from "./currencyArgument";
import { intervalArgument } from "./intervalArgument";
import { bucketEdgesArgument } from "./rangeArguments";

/**
 * Reads one argument as its spec says, with the policy's date and number rules: the value the
 * engine takes (a Day, a number, status or notes text, an interval, bucket edges), or a BadArgument
 * whose message names the parameter. The policy itself is read by the runner, first.
 *
 * @example
 * readArgument({ name: "balance", kind: "amount", optional: false }, "Rp 12.500", defaultPolicy) //=> 12500
 */
export function readArgument(spec: ParameterSpec, value: unknown, policy: Policy): unknown {
  switch (spec.kind) {
    case "date":
      return spec.optional ? optionalDay(value, spec.name, policy) : requiredDay(value, spec.name, policy);
    case "asOf":
      return asOfDay(value, policy);
    case "amount":
      return requiredAmount(value, spec.name, policy);
    case "days":
      return boundedNumber(spec, optionalNumber(value, spec.name, spec.fallback ?? 0, policy) ?? 0);
    case "count":
      return wholeNumber(value, spec.name, spec.optional ? (spec.fallback ?? 0) : null, spec.min ?? 0, spec.max ?? Number.MAX_SAFE_INTEGER);
    case "rate":
      // Desktop hands an empty margin cell over as 0, the web as null: both mean "margin not
      // known" (R6 then caps the discount at incentiveMaxRate). To forbid discounts, set that to 0.
      return optionalRate(single(value, spec.name) === 0 ? null : value, spec.name, policy);
    // Read as text here; the ladder reads status and notes together (ladderArguments.ts).
    case "status":
      return optionalText(value, spec.name) || null;
    case "notes":
      return notesText(value, spec.name);
    case "interval":
      return intervalArgument(value);
    case "edges":
      return bucketEdgesArgument(value);
    case "policy":
      return policy;
    case "currency":
      return currencyArgument(value, policy);
    case "channel":
      return channelArgument(value);
    case "optionalAmount":
      return optionalNumber(value, spec.name, null, policy, "amount");
    case "policySet":
      // Read by the runner with the policy: the set decides which policy every other argument is read with.
      return optionalText(value, spec.name).trim();
  }
}

const knownChannels = Object.keys(channelWords).join(", ");

/** R4: a Channel cell's word (any of the four languages); blank is null (the policy's channel). */
function channelArgument(value: unknown): Channel | null {
  const channel = readChannel(optionalText(value, "channel"));
  if (channel === undefined) throw new BadArgument(quoted.unknownChannel(String(single(value, "channel")), knownChannels));
  return channel;
}

function boundedNumber(spec: ParameterSpec, number: number): number {
  if (spec.max !== undefined && number > spec.max) throw new BadArgument(quoted.tooLarge(spec.name, spec.max));
  if (spec.min !== undefined && number < spec.min) throw new BadArgument(quoted.tooSmall(spec.name, spec.min));
  return number;
}

/** Text, or null when blank; a number in a notes cell ("30/11 1500000") is its digits. */
function notesText(value: unknown, name: string): string | null {
  const cell = single(value, name);
  if (typeof cell === "number" && cell !== 0 && Number.isFinite(cell)) return String(cell);
  const text = optionalText(cell, name);
  return text.trim() === "" ? null : text;
}
