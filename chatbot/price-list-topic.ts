import type { Topic } from "./schema";

/** Topics whose answer already says what money is involved ("is there a charge to cancel?" → "never a fee"). */
const PRICED_ELSEWHERE: Topic[] = ["cancellation_policy", "workmanship", "refunds", "returns", "payment", "ebike"];

/**
 * The topics to answer without the whole price list when no service is known and the money question belongs to another
 * topic or to something not offered ("firmware update, how much?", "is there a charge if I cancel?").
 */
export function withoutStrayPriceList(topics: Topic[], service: string | null, notOffered: string[]): Topic[] {
  if (service || !topics.includes("prices")) return topics;
  const elsewhere = notOffered.length > 0 || topics.some((t) => PRICED_ELSEWHERE.includes(t));
  return elsewhere ? topics.filter((t) => t !== "prices") : topics;
}
