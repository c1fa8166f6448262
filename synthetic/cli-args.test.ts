import { describe, expect, it } from "vitest";
import { defaultDatasetName, parseSynthArgs } from "./cli-args";

describe("parseSynthArgs", () => {
  it("defaults to generating 100 conversations, half multi-turn", () => {
    expect(parseSynthArgs([])).toEqual({
      command: "generate",
      count: 100,
      seed: 1,
      multiTurnShare: 0.5,
      offline: false,
      dataset: null,
      json: false,
      now: null,
      bot: null,
    });
  });

  it("reads every generate option", () => {
    const a = parseSynthArgs([
      "--count",
      "200",
      "--seed",
      "7",
      "--multi-turn-share",
      "0.25",
      "--offline",
      "--dataset",
      "default",
      "--json",
      "--now",
      "2026-11-23T09:00:00-08:00",
    ]);
    expect(a).toEqual({
      command: "generate",
      count: 200,
      seed: 7,
      multiTurnShare: 0.25,
      offline: true,
      dataset: "default",
      json: true,
      now: "2026-11-23T09:00:00-08:00",
      bot: null,
    });
  });

  it("reads replay and export", () => {
    expect(parseSynthArgs(["replay", "--dataset", "default", "--json"])).toEqual({
      command: "replay",
      dataset: "default",
      json: true,
      offline: false,
      bot: null,
    });
    expect(parseSynthArgs(["replay", "--dataset", "default", "--bot", "prompt"])).toMatchObject({
      command: "replay",
      bot: "prompt",
    });
    expect(parseSynthArgs(["--bot", "machine", "--count", "3"])).toMatchObject({
      command: "generate",
      bot: "machine",
      count: 3,
    });
    expect(parseSynthArgs(["export", "--dataset", "default", "--out", "x.csv"])).toEqual({
      command: "export",
      dataset: "default",
      out: "x.csv",
    });
  });

  it.each([
    [["--multi-turn-share", "1.5"], /--multi-turn-share/],
    [["--count", "zero"], /--count/],
    [["--now", "2026-11-23T09:00"], /--now/],
    [["replay"], /--dataset/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["--bogus"], /bogus/],
    [["--bot", "agent"], /--bot: unknown bot "agent"; expected machine\|prompt/],
    [["replay", "--dataset", "default", "--bot", "x"], /--bot: unknown bot "x"/],
  ])("rejects %j", (argv, re) => {
    expect(() => parseSynthArgs(argv)).toThrow(re);
  });

  it("names a dataset after seed and count by default", () => {
    expect(defaultDatasetName({ seed: 1, count: 200 })).toBe("s1-n200");
  });
});
