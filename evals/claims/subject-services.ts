import type { ServiceId } from "../../knowledge-base/index";
import { findServices, isIngredientOf } from "./service-mentions";
import { memoText } from "../../knowledge-base/text-memo";

/**
 * The services a text names as its subjects, leaving out what a bracket after a service lists of that service's
 * contents ("the tune-up is $89 (brake adjustment, truing, safety check) and must be booked" is about the tune-up):
 * an aside that spells out a service's ingredients names no subject of its own. Memoised by text.
 */
export const subjectServices: (text: string) => readonly ServiceId[] = memoText((text) => {
  const named = findServices(text).filter((m) => !m.part && !m.included);
  const aside = (i: number) => {
    const open = text.lastIndexOf("(", i);
    return open >= 0 && text.indexOf(")", open) > i ? open : -1;
  };
  const kept = named.filter((m) => {
    const open = aside(m.start);
    if (open < 0) return true;
    // The service the bracket hangs on: the last one named before it, outside any bracket.
    const owner = named.filter((x) => x.end <= open && aside(x.start) < 0).at(-1);
    return !owner || !isIngredientOf(owner.service, m.service);
  });
  return [...new Set(kept.map((m) => m.service))];
});
