import { describe, expect, it } from "vitest";
import { runChat } from "./test-support";

// Tuesday 1 September 2026: "10/11" is Sunday 11 October (closed) or Tuesday 10 November; "10/9" is 9 October or 10 September, both open.
const TUE = "2026-09-01T10:00:00-07:00";

describe("a date in digits whose written reading is closed is refused, not swapped for the other reading", () => {
  it.each(["truing on 10/11 please", "could I get a tune up 10/11 at 11"])("%s", async (message) => {
    const [r] = await runChat([message], TUE);
    expect(r!.reply).toContain("Sunday, October 11");
    expect(r!.reply).toMatch(/closed/i);
    expect(r!.context.draft.date ?? null).toBeNull();
    expect(r!.context.expecting).toBe("date");
  });

  it("both readings open: both are asked about, as before", async () => {
    const [r] = await runChat(["truing on 10/9 please"], TUE);
    expect(r!.context.expecting).toBe("date");
    expect(r!.context.choices).toHaveLength(2);
  });
});
