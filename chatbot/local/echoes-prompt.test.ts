import { describe, expect, it } from "vitest";
import { REPLY_PROMPT } from "../providers/prompts";
import { echoesPrompt } from "./echoes-prompt";

const grounding =
  'DECISION:\n[\n  {\n    "kind": "answer",\n    "topics": ["hours"]\n  }\n]\nFACTS:\n[hours.sat] Saturday: open 9am to 3pm.';

describe("echoesPrompt", () => {
  it.each<[string, string, boolean]>([
    ["a real reply quoting a fact's words", "We're open 9am to 3pm on Saturday.", false],
    [
      "the reply prompt's first line",
      "You write the next chat message of a bike repair shop's assistant to a customer.\nYou are",
      true,
    ],
    ["a rule line, re-wrapped", "Rules:   - Phrase ONLY the decision's parts, in order.  Do not add offers", true],
    ["a whole fact line copied with its id", "[hours.sat] Saturday: open 9am to 3pm.", true],
    ["short JSON punctuation only", '"kind": "answer",', false],
  ])("%s → %s", (_name, reply, echoed) => {
    expect(echoesPrompt(reply, [REPLY_PROMPT, grounding])).toBe(echoed);
  });
});
