import { z } from "zod";

/** A weekday key, Monday first, as used for opening hours. */
export const Weekday = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
export type Weekday = z.infer<typeof Weekday>;

/** "HH:mm" 24-hour clock time. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:mm");

/** Opening hours for one weekday; `open`/`close` absent when closed all day. */
export const DayHours = z.object({
  id: z.string(),
  day: Weekday,
  open: ClockTime.nullable(),
  close: ClockTime.nullable(),
});
export type DayHours = z.infer<typeof DayHours>;

/** A public holiday on one calendar date, on which the shop is closed (an occurrence of a `HolidayRule`). */
export const Holiday = z.object({ id: z.string(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), name: z.string() });
export type Holiday = z.infer<typeof Holiday>;

const Month = z.number().int().min(1).max(12);

/** A yearly holiday: on a fixed date ("December 25") or on the nth weekday of a month ("fourth Thursday of November"). */
export const HolidayRule = z.discriminatedUnion("kind", [
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.literal("fixed"),
    month: Month,
    day: z.number().int().min(1).max(31),
  }),
  z.object({
    id: z.string(),
    name: z.string(),
    kind: z.literal("nth_weekday"),
    month: Month,
    weekday: Weekday,
    n: z.number().int().min(1).max(4),
  }),
]);
export type HolidayRule = z.infer<typeof HolidayRule>;

/** Identifiers of the services the shop offers. */
export const ServiceId = z.enum([
  "inspection",
  "flat_repair",
  "adjustment",
  "brake_pads",
  "tune_up",
  "full_service",
  "cable",
  "truing",
]);
export type ServiceId = z.infer<typeof ServiceId>;

/** A service the shop offers, with price, booking rule and duration, each under its own fact id. */
export const Service = z.object({
  id: ServiceId,
  name: z.string(),
  aliases: z.array(z.string()),
  priceUsd: z.number().nonnegative(),
  priceUnit: z.enum(["flat", "per wheel", "per cable"]),
  priceText: z.string(),
  booking: z.enum(["required", "walk_in"]),
  durationText: z.string(),
  includes: z.array(z.string()),
});
export type Service = z.infer<typeof Service>;

/** Something customers ask for that the shop does not do. */
export const NotOffered = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  referral: z.string(),
});
export type NotOffered = z.infer<typeof NotOffered>;

/** A policy statement under a stable id. */
export const Policy = z.object({ id: z.string(), title: z.string(), text: z.string() });
export type Policy = z.infer<typeof Policy>;

/** The shop's whole structured handbook: the single source of truth the bot and the evaluators read. */
export const Handbook = z.object({
  shop: z.object({
    name: z.string(),
    address: z.string(),
    phone: z.string(),
    phoneDigits: z.string(),
    email: z.string(),
    timeZone: z.string(),
  }),
  hours: z.array(DayHours).length(7),
  /** The facts: which holidays the shop closes for, every year. */
  holidayRules: z.array(HolidayRule),
  /** The rules' occurrences over the window this handbook value was expanded for (`withHolidaysFrom`), in date order. */
  holidays: z.array(Holiday),
  busy: z.object({ busiest: Policy, quietest: Policy, busiestHoursAfterOpen: z.number(), quietAfter: ClockTime }),
  services: z.array(Service),
  notOffered: z.array(NotOffered),
  booking: z.object({
    leadDays: z.number().int(),
    slotMinutes: z.number().int(),
    lastSlotBeforeCloseMinutes: z.number().int(),
  }),
  policies: z.array(Policy),
});
export type Handbook = z.infer<typeof Handbook>;

/** One citable fact: a stable id and the sentence that states it. */
export const Fact = z.object({ id: z.string(), section: z.string(), text: z.string() });
export type Fact = z.infer<typeof Fact>;
