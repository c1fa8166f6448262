import { createActor, fromPromise, waitFor } from "xstate";
import { loadKnowledgeBase } from "../knowledge-base/index";
import { createChatMachine } from "./machine";
import { createOfflineProvider } from "./offline/offline-provider";
import type { ChatProvider } from "./provider";
import type { Booking } from "./schema";
import { stateName } from "./state-name";

/** Drives the pure machine in memory with a provider and a fake booking lookup (tests only, no I/O). */
export function createTestChat(opts: { provider?: ChatProvider; bookings?: Booking[]; now?: string } = {}) {
  const provider = opts.provider ?? createOfflineProvider();
  let n = 0;
  const kb = loadKnowledgeBase();
  const machine = createChatMachine(kb.handbook).provide({
    actors: {
      understand: fromPromise(({ input }) => provider.understand(input)),
      writeReply: fromPromise(({ input }) => provider.writeReply(input, () => {})),
      lookupBookings: fromPromise(async ({ input }) =>
        (opts.bookings ?? []).filter(
          (b) =>
            b.name.toLowerCase() === input.name.toLowerCase() &&
            b.contact.replace(/\D/g, "") === input.contact.replace(/\D/g, ""),
        ),
      ),
    },
  });
  const actor = createActor(machine, { input: { handbookVersion: kb.version } });
  actor.start();
  return {
    actor,
    async say(text: string, now = opts.now ?? "2026-11-23T09:00:00-08:00") {
      n += 1;
      actor.send({ type: "USER_MESSAGE", text, now, newId: `BK-${n}` });
      const snap = await waitFor(actor, (s) => s.hasTag("stable"));
      return { reply: snap.context.reply, state: stateName(snap.value), context: snap.context };
    },
  };
}

/** Says each message in turn to a fresh test chat at `now`, and returns every turn's result. */
export async function runChat(messages: string[], now: string) {
  const chat = createTestChat({ now });
  const out = [];
  for (const m of messages) out.push(await chat.say(m, now));
  return out;
}
