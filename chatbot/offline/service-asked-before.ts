import { type Handbook, normalizeText, type ServiceId } from "../../knowledge-base/index";
import type { UnderstandInput } from "../provider";
import { detectServices } from "./detect-services";

/** How many of the customer's earlier messages are looked back over for the service talked about. */
const LOOK_BACK = 3;

/**
 * The one bookable service the customer's latest message naming a service asked about ("how much to true a wheel?"),
 * over follow-ups that name none ("and how long do you keep it?"), looking back at most three messages; else null.
 * With `anyService`, a walk-in service counts too ("how much are brake pads?" before "both wheels, what's the total?").
 */
export function serviceAskedBefore(
  h: Handbook,
  history: UnderstandInput["history"],
  anyService = false,
): ServiceId | null {
  const users = history
    .filter((m) => m.role === "user")
    .slice(-LOOK_BACK)
    .reverse();
  for (const m of users) {
    const named = detectServices(h, normalizeText(m.content).toLowerCase());
    if (!named.length) continue;
    const bookable = named.filter((x) => anyService || h.services.find((y) => y.id === x)?.booking === "required");
    return bookable.length === 1 ? bookable[0]! : null;
  }
  return null;
}
