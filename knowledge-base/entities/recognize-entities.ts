import { normalizeText } from "./normalize-text";
import { recognizeContacts, recognizeMoney } from "./recognize-contacts";
import { recognizeNames } from "./recognize-names";
import { recognizeWhen } from "./recognize-when";
import { loadTagger } from "./tagged-persons";
import { type Entities, EntityOptions } from "./schema";

/**
 * Every entity in one customer (or bot) message: dates/times with past and future candidates resolved against
 * `now` in `timeZone`, money, phone numbers, e-mail addresses and person names. Pure and total: never throws on text.
 */
export function recognizeEntities(text: string, options: EntityOptions): Entities {
  const o = EntityOptions.parse(options);
  const normalized = normalizeText(typeof text === "string" ? text.slice(0, 4000) : "");
  return {
    normalized,
    when: recognizeWhen(normalized, o.now, o.timeZone),
    money: o.money ? recognizeMoney(normalized) : [],
    contacts: recognizeContacts(normalized),
    names: recognizeNames(normalized, o.expectingName),
  };
}

/** Runs every recogniser once on a sample so their lazy set-up (regex compilation, tagger lexicon) is paid at start. */
export function warmUpEntities(): void {
  recognizeEntities("Hi, I'm Sam Lee, tune-up tomorrow at 10:30am for $89? sam@example.com (503) 555-0199", {
    now: "2026-01-06T09:00:00Z",
    timeZone: "UTC",
  });
  // The sample's name has a cue ("I'm"), which is read without the tagger: load the tagger itself too.
  loadTagger();
}
