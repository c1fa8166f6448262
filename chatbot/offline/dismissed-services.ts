import type { Handbook, ServiceId } from "../../knowledge-base/index";
import { detectServices } from "./detect-services";

/** A service taken back ("never mind the tune-up", "forget the full service", "instead of a truing", "not the cable"). */
const DISMISSED =
  /\b(?:(?:never ?mind|nvm|forget(?: about)?|scrap|skip|instead of|rather than)\s+(?:the |a |an |my |that )?|not (?:the|a|an) )((?:[\w-]+\s+){0,2}[\w-]+)/g;

/**
 * The services a message names, less those it takes back ("actually never mind the tune-up, can I just get a brake
 * adjustment instead?" asks for the adjustment only). A service both taken back and asked for again is kept; when every
 * service is taken back, none is left.
 */
export function withoutDismissed(h: Handbook, t: string, services: ServiceId[]): ServiceId[] {
  if (services.length === 0) return services;
  const dropped = new Set<ServiceId>();
  for (const m of t.matchAll(DISMISSED)) for (const id of detectServices(h, m[1]!)) dropped.add(id);
  if (dropped.size === 0) return services;
  const rest = t.replace(DISMISSED, " ");
  const again = new Set(detectServices(h, rest));
  return services.filter((id) => !dropped.has(id) || again.has(id));
}
