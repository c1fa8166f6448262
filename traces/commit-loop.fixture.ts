/**
 * Child process for the crash test (not imported by anything): commits turns, each with argv[4] spans and a booking, to
 * the store at argv[2] for conversation argv[3] forever, printing each committed index, until the parent SIGKILLs it.
 */
import { aBooking, aConversation, aSpan, aTurn, at } from "./fixtures";
import { openTraceStore } from "./store";

const [path, conversationId, spanCount] = process.argv.slice(2);
if (!path || !conversationId || !spanCount)
  throw new Error("usage: commit-loop.fixture.ts <db path> <conversation id> <spans per turn>");

const store = openTraceStore(path);
store.createConversation(aConversation({ id: conversationId }));
const padding = "x".repeat(20_000); // big rows make each transaction span several pages
for (let index = 1; ; index++) {
  const spans = Array.from({ length: Number(spanCount) }, (_, i) =>
    aSpan({
      spanId: `${conversationId}-${index}-${i}`,
      traceId: `${conversationId}-${index}`,
      startTime: at(index),
      attributes: { i, padding },
    }),
  );
  const booking = aBooking({ id: `${conversationId}-b${index}`, conversationId });
  store.commitTurn(aTurn({ conversationId, index, stateAfter: `s${index}`, snapshot: { padding } }), spans, {
    bookings: [booking],
  });
  process.stdout.write(`${index}\n`);
}
