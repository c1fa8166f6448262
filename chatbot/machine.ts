import { assign, fromPromise, setup } from "xstate";
import { allFacts, type Fact, type Handbook } from "../knowledge-base/index";
import { type ChatContext, initialContext, STABLE_STATES, type StableState, turnStart } from "./context";
import { decideAfterLookup } from "./decide-identity";
import { decideTurn } from "./decide-turn";
import { renderDecision } from "./offline/render-reply";
import { understandOffline } from "./offline/understand-offline";
import type { ReplyInput, UnderstandInput } from "./provider";
import { isProviderError } from "./providers/provider-error";
import type { Booking, LlmCall, Understanding } from "./schema";

/** A customer message; `now` and `newId` are injected so the machine stays pure. */
export type ChatEvent = { type: "USER_MESSAGE"; text: string; now: string; newId: string };

const HISTORY_LIMIT = 8;

/** A typed actor slot: declares the actor's input and output; the runtime supplies the real one with `.provide()`. */
function placeholder<TOutput, TInput>(name: string) {
  return fromPromise<TOutput, TInput>(async () => {
    throw new Error(`actor "${name}" must be provided by the runtime`);
  });
}

/** Input the understanding actor receives. */
export function understandInput(ctx: ChatContext): UnderstandInput {
  return { message: ctx.message, state: ctx.stateBefore, expecting: ctx.expecting, history: ctx.history, now: ctx.now };
}

