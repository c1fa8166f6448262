import { z } from "zod";

/** The booking details collected so far, formatted for customers ("Friday, December 4", "10:30am"). */
export const BookingSummary = z.object({
  service: z.string().nullable(),
  date: z.string().nullable(),
  time: z.string().nullable(),
  name: z.string().nullable(),
  contact: z.string().nullable(),
});
export type BookingSummary = z.infer<typeof BookingSummary>;

/** What the chat window needs to know about one finished turn (no internals such as decisions or snapshots). */
export const ChatTurn = z.object({
  conversationId: z.string(),
  turn: z.number().int().positive(),
  user: z.string(),
  reply: z.string(),
  stateBefore: z.string(),
  state: z.string(),
  booking: BookingSummary,
  bookingIds: z.array(z.string()),
});
export type ChatTurn = z.infer<typeof ChatTurn>;

/** The customer's stored thumbs up/down (and optional comment) on one reply. */
export const ChatFeedback = z.object({ rating: z.enum(["up", "down"]), comment: z.string().nullable() });
export type ChatFeedback = z.infer<typeof ChatFeedback>;

/** A conversation as the chat window restores it after a reload, with the feedback given per turn. */
export const ChatConversation = z.object({
  id: z.string(),
  turns: z.array(ChatTurn),
  feedback: z.record(z.string(), ChatFeedback),
});
export type ChatConversation = z.infer<typeof ChatConversation>;

/** An expected failure as a JSON body: a stable code for programs and a sentence for people. */
export const ApiError = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
export type ApiError = z.infer<typeof ApiError>;

/** One line of the NDJSON stream of POST /api/chat: reply deltas, then the finished turn (or an error). */
export const ChatEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("token"), delta: z.string() }),
  z.object({ type: z.literal("done"), turn: ChatTurn }),
  z.object({ type: z.literal("error"), error: ApiError.shape.error }),
]);
export type ChatEvent = z.infer<typeof ChatEvent>;

/** Body of POST /api/chat. The length limit is checked separately so a long message gets a 413, not a 422. */
export const ChatRequest = z.object({
  conversationId: z.string().trim().min(1).max(200).optional(),
  message: z.string(),
});
export type ChatRequest = z.infer<typeof ChatRequest>;

/** Body of POST /api/feedback: a thumbs up/down on one reply, with an optional comment. */
export const FeedbackRequest = z.object({
  conversationId: z.string().trim().min(1).max(200),
  turnIndex: z.number().int().positive(),
  rating: z.enum(["up", "down"]),
  comment: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((s) => s || null),
});
export type FeedbackRequest = z.input<typeof FeedbackRequest>;
