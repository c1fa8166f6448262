import { z } from "zod";

/** A calendar date "yyyy-MM-dd". */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected yyyy-MM-dd");

/** "HH:mm" 24-hour clock time (entity results; same shape as the handbook's ClockTime). */
export const EntityClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:mm");

/** Where a candidate date lies relative to the shop's today. */
export const DateRelation = z.enum(["past", "today", "future"]);
export type DateRelation = z.infer<typeof DateRelation>;

/** One possible reading of a date mention ("the 19th" → last month's or this month's 19th). */
export const DateCandidate = z.object({ date: IsoDate, relation: DateRelation });
export type DateCandidate = z.infer<typeof DateCandidate>;

/** What kind of date/time expression a mention is. */
export const WhenKind = z.enum([
  "date",
  "time",
  "datetime",
  "date_range",
  "time_range",
  "datetime_range",
  "duration",
  "recurring",
]);
export type WhenKind = z.infer<typeof WhenKind>;

/** A part of the day named without a clock time ("Friday morning", "tonight"). */
export const PartOfDay = z.enum(["morning", "afternoon", "evening", "night"]);
export type PartOfDay = z.infer<typeof PartOfDay>;

/**
 * A date/time expression found in a text, resolved against an injected `now` in a time zone. Ambiguity is kept, not
 * decided: every date candidate (past and future) and every clock reading ("at 4" → 04:00 and 16:00) is listed, so
 * the caller's rules (lead time, opening hours) pick.
 */
export const WhenMention = z.object({
  kind: WhenKind,
  /** The expression as found in `normalized` text, with its offsets there. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** TIMEX3 value from the recogniser ("XXXX-WXX-6", "T16:45", "2026-W49"), for debugging and fine-grained use. */
  timex: z.string(),
  dates: z.array(DateCandidate),
  times: z.array(EntityClock),
  /** Inclusive date span for ranges ("next week" → Monday..Sunday, "this weekend" → Saturday..Sunday). */
  dateRange: z.object({ start: IsoDate, end: IsoDate }).nullable(),
  /** Clock spans for time ranges, one per am/pm reading. */
  timeRanges: z.array(z.object({ start: EntityClock, end: EntityClock })),
  /** ISO weekday 1 (Monday) … 7 (Sunday) when the expression names one ("Saturday", "on Saturdays"). */
  weekday: z.number().int().min(1).max(7).nullable(),
  partOfDay: PartOfDay.nullable(),
  durationMinutes: z.number().nonnegative().nullable(),
  /** "noon-ish", "around 4", "about 10". */
  approximate: z.boolean(),
  /** The customer wrote the year ("19 Dec 2026", "12/19/26"). */
  explicitYear: z.boolean(),
});
export type WhenMention = z.infer<typeof WhenMention>;

/** An amount of money ("$89", "30 bucks"). */
export const MoneyMention = z.object({ text: z.string(), amount: z.number(), currency: z.string() });
export type MoneyMention = z.infer<typeof MoneyMention>;

/** A phone number or e-mail address, as written (`value`) and as digits / lower case (`normalized`). */
export const ContactMention = z.object({ kind: z.enum(["phone", "email"]), value: z.string(), normalized: z.string() });
export type ContactMention = z.infer<typeof ContactMention>;

/** How a person name was found: an explicit cue ("my name is"), a bare answer when a name was asked, or the tagger. */
export const NameCue = z.enum(["explicit", "expected", "tagger"]);
export type NameCue = z.infer<typeof NameCue>;

/** A person's name, letters kept as written (non-ASCII included), capitalised. */
export const PersonName = z.object({ value: z.string(), cue: NameCue });
export type PersonName = z.infer<typeof PersonName>;

/** Everything the entity layer found in one text. */
export const Entities = z.object({
  /** The text the recognisers read (Unicode-normalised, common typos and slang rewritten); offsets refer to it. */
  normalized: z.string(),
  when: z.array(WhenMention),
  money: z.array(MoneyMention),
  contacts: z.array(ContactMention),
  names: z.array(PersonName),
});
export type Entities = z.infer<typeof Entities>;

/** Options of one recognition: the reference instant and zone, and whether the text answers "what's your name?". */
export const EntityOptions = z.object({
  now: z.string().min(1),
  timeZone: z.string().min(1),
  expectingName: z.boolean().default(false),
  /** Whether to read amounts of money (the currency recogniser's load and calls are skipped when a caller reads none). */
  money: z.boolean().default(true),
});
export type EntityOptions = z.input<typeof EntityOptions>;
