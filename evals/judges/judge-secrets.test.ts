import { expect, it } from "vitest";
import { convo } from "../checks/test-support";
import { createJudge } from "./judge";
import { createMemoryJudgeCache } from "./judge-cache";

const KEY = "sk-proj-AAAAbbbbCCCCddddEEEE1234";

it.each([
  ["an unusable answer that echoes the key", async () => `Sure! Your key is ${KEY}, verdict: maybe`],
  [
    "a failed call whose message echoes the key",
    async () => {
      throw new Error(`401 Incorrect API key provided: ${KEY}`);
    },
  ],
])("a judge error from %s is stored without the key", async (_what, complete) => {
  const judge = createJudge({
    mode: "bad_data",
    shots: [],
    model: "judge-test",
    complete,
    cache: createMemoryJudgeCache(),
    now: () => "2026-06-01T00:00:00Z",
  });
  const v = await judge.judge(convo(["sat hours?", "We're open until 5pm Saturday."]));
  expect(v.verdict).toBe("error");
  expect(JSON.stringify(v)).not.toContain(KEY);
});
