import type { Handbook, ServiceId } from "../../knowledge-base/index";
import { detectServices } from "./detect-services";

/** Words of asking for the work ("I'd like", "I'm thinking", "book", "can you do"), not of telling what happened. */
const WANTS =
  /\b(want|wanna|need|needs|like|thinking|think|after|book|booking|reserve|schedule|get|getting|please|pls|can you|could you|do (a|an|me)|go for|rather have|prefer|put me down)\b/;

/**
 * Of several bookable services a message names, the one it asks for: "my buddy says it's cable stretch, but I'm
 * thinking a tune-up Wednesday" books the tune-up (the cable is the story). A service in a part of the message that
 * asks for work wins; else the first bookable one, as before.
 */
export function wantedService(h: Handbook, t: string, services: ServiceId[]): ServiceId | null {
  const bookable = services.filter((id) => h.services.find((s) => s.id === id)?.booking === "required");
  if (bookable.length < 2) return bookable[0] ?? null;
  const parts = t.split(/[.;,!?\n]+|\b(?:but|though|although|so)\b/);
  for (const part of parts.filter((x) => WANTS.test(x))) {
    const asked = detectServices(h, part).filter((id) => bookable.includes(id));
    if (asked.length === 1) return asked[0]!;
  }
  return bookable[0]!;
}
