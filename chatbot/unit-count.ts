import { NUMBER_WORDS } from "../knowledge-base/index";

const FRONT_BACK = /\b(front and (back|rear)|(back|rear) and front)\b/i;

/**
 * How many units of a per-unit price a message asks about ("two cables", "both wheels", "front and rear", "3 wheels"),
 * for a unit such as "per wheel" or "per cable"; null when it names no count above one (the unit price is the answer).
 */
export function unitCount(message: string, priceUnit: string): number | null {
  const unit = /^per (\w+)$/.exec(priceUnit)?.[1];
  if (!unit) return null;
  const t = String(message ?? "").toLowerCase();
  const words = Object.keys(NUMBER_WORDS).join("|");
  const counted = new RegExp(`\\b(\\d{1,2}|${words})\\s+(?:\\w+\\s+){0,2}${unit}s\\b`).exec(t);
  const n = counted ? (/^\d+$/.test(counted[1]!) ? Number(counted[1]) : (NUMBER_WORDS[counted[1]!] ?? null)) : null;
  if (n !== null && n >= 2 && n <= 20) return n;
  // "Both wheels", "front and rear wheel": a pair of the unit; "a wobbly wheel and worn pads, how much for both?" is two
  // jobs, not two wheels.
  const pairOf = new RegExp(
    `\\b(both|pair of)\\s+(?:\\w+\\s+){0,2}${unit}s?\\b|\\b${unit}s?\\s+(?:\\w+\\s+){0,2}both\\b`,
  );
  return pairOf.test(t) || (FRONT_BACK.test(t) && new RegExp(`\\b${unit}s?\\b`).test(t)) ? 2 : null;
}
