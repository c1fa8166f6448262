import type { Handbook, ServiceId } from "../../knowledge-base/index";
import { detectNotOffered, detectServices } from "./detect-services";

/**
 * Whether a service the shop does is asked for in a clause of its own beside an item it does not do ("check the
 * battery on my e-bike and adjust the gears too?", "no suspension work, fine — but how about a flat fix?"): the item is
 * refused and the service answered as it would be on its own, with its price. A service word inside the clause of the
 * item not offered ("service my fork") is that item's, not a second question.
 */
export function serviceAskedBeside(
  h: Handbook,
  norm: string,
  notOffered: string[],
  service: ServiceId | null,
): boolean {
  if (!notOffered.length || !service) return false;
  return norm
    .split(/[.;!?\n,]+|\b(?:and|also|plus|while|but|then)\b/)
    .some((c) => detectServices(h, c).includes(service) && !detectNotOffered(h, c).length);
}
