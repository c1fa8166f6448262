import { z } from "zod";

/** Handbook topics a question can be about. */
export const Topic = z.enum([
  "hours",
  "location",
  "contact",
  "prices",
  "services",
  "ebike",
  "walk_in",
  "booking_policy",
  "cancellation_policy",
  "payment",
  "workmanship",
  "refunds",
  "returns",
  "busy_times",
  "duration",
  "not_offered",
  "holidays",
  /** Something the handbook does not cover, asked beside a known topic ("…and any discount for both?"). */
  "unknown",
]);
export type Topic = z.infer<typeof Topic>;
