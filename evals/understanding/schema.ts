import { z } from "zod";

/** What one bot reply must (and must not) say, and which booking field it should ask for next. */
export const TurnExpect = z.object({
  /** Each inner list is a set of alternatives; at least one of each must appear in the reply (case-insensitive). */
  mentionsAll: z.array(z.array(z.string()).min(1)).default([]),
  /** None of these may appear in the reply. */
  mentionsNone: z.array(z.string()).default([]),
  /** A booking or identity field the reply should ask for ("service", "date", "time", "name", "contact"). */
  asksFor: z.string().nullish(),
});
export type TurnExpect = z.infer<typeof TurnExpect>;

/** One customer message with what the reply is expected to contain. */
export const HeldoutTurn = z.object({
  user: z.string(),
  expect: TurnExpect.default({ mentionsAll: [], mentionsNone: [] }),
});

/** The booking a conversation should end with (fields optional: only those given are checked). */
export const ExpectedBooking = z
  .object({ service: z.string(), date: z.string(), time: z.string(), name: z.string(), contact: z.string() })
  .partial();
export type ExpectedBooking = z.infer<typeof ExpectedBooking>;

/** One held-out (or dev) item: a conversation with a reference time and expected outcomes. */
export const HeldoutItem = z.object({
  id: z.string(),
  category: z.string().default("uncategorised"),
  now: z.string(),
  turns: z.array(HeldoutTurn).min(1),
  final: z.object({ state: z.string().nullish(), booking: ExpectedBooking.nullish() }).partial().nullish(),
});
export type HeldoutItem = z.infer<typeof HeldoutItem>;

/** What one turn produced, as the scorer sees it. */
export interface TurnOutput {
  reply: string;
  state: string;
  expecting: string | null;
  /** The booking being collected after the turn (what `final.booking` is compared with when it ends mid-booking). */
  draft?: Partial<Record<"service" | "date" | "time" | "name" | "contact", string | null>> | null;
}

/** A booking stored during the conversation (the last one still booked is compared with `final.booking`). */
export interface StoredBooking {
  service: string;
  date: string;
  time: string;
  name: string;
  contact: string;
  status: "booked" | "cancelled";
}

/** One item's result: pass/fail and the reasons, per turn and at the end. */
export interface ItemResult {
  id: string;
  category: string;
  pass: boolean;
  failures: string[];
}
