import { describe, expect, it } from "vitest";
import { DEFAULT_CONCURRENCY, parseEvalArgs, USAGE } from "./cli-args";

describe("parseEvalArgs", () => {
  it("defaults to the run command", () => {
    expect(parseEvalArgs([])).toMatchObject({
      command: "run",
      json: false,
      dataset: "default",
      draws: 20_000,
      reportsDir: "reports",
    });
    expect(parseEvalArgs(["--json", "--limit", "5"])).toMatchObject({ command: "run", json: true, limit: 5 });
  });
  it("parses --concurrency and --judge-concurrency, with a fixed default and no judge cap", () => {
    expect(parseEvalArgs([])).toMatchObject({ concurrency: DEFAULT_CONCURRENCY, judgeConcurrency: null });
    expect(DEFAULT_CONCURRENCY).toBe(4);
    expect(parseEvalArgs(["--concurrency", "8"])).toMatchObject({ concurrency: 8, judgeConcurrency: null });
    expect(parseEvalArgs(["--concurrency=1", "--judge-concurrency", "3"])).toMatchObject({
      concurrency: 1,
      judgeConcurrency: 3,
    });
  });
  it("rejects a concurrency that is not a positive integer, naming the flag", () => {
    for (const v of ["0", "-2", "2.5", "eight", ""])
      expect(() => parseEvalArgs([`--concurrency=${v}`])).toThrow(
        /^--concurrency: number of conversations in flight must be a positive integer$/,
      );
    expect(() => parseEvalArgs(["--judge-concurrency", "0"])).toThrow(/^--judge-concurrency: .*positive integer$/);
    expect(() => parseEvalArgs(["--concurrency"])).toThrow(/concurrency/);
  });
  it("parses --bot machine|prompt (null: BOT decides) and rejects other bots", () => {
    expect(parseEvalArgs([])).toMatchObject({ bot: null });
    expect(parseEvalArgs(["--bot", "prompt", "--limit", "5"])).toMatchObject({
      command: "run",
      bot: "prompt",
      limit: 5,
    });
    expect(parseEvalArgs(["--bot=machine"])).toMatchObject({ bot: "machine" });
    expect(() => parseEvalArgs(["--bot", "chain"])).toThrow(/^--bot: unknown bot "chain"; expected machine\|prompt$/);
    expect(USAGE).toContain("[--bot machine|prompt]");
  });
  it("parses score and align", () => {
    expect(parseEvalArgs(["score", "--input", "x.jsonl", "--json"])).toEqual({
      command: "score",
      json: true,
      input: "x.jsonl",
    });
    expect(parseEvalArgs(["align", "--split", "test"])).toMatchObject({
      command: "align",
      split: "test",
      json: false,
      database: null,
    });
    expect(parseEvalArgs(["align", "--database", "/tmp/x.db"])).toMatchObject({
      command: "align",
      database: "/tmp/x.db",
    });
  });
  it("parses calibrate-judges (train split only: no --split)", () => {
    expect(parseEvalArgs(["calibrate-judges", "--limit", "4", "--seed", "2"])).toEqual({
      command: "calibrate-judges",
      json: false,
      seed: 2,
      labelled: "evals/labelled/handwritten.jsonl",
      limit: 4,
      database: null,
    });
    expect(parseEvalArgs(["calibrate-judges", "--database", "j.db"])).toMatchObject({ database: "j.db" });
    expect(() => parseEvalArgs(["calibrate-judges", "--limit", "0"])).toThrow(/limit/);
  });
  it("rejects bad input with a readable message", () => {
    expect(() => parseEvalArgs(["score"])).toThrow(/input/);
    expect(() => parseEvalArgs(["align", "--split", "train"])).toThrow(/split/);
    expect(() => parseEvalArgs(["frobnicate"])).toThrow(/unknown command/);
    expect(() => parseEvalArgs(["--limit", "zero"])).toThrow(/limit/);
    expect(() => parseEvalArgs(["--nope"])).toThrow();
  });
  it("parses judge create --mode M and modes", () => {
    expect(parseEvalArgs(["judge", "create", "--mode", "Ignores size"])).toEqual({
      command: "judge-create",
      json: false,
      mode: "Ignores size",
      seed: 1,
      labelled: "evals/labelled/handwritten.jsonl",
      by: "cli",
      database: null,
    });
    expect(parseEvalArgs(["judge", "create", "--mode", "x", "--database", "team.db"])).toMatchObject({
      database: "team.db",
    });
    expect(parseEvalArgs(["judge", "create", "--mode=x", "--json", "--by", "ann"])).toMatchObject({
      json: true,
      by: "ann",
    });
    expect(() => parseEvalArgs(["judge", "create"])).toThrow(/--mode: name the failure mode/);
    expect(() => parseEvalArgs(["judge", "delete", "--mode", "x"])).toThrow(/unknown judge command "delete"/);
    expect(() => parseEvalArgs(["judge"])).toThrow(/judge create --mode M/);
    expect(() => parseEvalArgs(["judge", "create", "extra", "--mode", "x"])).toThrow(/unexpected argument "extra"/);
    expect(parseEvalArgs(["modes", "--json"])).toMatchObject({ command: "modes", json: true, seed: 1 });
    expect(USAGE).toMatch(/pnpm eval judge create --mode M/);
  });
});
