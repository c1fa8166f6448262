import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openTraceStore, type TraceStore } from "../traces/index";
import { createRuntime } from "./create-runtime";

const NOW = "2026-11-23T09:00:00-08:00";
const BOOKING = ["I'd like to book a tune-up on Friday at 10:30am", "Sam Lee", "my email is sam@example.com"];

/** The real SQLite store, whose turn commits fail with `failure` (a full disk, a read-only file) while `full.on` is set. */
function storeThatFills(path: string, failure: { code: string; message: string }) {
  const real = openTraceStore(path);
  const full = { on: false };
  const store: TraceStore = {
    ...real,
    commitTurn(...args) {
      if (full.on) throw Object.assign(new Error(failure.message), { code: failure.code });
      return real.commitTurn(...args);
    },
  };
  return { store, real, full };
}

describe("a booking is confirmed only once it is stored", () => {
  it.each([
    ["a full disk", { code: "SQLITE_FULL", message: "database or disk is full" }],
    ["a read-only database", { code: "SQLITE_READONLY", message: "attempt to write a readonly database" }],
  ])(
    "on %s the customer is told it did not go through — never a reference — and can retry later",
    async (_, failure) => {
      const path = join(mkdtempSync(join(tmpdir(), "durable-")), "t.db");
      const { store, real, full } = storeThatFills(path, failure);
      const rt = createRuntime({ store, tracing: false, env: { LLM_PROVIDER: "offline", DATABASE_PATH: path } });
      let id: string | undefined;
      for (const message of BOOKING) {
        const r = await rt.runTurn({ conversationId: id, message, now: NOW, source: "cli" });
        if (!r.ok) throw new Error(r.error.message);
        id = r.turn.conversationId;
      }
      expect((await rt.runTurn({ conversationId: id, message: "no wait", now: NOW, source: "cli" })).ok).toBe(true);
      const ready = await rt.runTurn({
        conversationId: id,
        message: "Friday at 10:30am please",
        now: NOW,
        source: "cli",
      });
      expect(ready.ok && ready.turn.state).toBe("booking.confirming");

      full.on = true;
      const streamed: string[] = [];
      const refused = await rt.runTurn({
        conversationId: id,
        message: "yes",
        now: NOW,
        source: "cli",
        onToken: (d) => streamed.push(d),
      });
      if (!refused.ok) throw new Error(refused.error.message);
      expect(streamed.join("")).not.toMatch(/BK-|booked/i);
      expect(refused.turn.reply).toMatch(/did not go through/);
      expect(refused.turn.bookingIds).toEqual([]);
      expect(refused.turn.state).toBe("booking.confirming");
      expect(real.findBookings("Sam Lee", "sam@example.com")).toEqual([]);

      full.on = false;
      const streamedAgain: string[] = [];
      const booked = await rt.runTurn({
        conversationId: id,
        message: "yes",
        now: NOW,
        source: "cli",
        onToken: (d) => streamedAgain.push(d),
      });
      if (!booked.ok) throw new Error(booked.error.message);
      expect(booked.turn.state).toBe("booked");
      expect(streamedAgain.join("")).toMatch(/BK-/);
      expect(real.findBookings("Sam Lee", "sam@example.com")).toHaveLength(1);
      await rt.close();
    },
  );
});
