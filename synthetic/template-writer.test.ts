import { describe, expect, it } from "vitest";
import { mulberry32 } from "../chatbot/index";
import { draftScenario } from "./build-scenario";
import type { Persona, Tuple, WritingStyle } from "./schema";
import { addTypos, applyStyle, fill } from "./style";
import { writeTemplateQuery } from "./template-writer";

const tuple: Tuple = {
  intent: "booking",
  completeness: "all_upfront",
  behaviour: "cooperative",
  turns: "multi",
  trap: null,
};

describe("writeTemplateQuery", () => {
  it("is deterministic and fills every placeholder from the persona", () => {
    const d = draftScenario(tuple, 0, 5);
    const a = writeTemplateQuery({ tuple, persona: d.persona, trapId: null }, mulberry32(9));
    expect(writeTemplateQuery({ tuple, persona: d.persona, trapId: null }, mulberry32(9))).toBe(a);
    expect(a).not.toMatch(/\{\w+\}/);
    expect(a).toContain(d.persona.name);
    expect(a).toContain(d.persona.contact);
  });

  it.each<[WritingStyle, RegExp]>([
    ["terse", /^(book [a-z -]+ \S+ \S+\. i'm Sarah Lee|Sarah Lee, \S+ - book a )/],
    ["long", /I have a Trek FX 3 that I ride most days\..*Thanks a lot!$/],
    ["non_native", /I want make booking for/],
  ])("style %s changes the phrasing", (style, re) => {
    const persona: Persona = { ...draftScenario(tuple, 0, 5).persona, name: "Sarah Lee", bike: "a Trek FX 3", style };
    const text = writeTemplateQuery({ tuple, persona, trapId: null }, mulberry32(2));
    expect(text).toMatch(re);
  });

  it("chatty adds small talk; single-turn adversarial appends the push", () => {
    const d = draftScenario({ ...tuple, intent: "hours_location", turns: "single", behaviour: "adversarial" }, 1, 5);
    const text = writeTemplateQuery(
      { tuple: d.tuple, persona: { ...d.persona, style: "plain" }, trapId: null },
      mulberry32(1),
    );
    expect(text).toContain(d.persona.pushLine!);
  });
});

describe("style", () => {
  it("never puts typos into placeholders or key words", () => {
    const t = "Hello, I would really like to book a {service} for {date}, appreciate it";
    for (let seed = 0; seed < 30; seed++) {
      const out = addTypos(t, mulberry32(seed));
      expect(out).toContain("{service}");
      expect(out).toContain("{date}");
      expect(out).toContain("book");
    }
    expect(new Set(Array.from({ length: 30 }, (_, s) => addTypos(t, mulberry32(s)))).size).toBeGreaterThan(3);
  });

  it("terse keeps placeholders, drops greetings and lower-cases the rest", () => {
    expect(applyStyle("Hi, I'd like to book a {service} please.", "terse", mulberry32(1))).toBe(
      "want to book a {service} ",
    );
    expect(fill("{name} at {time} {unknown}", { name: "Jo", time: "9am" })).toBe("Jo at 9am {unknown}");
  });
});
