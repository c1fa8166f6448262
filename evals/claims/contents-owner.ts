import type { ServiceId } from "../../knowledge-base/index";
import { findServices, isIngredientOf } from "./service-mentions";

/**
 * The service whose contents a text lists: "a standard tune-up ($89) — gear indexing, brake adjustment, wheel truing,
 * safety check" names the tune-up and then two or more things it includes; those are its contents, not services of
 * their own a rule could be about. Null when the text names no such owner, or names another service besides.
 */
export function contentsOwner(text: string): ServiceId | null {
  const found = findServices(text).filter((m) => !m.part && !m.past);
  for (const owner of found) {
    const after = found.filter((m) => m.start > owner.start && m.service !== owner.service);
    const before = found.filter((m) => m.start < owner.start && m.service !== owner.service);
    if (before.length || after.length < 2) continue;
    if (after.every((m) => isIngredientOf(owner.service, m.service))) return owner.service;
  }
  return null;
}

/** The clause's services, unless they are all the contents of the service its sentence lists them under. */
export function ownedBy(clauseServices: readonly ServiceId[], sentence: string): ServiceId | null {
  const owner = contentsOwner(sentence);
  return owner && clauseServices.length && clauseServices.every((id) => id === owner || isIngredientOf(owner, id))
    ? owner
    : null;
}
