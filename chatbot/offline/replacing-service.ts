import type { Handbook, ServiceId } from "../../knowledge-base/index";
import { detectServices } from "./detect-services";

/** Words that put what follows in place of what was asked for ("make it the full service", "switch to a truing"). */
const REPLACING =
  /\b(?:make\s+(?:it|that|this)|change\s+(?:it\s+|that\s+)?to|switch\s+(?:it\s+|that\s+)?to|swap\s+(?:it\s+)?(?:to|for)|upgrade\s+(?:it\s+)?to|go\s+(?:with|for)|(?:i'?ll|let'?s|we'?ll)\s+(?:do|take|have))\s+/g;

/**
 * "my gears slip and a cable looks worn, so let's go for the full service": of several services named, the one said
 * right after a replacing cue is the one asked for (the others are the story of the fault); it is put first. The
 * services are returned as they are when no service follows such a cue.
 */
export function withReplacingService(h: Handbook, t: string, services: ServiceId[]): ServiceId[] {
  if (services.length < 2) return services;
  const last = [...t.matchAll(REPLACING)].at(-1);
  if (!last) return services;
  const after = t.slice(last.index + last[0].length).split(/[.?!;,]/)[0] ?? "";
  const named = detectServices(h, after.split(/\s+/).slice(0, 5).join(" ")).filter((x) => services.includes(x));
  return named.length ? [...named, ...services.filter((x) => !named.includes(x))] : services;
}
