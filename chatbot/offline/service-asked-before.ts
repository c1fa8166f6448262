import { type Handbook, normalizeText, type ServiceId } from "../../knowledge-base/index";
import type { UnderstandInput } from "../provider";
import { detectServices } from "./detect-services";

/**
 * The one bookable service the customer's previous message asked about ("how much to true a wheel?"), else null; with
 * `anyService`, a walk-in service counts too ("how much are brake pads?" before "both wheels, what's the total?").
 */
export function serviceAskedBefore(
  h: Handbook,
  history: UnderstandInput["history"],
  anyService = false,
): ServiceId | null {
  const lastUser = [...history].reverse().find((m) => m.role === "user");
  if (!lastUser) return null;
  const bookable = detectServices(h, normalizeText(lastUser.content).toLowerCase()).filter(
    (x) => anyService || h.services.find((y) => y.id === x)?.booking === "required",
  );
  return bookable.length === 1 ? bookable[0]! : null;
}
