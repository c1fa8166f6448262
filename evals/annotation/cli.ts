import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../../knowledge-base/index";
import { defaultDatabasePath, openTraceStore } from "../../traces/index";
import { createAnnotationDeps } from "./deps";
import { importLabelFile } from "./import-labels";
import { importTooLarge, MAX_IMPORT_BYTES } from "./import-limits";
import { changeTaxonomy } from "./taxonomy-writes";

/** Usage of `pnpm eval labels`. */
export const LABELS_USAGE = `usage:
  pnpm eval labels import --input FILE.csv|FILE.jsonl [--author NAME] [--json]
  pnpm eval labels assign --mode MODE_ID --trace ID [--trace ID ...] [--author NAME] [--json]`;

const err = (s: string) => void process.stderr.write(s);
const out = (s: string) => void process.stdout.write(s);

/**
 * `pnpm eval labels import|assign`: the label import and the taxonomy `assign` of the annotation screens, from a
 * script, with the same checks (trace and fact ids must exist; a bad file is refused whole with every bad line, as
 * `FILE line N: …` on stderr). Exit 0 done, 1 refused, 2 bad arguments or an unreadable / too large file, 3 the
 * database failed part-way (the message says how many rows are in; run it again).
 */
export async function labelsCli(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (error) {
    err(`eval labels: ${(error as Error).message}\n${LABELS_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    out(`${LABELS_USAGE}\n`);
    return 0;
  }
  const traces = openTraceStore(defaultDatabasePath());
  const deps = createAnnotationDeps(traces, loadKnowledgeBase());
  try {
    return args.command === "import" ? await importFile(deps, args) : assign(deps, args);
  } finally {
    deps.labels.close();
    traces.close();
  }
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      input: { type: "string" },
      mode: { type: "string" },
      trace: { type: "string", multiple: true },
      author: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const command = positionals[0];
  const author = values.author?.trim() || process.env.USER || "cli";
  if (values.help) return { help: true as const, command: "import" as const, author, json: false };
  if (positionals.length !== 1 || (command !== "import" && command !== "assign"))
    throw new Error(`expected "import" or "assign", got "${positionals.join(" ")}"`);
  if (command === "import" && !values.input) throw new Error("import needs --input FILE");
  if (command === "assign" && (!values.mode || !values.trace?.length))
    throw new Error("assign needs --mode and at least one --trace");
  return {
    help: false as const,
    command,
    author,
    json: values.json,
    input: values.input ?? "",
    mode: values.mode ?? "",
    traces: values.trace ?? [],
  };
}

type Args = Exclude<ReturnType<typeof parse>, { help: true }>;
type Deps = ReturnType<typeof createAnnotationDeps>;

async function importFile(deps: Deps, args: Args): Promise<number> {
  let text: string;
  try {
    if (statSync(args.input).size > MAX_IMPORT_BYTES)
      throw new Error(`larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB; split it into smaller files`);
    text = readFileSync(args.input, "utf8");
  } catch (error) {
    err(`eval labels import: cannot import ${args.input}: ${(error as Error).message}\n`);
    return 2;
  }
  const tooLarge = importTooLarge(text);
  if (tooLarge) {
    err(`eval labels import: ${args.input}: ${tooLarge}\n`);
    return 2;
  }
  const r = await importLabelFile(deps, { text, fileName: args.input, author: args.author });
  if (r.ok) {
    const x = r.result;
    out(
      args.json
        ? `${JSON.stringify(x)}\n`
        : `imported ${x.imported} of ${x.rows} labels (${x.unchanged} unchanged)${x.taxonomyVersion === null ? "" : `, taxonomy v${x.taxonomyVersion}`}\n`,
    );
    return 0;
  }
  if ("errors" in r) {
    for (const e of r.errors) err(`${args.input} line ${e.line}: ${e.message}\n`);
    err(`eval labels import: ${r.errors.length} bad row(s); nothing was imported\n`);
    return 1;
  }
  err(`eval labels import: ${r.interrupted.message}\n`);
  return 3;
}

function assign(deps: Deps, args: Args): number {
  const r = changeTaxonomy(deps, {
    change: { kind: "assign", modeId: args.mode, traceIds: args.traces },
    author: args.author,
  });
  if (!r.ok) {
    err(`eval labels assign: ${r.error.message}\n`);
    return 1;
  }
  out(args.json ? `${JSON.stringify({ version: r.version.version })}\n` : `taxonomy v${r.version.version}\n`);
  return 0;
}
