import { DateTime } from "luxon";
import { rngFor } from "../chatbot/index";
import { timePhrase } from "./calendar";
import type { Persona, RunResult, Scenario } from "./schema";
import { createScriptedUser } from "./scripted-user";
import { type SimulateDeps, type SimulatedUser, simulate } from "./simulate";
import type { SimTurn } from "./stop-rules";
import { fill } from "./style";
import { personaValues } from "./template-writer";

/** Dependencies of a scenario run: the turn function and who plays the customer. */
export interface RunDeps extends SimulateDeps {
  /** The simulated customer for a scenario; defaults to the scripted persona. */
  userFor?: (scenario: Scenario) => SimulatedUser;
}

/** The trace metadata every synthetic conversation carries. */
export function scenarioMetadata(s: Scenario): Record<string, unknown> {
  return {
    tuple: s.tuple,
    persona: s.persona,
    seed: s.seed,
    trapId: s.trap,
    factIds: s.factIds,
    generatorVersion: s.generatorVersion,
    writer: s.writer,
    user: s.user,
  };
}

/** The default simulated customer: scripted from the persona, seeded from the scenario. */
export function scriptedUserFor(s: Scenario): SimulatedUser {
  return createScriptedUser({
    persona: s.persona,
    completeness: s.tuple.completeness,
    opening: s.query,
    rng: rngFor(s.seed, "user"),
  });
}

/** When the setup conversation runs: three days before the scenario, 11am (so the booking is well ahead of it). */
export function setupNow(now: string): string {
  return (
    DateTime.fromISO(now, { setZone: true })
      .minus({ days: 3 })
      .set({ hour: 11, minute: 0 })
      .toISO({ suppressMilliseconds: true }) ?? now
  );
}

/** The persona who made the booking a reschedule/cancel scenario starts from. */
function setupPersona(p: Persona, booking: NonNullable<Persona["existingBooking"]>): Persona {
  const date = DateTime.fromISO(booking.date).toFormat("LLL d");
  return {
    ...p,
    behaviour: "cooperative",
    style: "plain",
    goal: { kind: "book" },
    date,
    time: timePhrase(booking.time),
    pushLine: null,
    sideQuestion: null,
    questions: [],
  };
}

const toTranscript = (t: SimTurn) => ({
  user: t.user,
  bot: t.reply,
  stateBefore: t.stateBefore,
  state: t.state,
  parts: t.parts.map((p) => p.kind),
});

/**
 * Runs one scenario through the bot. A reschedule/cancel scenario first books the persona's existing booking in a
 * setup conversation (scenario id suffixed ":setup"), so there is something real to cancel.
 */
export async function runScenario(deps: RunDeps, s: Scenario): Promise<RunResult> {
  const metadata = scenarioMetadata(s);
  let setupConversationId: string | null = null;
  if (s.persona.existingBooking) {
    const persona = setupPersona(s.persona, s.persona.existingBooking);
    const opening = fill(
      "Hi, I'm {name}. I'd like to book a {service} on {date} at {time}. You can reach me at {contact}.",
      personaValues(persona),
    );
    const user = createScriptedUser({ persona, completeness: "all_upfront", opening, rng: rngFor(s.seed, "setup") });
    const setup = await simulate(deps, {
      user,
      goal: persona.goal,
      questionCount: 0,
      maxTurns: 8,
      now: setupNow(s.now),
      scenarioId: `${s.id}:setup`,
      metadata: { ...metadata, role: "setup" },
    });
    setupConversationId = setup.conversationId;
  }
  const user = (deps.userFor ?? scriptedUserFor)(s);
  const sim = await simulate(deps, {
    user,
    goal: s.persona.goal,
    questionCount: s.persona.questions.length,
    maxTurns: s.maxTurns,
    now: s.now,
    scenarioId: s.id,
    metadata,
  });
  return {
    conversationId: sim.conversationId,
    setupConversationId,
    turns: sim.turns.length,
    stopReason: sim.stopReason,
    transcript: sim.turns.map(toTranscript),
  };
}
