import { describe, expect, it } from "vitest";
import type { DecisionPart } from "../chatbot/index";
import { mulberry32 } from "../chatbot/index";
import type { Persona } from "./schema";
import { initialMemory, scriptedStep } from "./scripted-user";
import type { SimTurn } from "./stop-rules";
import { testPersona } from "./test-support";

const persona = testPersona;
const turn = (o: Partial<SimTurn> & { kinds?: string[] }): SimTurn => ({
  purpose: "answer",
  user: "u",
  reply: "r",
  stateBefore: "booking.collecting",
  state: "booking.collecting",
  expecting: null,
  bookingIds: [],
  parts: (o.kinds ?? ["ask"]).map((kind) => ({ kind }) as DecisionPart),
  ...o,
});
const step = (p: Persona, turns: SimTurn[], mem = initialMemory(p)) =>
  scriptedStep(p, "partial", mem, turns, mulberry32(1));

describe("scriptedStep", () => {
  it.each([
    ["service", "tune-up"],
    ["date", "Friday"],
    ["time", "10:30am"],
    ["name", "Sarah Lee"],
    ["contact", "503-555-0142"],
    ["identity_name", "Sarah Lee"],
    ["identity_contact", "503-555-0142"],
  ])("answers the bot's question for %s from the hidden facts", (expecting, text) => {
    const [move] = step(persona(), [turn({ expecting })]);
    expect(move).toEqual({ kind: "say", text, purpose: "answer" });
  });

  it("confirms a booking summary, and a chatty customer wraps answers", () => {
    expect(step(persona(), [turn({ state: "booking.confirming", kinds: ["confirm"] })])[0]).toMatchObject({
      purpose: "confirm",
    });
    expect(step(persona({ behaviour: "chatty" }), [turn({ expecting: "name" })])[0]).toMatchObject({
      text: "Sure! It's Sarah Lee.",
    });
  });

  it("takes the bot's first alternative after a refused date or time", () => {
    const refused = {
      kind: "invalid_slot",
      field: "date",
      reason: "closed",
      requested: "2026-11-30",
      alternatives: ["2026-12-01"],
      date: null,
    } as DecisionPart;
    const [move, mem] = step(persona({ date: "Monday" }), [{ ...turn({ expecting: "date" }), parts: [refused] }]);
    expect(move).toMatchObject({ text: "Dec 1" });
    expect(mem.date).toBe("Dec 1");
  });

  it("corrective: changes the date once at the confirmation", () => {
    const p = persona({ behaviour: "corrective" });
    const [move, mem] = step(p, [turn({ state: "booking.confirming", kinds: ["confirm"] })]);
    expect(move).toEqual({ kind: "say", text: "Actually, can we do Saturday at 11am instead?", purpose: "correct" });
    expect(step(p, [turn({ state: "booking.confirming", kinds: ["confirm"] })], mem)[0]).toMatchObject({
      purpose: "confirm",
    });
  });

  it("distracted: asks the side question once mid-booking; adversarial: pushes once", () => {
    const d = persona({ behaviour: "distracted", sideQuestion: "btw where are you located?" });
    const [side, mem] = step(d, [turn({ expecting: "date" })]);
    expect(side).toMatchObject({ purpose: "side", text: "btw where are you located?" });
    expect(step(d, [turn({ expecting: "date" })], mem)[0]).toMatchObject({ purpose: "answer" });
    expect(step(persona({ behaviour: "adversarial", pushLine: "50% off?" }), [turn({})])[0]).toMatchObject({
      purpose: "push",
    });
  });

  it("gives up when unhelpful turns exceed patience", () => {
    const p = persona({
      patience: 0,
      goal: { kind: "answer", expect: "answer" },
      questions: ["Do you sell gift cards?"],
    });
    expect(step(p, [turn({ purpose: "question", kinds: ["dont_know"], state: "browsing" })])[0]).toEqual({
      kind: "stop",
      reason: "gave_up",
    });
    const patient = { ...p, patience: 3 };
    expect(step(patient, [turn({ purpose: "question", kinds: ["dont_know"], state: "browsing" })])[0]).toMatchObject({
      text: "Sorry, let me ask again: Do you sell gift cards?",
    });
  });

  it("asks to book when the bot is not collecting a booking yet", () => {
    expect(step(persona(), [turn({ state: "browsing", kinds: ["answer"], purpose: "question" })])[0]).toEqual({
      kind: "say",
      text: "I'd like to book a tune-up on Friday at 10:30am.",
      purpose: "request",
    });
  });
});
