import { hrTimeToTimeStamp } from "@opentelemetry/core";
import { describe, expect, it } from "vitest";
import { spanTimeStamp } from "./to-span-record";

describe("spanTimeStamp", () => {
  it("writes every span time as OTel's hrTimeToTimeStamp does, whether or not the second changed since the last call", () => {
    let seed = 7;
    // A small fixed-seed generator (traces/ imports nothing from other domains).
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const times: [number, number][] = [
      [0, 0],
      [1_764_806_400, 0],
      [1_764_806_400, 1],
      [1_764_806_400, 999_999_999],
      [1_764_806_401, 120_000_000],
      [1_764_806_400, 5_000],
      [4_102_444_799, 999_000_000], // 2099-12-31T23:59:59
    ];
    for (let i = 0; i < 2000; i++) {
      const second = 1_700_000_000 + Math.floor(random() * 4) + (i % 50 === 0 ? Math.floor(random() * 1e8) : 0);
      times.push([second, Math.floor(random() * 1e9)]);
    }
    for (const t of times) expect(spanTimeStamp(t)).toBe(hrTimeToTimeStamp(t));
  });
});
