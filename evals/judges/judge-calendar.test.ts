import { describe, expect, it } from "vitest";
import { handbook } from "../../knowledge-base/index";
import { convo } from "../checks/test-support";
import { judgeCalendar } from "./judge-calendar";
import { judgeMessages } from "./judge-prompt";

describe("judgeCalendar", () => {
  it("resolves today, tomorrow and every date the conversation names, holidays and slots included", () => {
    const t = convo(
      ["Can I drop off this Thursday?", "This Thursday is Thanksgiving — how about **Friday** at 10 a.m.?"],
      "2026-11-23T09:00:00-08:00",
    );
    expect(judgeCalendar(t, handbook).split("\n")).toEqual([
      "- 2026-11-23 Monday (today): closed [hours.mon]",
      "- 2026-11-24 Tuesday (tomorrow): open 10am–6pm [hours.tue]; drop-off slots 10am–5pm [policy.slots]",
      "- 2026-11-26 Thursday: closed (Thanksgiving Day) [holiday.thanksgiving]",
      "- 2026-11-27 Friday: open 10am–6pm [hours.fri]; drop-off slots 10am–5pm [policy.slots]",
    ]);
  });

  it("goes into the judge's user message after the transcript", () => {
    const [, user] = judgeMessages("system", convo(["sat?", "Saturday 9–3."], "2026-06-03T10:00:00-07:00"));
    expect(user!.content).toMatch(
      /Assistant \(turn 1\): Saturday 9–3\.\n\nCalendar[^\n]*\n- 2026-06-03 Wednesday \(today\)/,
    );
    expect(user!.content).toMatch(/- 2026-06-06 Saturday: open 9am–3pm \[hours\.sat\]; drop-off slots 9am–2pm/);
  });
});
