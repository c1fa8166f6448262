import { describe, expect, it } from "vitest";
import { type ReadSource, sourceVersion } from "./source-version";

const tree =
  (files: Record<string, string>): ReadSource =>
  (p) =>
    files[p] ?? null;
const base = {
  "/r/checks/check-a.ts": 'import { x } from "../claims/index";\nexport const a = x;',
  "/r/claims/index.ts": 'export * from "./x";',
  "/r/claims/x.ts": 'import { y } from "./y";\nexport const x = y;',
  "/r/claims/y.ts": "export const y = 1;",
  "/r/claims/unrelated.ts": "export const z = 2;",
};

describe("sourceVersion", () => {
  it("changes when any transitively imported file changes, not when an unimported one does", () => {
    const v = sourceVersion("/r/checks/check-a.ts", tree(base));
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    expect(sourceVersion("/r/checks/check-a.ts", tree({ ...base, "/r/claims/y.ts": "export const y = 2;" }))).not.toBe(
      v,
    );
    expect(
      sourceVersion("/r/checks/check-a.ts", tree({ ...base, "/r/claims/unrelated.ts": "export const z = 3;" })),
    ).toBe(v);
  });

  it("fails loudly when the entry is missing", () => {
    expect(() => sourceVersion("/r/checks/nope.ts", tree(base))).toThrow(/not found/);
  });
});
