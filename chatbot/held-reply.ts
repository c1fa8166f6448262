import type { TokenSink } from "./provider";

/**
 * A token sink that holds the reply back while `holding()` says the turn changes bookings: a confirmation ("You're
 * booked! Reference BK-…") may reach the customer only once the booking row is committed. `release` sends what was
 * held; `replace` sends another text instead (the booking did not go through).
 */
export function heldReply(onToken: TokenSink, holding: () => boolean) {
  const held: string[] = [];
  return {
    sink: ((delta: string) => {
      if (holding()) held.push(delta);
      else onToken(delta);
    }) as TokenSink,
    release() {
      if (held.length) onToken(held.splice(0).join(""));
    },
    replace(text: string) {
      held.length = 0;
      onToken(text);
    },
  };
}

/** What the customer is told when their booking (or cancellation) could not be stored. */
export function notStoredReply(phone: string): string {
  return `Sorry — I couldn't save that just now, so it did not go through. Please try again in a few minutes, or call us on ${phone}.`;
}