/** Input the reply actor receives: the decision plus the handbook facts its ids name. */
export function replyInput(ctx: ChatContext, factById: ReadonlyMap<string, Fact>): ReplyInput {
  const decision = ctx.decision ?? { parts: [], factIds: [] };
  return {
    message: ctx.message,
    decision,
    facts: decision.factIds.flatMap((id) => factById.get(id) ?? []),
    history: ctx.history,
    now: ctx.now,
  };
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

const onMessage = (from: StableState) => ({
  target: "#chat.turn" as const,
  actions: { type: "beginTurn" as const, params: { from } },
});

/** The chatbot as a pure xstate machine over one handbook; the runtime provides `understand`, `lookupBookings` and `writeReply`. */
export function createChatMachine(handbook: Handbook) {
  const factById = new Map(allFacts(handbook).map((f) => [f.id, f]));
  return setup({
    types: {
      context: {} as ChatContext,
      events: {} as ChatEvent,
      input: {} as { handbookVersion: string },
    },
    actors: {
      understand: placeholder<{ understanding: Understanding; call: LlmCall }, UnderstandInput>("understand"),
      lookupBookings: placeholder<Booking[], { name: string; contact: string }>("lookupBookings"),
      writeReply: placeholder<{ text: string; call: LlmCall }, ReplyInput>("writeReply"),
    },
    guards: {
      needsLookup: ({ context }) => context.pendingLookup !== null,
      nextIs: ({ context }, params: { state: StableState }) => context.next === params.state,
    },
    actions: {
      beginTurn: assign(({ event }, params: { from: StableState }) => ({
        ...turnStart(params.from, event.text, event.now, event.newId),
        pendingLookup: null,
      })),
      decide: assign(({ context }) => {
        const u = context.understanding ?? understandOffline(handbook, understandInput(context));
        const d = decideTurn(handbook, context, u, context.stateBefore);
        return { ...d.patch, decision: d.decision, next: d.next, effects: d.effects, pendingLookup: d.lookup };
      }),
      finishTurn: assign(({ context }) => ({
        history: [
          ...context.history,
          { role: "user" as const, content: context.message },
          { role: "assistant" as const, content: context.reply },
        ].slice(-HISTORY_LIMIT),
      })),
    },
  }).createMachine({
    id: "chat",
    context: ({ input }) => initialContext(input.handbookVersion),
    initial: "idle",
    states: {
      idle: { tags: ["stable"], on: { USER_MESSAGE: onMessage("idle") } },
      browsing: { tags: ["stable"], on: { USER_MESSAGE: onMessage("browsing") } },
      booking: {
        initial: "collecting",
        states: {
          collecting: { tags: ["stable"], on: { USER_MESSAGE: onMessage("booking.collecting") } },
          confirming: { tags: ["stable"], on: { USER_MESSAGE: onMessage("booking.confirming") } },
        },
      },
      booked: { tags: ["stable"], on: { USER_MESSAGE: onMessage("booked") } },
      managing_booking: { tags: ["stable"], on: { USER_MESSAGE: onMessage("managing_booking") } },
      handoff: { tags: ["stable"], on: { USER_MESSAGE: onMessage("handoff") } },
      turn: {
        initial: "understanding",
        states: {
          understanding: {
            invoke: {
              id: "understand",
              src: "understand",
              input: ({ context }) => understandInput(context),
              onDone: {
                target: "deciding",
                actions: assign(({ context, event }) => ({
                  understanding: event.output.understanding,
                  llmCalls: [...context.llmCalls, event.output.call],
                })),
              },
              onError: {
                target: "deciding",
                // The model failed: fall back to the offline rules so the customer still gets a handbook-true answer.
                actions: assign(({ context, event }) => ({
                  understanding: understandOffline(handbook, understandInput(context)),
                  errors: [...context.errors, `understand: ${errorText(event.error)}`],
                  llmCalls: [...context.llmCalls, ...failedCall(event.error)],
                })),
              },
            },
          },
          deciding: {
            entry: "decide",
            always: [{ guard: "needsLookup", target: "lookingUp" }, { target: "replying" }],
          },
          lookingUp: {
            invoke: {
              id: "lookupBookings",
              src: "lookupBookings",
              input: ({ context }) => ({
                name: context.pendingLookup?.name ?? "",
                contact: context.pendingLookup?.contact ?? "",
              }),
              onDone: {
                target: "replying",
                actions: assign(({ context, event }) => {
                  const step = decideAfterLookup(handbook, context.pendingLookup!, event.output, context.now);
                  const parts = [...(context.decision?.parts ?? []), ...step.parts];
                  return {
                    decision: {
                      parts,
                      factIds: [
                        ...new Set([...(context.decision?.factIds ?? []), "policy.cancellation", "shop.phone"]),
                      ],
                    },
                    next: step.next,
                    effects: { bookings: [], cancelBookingIds: step.effects?.cancelBookingIds ?? [] },
                    // The booking made earlier in this conversation, once cancelled, is no longer recalled as booked.
                    lastBooking:
                      context.lastBooking && step.effects?.cancelBookingIds?.includes(context.lastBooking.id)
                        ? { ...context.lastBooking, status: "cancelled" as const }
                        : context.lastBooking,
                    pendingLookup: null,
                  };
                }),
              },
              onError: {
                target: "replying",
                actions: assign(({ context, event }) => ({
                  decision: {
                    parts: [{ kind: "error" as const, message: "I couldn't look up bookings just now" }],
                    factIds: ["shop.phone"],
                  },
                  errors: [...context.errors, `lookupBookings: ${errorText(event.error)}`],
                  pendingLookup: null,
                  next: "browsing" as const,
                })),
              },
            },
          },
          replying: {
            invoke: {
              id: "writeReply",
              src: "writeReply",
              input: ({ context }) => replyInput(context, factById),
              onDone: {
                target: "done",
                actions: assign(({ context, event }) => ({
                  reply: event.output.text,
                  llmCalls: [...context.llmCalls, event.output.call],
                })),
              },
              onError: {
                target: "done",
                // The reply model failed: render the same validated decision with the offline templates.
                actions: assign(({ context, event }) => ({
                  reply: renderDecision(handbook, context.decision ?? { parts: [], factIds: [] }),
                  errors: [...context.errors, `writeReply: ${errorText(event.error)}`],
                  llmCalls: [...context.llmCalls, ...failedCall(event.error)],
                })),
              },
            },
          },
          done: {
            entry: "finishTurn",
            always: STABLE_STATES.map((state) => ({
              guard: { type: "nextIs" as const, params: { state } },
              target: `#chat.${state}`,
            })),
          },
        },
      },
    },
  });
}

/** The machine `createChatMachine` builds (one per handbook). */
export type ChatMachine = ReturnType<typeof createChatMachine>;

/** The model call a provider error carries (tokens, latency, the error), so a failed call is on the trace too. */
function failedCall(error: unknown): LlmCall[] {
  return isProviderError(error) ? [error.call] : [];
}
