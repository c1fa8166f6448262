import type { Handbook } from "../knowledge-base/index";
import type { ChatContext } from "./context";
import type { BookingDraft, BookingField, DecisionPart } from "./schema";
import { slotsOn, toMinutes } from "./shop-calendar";

const FIELDS: BookingField[] = ["service", "date", "time", "name", "contact"];

function partOfDayRange(p: ChatContext["partOfDay"]): [number, number] {
  if (p === "morning") return [0, 12 * 60];
  if (p === "afternoon") return [12 * 60, 17 * 60];
  if (p === "evening") return [17 * 60, 24 * 60];
  return [0, 24 * 60];
}

/** The next question to ask, with useful options (time slots of the chosen day, filtered by part of day). */
export function askFor(
  h: Handbook,
  field: BookingField,
  draft: BookingDraft,
  partOfDay: ChatContext["partOfDay"],
): Extract<DecisionPart, { kind: "ask" }> {
  let options: string[] = [];
  if (field === "time" && draft.date) {
    const [lo, hi] = partOfDayRange(partOfDay);
    options = slotsOn(h, draft.date).filter((s) => toMinutes(s) >= lo && toMinutes(s) < hi);
  }
  return { kind: "ask", field, draft, options };
}

/** The first booking field still missing, in the order the bot asks for them. */
export function missingField(d: BookingDraft): BookingField | null {
  return FIELDS.find((f) => !d[f]) ?? null;
}
