import { afterEach, describe, expect, it } from "vitest";
import { closeOnSignals } from "./close-on-signals";

let remove: (() => void) | undefined;
afterEach(() => remove?.());

describe("closeOnSignals", () => {
  it("closes once on SIGTERM, then exits 143", async () => {
    const events: string[] = [];
    const exited = new Promise<number>((resolve) => {
      remove = closeOnSignals(async () => {
        events.push("close");
      }, resolve);
    });
    process.emit("SIGTERM", "SIGTERM");
    process.emit("SIGTERM", "SIGTERM");
    expect(await exited).toBe(143);
    expect(events).toEqual(["close"]);
  });

  it("still exits (130) and reports when close fails", async () => {
    const reports: string[] = [];
    const exited = new Promise<number>((resolve) => {
      remove = closeOnSignals(
        () => Promise.reject(new Error("store busy")),
        resolve,
        (m) => reports.push(m),
      );
    });
    process.emit("SIGINT", "SIGINT");
    expect(await exited).toBe(130);
    expect(reports).toEqual(["closing on SIGINT failed: store busy"]);
  });
});
