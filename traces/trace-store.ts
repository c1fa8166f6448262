import type {
  BookingRow,
  Conversation,
  ConversationFilter,
  Feedback,
  NewConversation,
  SpanRecord,
  TurnRecord,
} from "./schema";
import type { SavedViews } from "./saved-views";

/** A turn with its spans, as shown by `traces show` and the trace page. */
export type TurnWithSpans = TurnRecord & { spans: SpanRecord[] };

/** A conversation row for the list view, with a short preview and feedback counts. */
export type ConversationSummary = Conversation & { preview: string; feedbackUp: number; feedbackDown: number };

/** Writes that must land in the same transaction as a turn (so a crash leaves all or nothing). */
export interface TurnSideEffects {
  bookings?: BookingRow[];
  cancelBookingIds?: { id: string; at: string }[];
}

/** The trace store: conversations, turns, spans, bookings and feedback in one SQLite file. */
export interface TraceStore extends SavedViews {
  readonly path: string;
  createConversation(c: NewConversation): void;
  getConversation(id: string): Conversation | null;
  /**
   * Turn row + spans + side effects in one transaction; bumps the conversation's turnCount/finalState/updatedAt.
   * `conversation`: the header of a conversation's first turn, created in the same transaction unless it exists.
   */
  commitTurn(
    turn: TurnRecord,
    spans: SpanRecord[],
    effects?: TurnSideEffects,
    conversation?: NewConversation | null,
  ): void;
  /** Spans that belong to no turn (eval runs, background jobs). */
  insertSpans(spans: SpanRecord[]): void;
  lastTurn(conversationId: string): TurnRecord | null;
  /** The last stored turn's index without reading (and parsing) its row: a runtime checks whether the store is ahead. */
  lastTurnIndex(conversationId: string): number | null;
  getTurns(conversationId: string): TurnWithSpans[];
  /**
   * Every conversation matching the filter's source/state/dates/text, in its sort order, without list extras (preview,
   * feedback counts, total): one query, for building review queues over the whole store.
   */
  allConversations(filter?: Omit<ConversationFilter, "limit" | "offset">): Conversation[];
  /** One page; `total` counts every match, except a text search stops at a cap and says so with `totalIsLowerBound`. */
  listConversations(filter?: ConversationFilter): {
    items: ConversationSummary[];
    total: number;
    totalIsLowerBound: boolean;
  };
  findBookings(name: string, contact: string): BookingRow[];
  getBooking(id: string): BookingRow | null;
  /** Saves the reply's feedback, replacing any earlier one for the same turn (keeps its id); returns the stored row. */
  addFeedback(f: Feedback): Feedback;
  listFeedback(conversationId: string): Feedback[];
  /** The models conversations were run with (at most 200, in order), for the trace browser's model filter. */
  distinctModels(): string[];
  close(): void;
}
