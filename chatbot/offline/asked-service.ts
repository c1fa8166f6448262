import type { ServiceId } from "../../knowledge-base/index";

const SERVICE_WORD: [ServiceId, RegExp][] = [
  ["full_service", /\b(full|complete|big|everything|works|overhaul)\b/],
  ["tune_up", /\b(standard|basic|normal|regular|cheaper|cheapest|tune)\b/],
  ["truing", /\b(wheel|wheels|true|truing|rim)\b/],
  ["cable", /\b(cables?|brake cable|gear cable)\b/],
];

/** The bookable service a short answer to "which service?" names by one word ("the full one", "basic please"). */
export function askedService(t: string): ServiceId[] {
  const hit = SERVICE_WORD.filter(([, re]) => re.test(t)).map(([id]) => id);
  return hit.length === 1 ? hit : [];
}
