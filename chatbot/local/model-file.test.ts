import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkModelFile, modelNameOf } from "./model-file";

const dir = mkdtempSync(join(tmpdir(), "model-file-"));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const gguf = (size: number) => Buffer.concat([Buffer.from("GGUF"), Buffer.alloc(size - 4)]);

describe("checkModelFile", () => {
  it.each<[string, string, number | undefined, string | null]>([
    ["a GGUF of plausible size", file("ok.gguf", gguf(2_000_000)), undefined, null],
    ["a missing file", join(dir, "nope.gguf"), undefined, "missing"],
    [
      "a file without the GGUF magic",
      file("html.gguf", Buffer.from("<html>not a model</html>".padEnd(2_000_000))),
      undefined,
      "not_gguf",
    ],
    ["a GGUF header with nothing after it", file("short.gguf", gguf(64)), undefined, "truncated"],
    ["a known model of the wrong size", file("cut.gguf", gguf(2_000_000)), 2_000_001, "truncated"],
  ])("%s", (_name, path, expected, reason) => {
    const result = checkModelFile(path, expected);
    if (reason === null) return expect(result.ok).toBe(true);
    if (result.ok) return expect.fail("expected an error");
    expect(result.error.reason).toBe(reason);
    expect(result.error.message).toContain(path);
    expect(result.error.message).toContain("pnpm model pull");
  });

  it("names the model after the file", () =>
    expect(modelNameOf("/x/gemma-3-270m-q4_k_m.gguf")).toBe("gemma-3-270m-q4_k_m"));
});
