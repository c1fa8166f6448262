import type { Handbook, ServiceId } from "../../knowledge-base/index";
import type { UnderstandingModel } from "../understanding/understanding-model";
import { type Clause, clauses, topicsOf } from "./classify-message";
import { detectServices } from "./detect-services";

/** A condition ("if I bring it in for a full service, …"), not a request. */
const CONDITION = /^(if|once|when|whenever|assuming|in case)\b/i;

/**
 * The request-vs-question classifier's reading of a message: a request in any clause counts ("how much is a tune-up
 * and can I book one for Tuesday?" asks for the work), a condition does not.
 */
export function requestIn(model: UnderstandingModel, text: string): number {
  const pieces = [text, ...clauses(text).map((c) => c.text)].filter((x) => !CONDITION.test(x.trim()) || x === text);
  return Math.max(...pieces.map((x) => model.request.scores(x).request ?? 0));
}

/** Topics whose answer is about a named service. */
export const SERVICE_TOPICS: string[] = ["services", "prices", "duration", "walk_in", "booking_policy", "ebike"];

/** Whether an asking clause names the service and no handbook topic ("is the inspection really no strings attached?"). */
export function serviceAskedAlone(
  h: Handbook,
  model: UnderstandingModel,
  asked: Clause[],
  service: ServiceId,
): boolean {
  return asked.some(
    (c) => detectServices(h, c.text.toLowerCase()).includes(service) && topicsOf(model, c.text).length === 0,
  );
}
