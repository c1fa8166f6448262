import { describe, expect, it } from "vitest";
import { redactSecrets } from "./redact-secrets";

describe("redactSecrets", () => {
  it.each([
    ["Incorrect API key provided: sk-proj-abcdefghijklmnop1234", "Incorrect API key provided: [redacted]"],
    ["header Authorization: Bearer abc.def-ghijklmnop", "header Authorization: [redacted]"],
    ["token jbs_AAAAAAAAAAAAAAAAAAAAAAAAAAAA leaked", "token [redacted] leaked"],
    ['{"api_key": "hunter2hunter2"}', '{"api_key": "[redacted]"}'],
    ["password=correcthorse", "password=[redacted]"],
    ["AKIAABCDEFGHIJKLMNOP", "[redacted]"],
    ["nothing secret here, sk-short", "nothing secret here, sk-short"],
  ])("%s", (input, expected) => {
    expect(redactSecrets(input, {})).toBe(expected);
  });

  it("removes the configured key itself, whatever its shape", () => {
    expect(redactSecrets("model said: my-local-key-123 is your key", { OPENAI_API_KEY: "my-local-key-123" })).toBe(
      "model said: [redacted] is your key",
    );
  });
});
