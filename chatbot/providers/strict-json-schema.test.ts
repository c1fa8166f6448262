import { describe, expect, it } from "vitest";
import { strictSchemaProblems } from "./strict-json-schema";

const closed = (properties: Record<string, unknown>) => ({
  type: "object",
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});

describe("strictSchemaProblems", () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    [
      "a closed object with nullable fields",
      closed({ a: { type: ["string", "null"] }, b: { anyOf: [closed({}), { type: "null" }] } }),
      [],
    ],
    ["a non-object root", { type: "array", items: { type: "string" } }, ["$: root must be an object"]],
    ["an open object", { type: "object", properties: {}, required: [] }, ["$: additionalProperties must be false"]],
    [
      "an optional property",
      { ...closed({ a: { type: "string" } }), required: [] },
      ["$.a: must be required (use a nullable type instead)"],
    ],
    ["a default value", closed({ a: { type: "string", default: "x" } }), ['$.a: unsupported keyword "default"']],
    [
      "problems inside arrays and anyOf",
      closed({
        list: { type: "array", items: { type: "object", properties: {} } },
        alt: { anyOf: [{ type: "object" }] },
      }),
      ["$.list[]: additionalProperties must be false", "$.alt|0: additionalProperties must be false"],
    ],
  ])("%s", (_name, schema, problems) => {
    expect(strictSchemaProblems(schema)).toEqual(problems);
  });
});
