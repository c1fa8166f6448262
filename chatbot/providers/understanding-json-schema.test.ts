import { describe, expect, it } from "vitest";
import { strictSchemaProblems } from "./strict-json-schema";
import { parseUnderstandingContent, UNDERSTANDING_JSON_SCHEMA } from "./understanding-json-schema";

describe("UNDERSTANDING_JSON_SCHEMA", () => {
  it("is acceptable to OpenAI strict structured outputs", () => {
    expect(strictSchemaProblems(UNDERSTANDING_JSON_SCHEMA)).toEqual([]);
  });

  it("has no $schema dialect key and limits notOffered to handbook ids", () => {
    expect(UNDERSTANDING_JSON_SCHEMA).not.toHaveProperty("$schema");
    expect(JSON.stringify(UNDERSTANDING_JSON_SCHEMA)).toContain('"ebike.no_motor"');
  });
});

describe("parseUnderstandingContent", () => {
  it.each<[string, string, ReturnType<typeof parseUnderstandingContent>["ok"], string | undefined]>([
    [
      "full strict output",
      '{"intent":"question","topics":["hours"],"slots":{"service":null,"dateText":"tomorrow","timeText":null,"name":null,"contact":null,"notOffered":null}}',
      true,
      undefined,
    ],
    ["lenient output from a non-strict server (defaults fill in)", '{"intent":"greeting"}', true, undefined],
    ["not JSON", "Sure! Here is the JSON: {", false, "not_json"],
    ["unknown intent", '{"intent":"buy_bike"}', false, "schema_mismatch"],
    ["unknown service", '{"intent":"book","slots":{"service":"respray"}}', false, "schema_mismatch"],
  ])("%s", (_name, content, ok, reason) => {
    const result = parseUnderstandingContent(content);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.reason).toBe(reason);
  });

  it("keeps dates and times as written", () => {
    const result = parseUnderstandingContent(
      '{"intent":"book","slots":{"dateText":"next Saturday","timeText":"9:30am"}}',
    );
    expect(result).toMatchObject({
      ok: true,
      understanding: { topics: [], slots: { dateText: "next Saturday", timeText: "9:30am" } },
    });
  });
});
