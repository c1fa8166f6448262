import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Reads a source file's text, or null when there is none at that path. */
export type ReadSource = (path: string) => string | null;

// Read once per process: every evaluator walks the same shared modules (the code loaded is the code of this process).
const disk = new Map<string, string | null>();
const readDisk: ReadSource = (p) => {
  if (!disk.has(p)) disk.set(p, existsSync(p) ? readFileSync(p, "utf8") : null);
  return disk.get(p)!;
};
const IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

// The imports of a file on disk, found once per process: every evaluator's walk passes through the same shared modules.
const diskImports = new Map<string, readonly string[]>();

/** Every relative module a file imports, resolved to an existing `.ts` file or folder `index.ts`. */
function imports(file: string, text: string, read: ReadSource): readonly string[] {
  if (read !== readDisk) return findImports(file, text, read);
  let out = diskImports.get(file);
  if (!out) {
    out = Object.freeze(findImports(file, text, read));
    diskImports.set(file, out);
  }
  return out;
}

function findImports(file: string, text: string, read: ReadSource): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const base = resolve(dirname(file), m[1]!);
    const hit = [base, `${base}.ts`, join(base, "index.ts")].find((c) => c.endsWith(".ts") && read(c) !== null);
    if (hit) out.push(hit);
  }
  return out;
}

/**
 * A hash of a module and everything it imports, transitively (relative imports; packages are pinned by the
 * lockfile): an evaluator's version changes when any code it uses changes, with no revision to bump by hand.
 */
export function sourceVersion(entry: string, read: ReadSource = readDisk): string {
  const root = dirname(entry);
  const seen = new Map<string, string>();
  const stack = [resolve(entry)];
  while (stack.length) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    const text = read(file);
    if (text === null) throw new Error(`evaluator source not found: ${file}`);
    seen.set(file, text);
    stack.push(...imports(file, text, read));
  }
  const hash = createHash("sha256");
  for (const file of [...seen.keys()].sort()) hash.update(relative(root, file)).update("\0").update(seen.get(file)!);
  return hash.digest("hex").slice(0, 12);
}
