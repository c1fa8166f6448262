import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FUZZ, tally } from "./tally";

vi.mock("server-only", () => ({}));
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "route-fuzz-")), "fuzz.db");
process.env.LLM_PROVIDER = "offline";
process.env.OPENAI_API_KEY = "";
process.env.OPENAI_BASE_URL = "";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Target = { method: string; path: string; load: () => Promise<Record<string, unknown>>; param?: string };

/** Every route handler that reads a body or a path id (each is fuzzed as an admin, so auth is no shortcut). */
const TARGETS: Target[] = [
  { method: "POST", path: "/api/chat", load: () => import("../api/chat/route") },
  { method: "POST", path: "/api/feedback", load: () => import("../api/feedback/route") },
  { method: "GET", path: "/api/conversations/x", param: "id", load: () => import("../api/conversations/[id]/route") },
  { method: "POST", path: "/api/annotate/labels", load: () => import("../api/annotate/labels/route") },
  { method: "POST", path: "/api/annotate/labels/undo", load: () => import("../api/annotate/labels/undo/route") },
  { method: "POST", path: "/api/annotate/taxonomy", load: () => import("../api/annotate/taxonomy/route") },
  { method: "POST", path: "/api/annotate/queues", load: () => import("../api/annotate/queues/route") },
  { method: "POST", path: "/api/annotate/filters", load: () => import("../api/annotate/filters/route") },
  { method: "DELETE", path: "/api/annotate/filters", load: () => import("../api/annotate/filters/route") },
  { method: "POST", path: "/api/annotate/import", load: () => import("../api/annotate/import/route") },
  {
    method: "GET",
    path: "/api/annotate/traces/x",
    param: "id",
    load: () => import("../api/annotate/traces/[id]/route"),
  },
  { method: "POST", path: "/api/traces/queue", load: () => import("../api/traces/queue/route") },
  { method: "POST", path: "/api/traces/views", load: () => import("../api/traces/views/route") },
  {
    method: "DELETE",
    path: "/api/traces/views/x",
    param: "id",
    load: () => import("../api/traces/views/[id]/route"),
  },
  { method: "POST", path: "/api/team/users", load: () => import("../api/team/users/route") },
  { method: "DELETE", path: "/api/team/users", load: () => import("../api/team/users/route") },
  { method: "POST", path: "/api/team/tokens", load: () => import("../api/team/tokens/route") },
  { method: "DELETE", path: "/api/team/tokens", load: () => import("../api/team/tokens/route") },
  { method: "POST", path: "/api/team/setup", load: () => import("../api/team/setup/route") },
];

/** Bodies a hostile client sends: JSON of any shape, near-miss objects, broken text, NUL and lone surrogates. */
const hostileBody = fc.oneof(
  fc.json({ maxDepth: 4 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc
    .record(
      {
        message: fc.oneof(fc.string({ unit: "binary" }), fc.integer(), fc.constant(null)),
        conversationId: fc.string({ unit: "binary", maxLength: 250 }),
        traceId: fc.string({ unit: "binary", maxLength: 250 }),
        verdict: fc.constantFrom("pass", "fail", "defer", "maybe", ""),
        note: fc.string({ unit: "binary", maxLength: 200 }),
        firstFailTurn: fc.oneof(fc.integer(), fc.double(), fc.constant(null)),
        factIds: fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 5 }),
        turnIndex: fc.oneof(fc.integer(), fc.constant(-1), fc.constant(1e12)),
        rating: fc.constantFrom("up", "down", "meh"),
        baseVersion: fc.oneof(fc.integer(), fc.constant(-1)),
        change: fc.jsonValue(),
        spec: fc.jsonValue(),
        name: fc.string({ unit: "binary", maxLength: 120 }),
        query: fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.constant("q=hours&intent=book&latmin=1000")),
        email: fc.string({ unit: "binary", maxLength: 80 }),
        password: fc.string({ unit: "binary", maxLength: 40 }),
        role: fc.constantFrom("admin", "annotator", "viewer", "owner"),
        text: fc.string({ unit: "binary", maxLength: 400 }),
        fileName: fc.oneof(fc.string({ unit: "binary", maxLength: 40 }), fc.constant(null)),
        id: fc.string({ unit: "binary", maxLength: 120 }),
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
);
const hostileId = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom("%zz", "..", "c_\u0000", "\uD800"),
);

const t = tally("route handlers");
let token = "";

beforeAll(async () => {
  const { getTeamAuth } = await import("../_server/team-auth");
  const { createApiToken } = await import("../_auth/api-tokens");
  token = (await createApiToken(await getTeamAuth(), { name: "fuzz", role: "admin", createdBy: "fuzz" })).token;
});

afterAll(() => {
  const { tried, held } = t.report();
  expect(held).toBe(tried);
});

describe("every route handler answers malformed input with a JSON 4xx, never a 500", () => {
  it.each(TARGETS.map((x) => [`${x.method} ${x.path}`, x] as const))("%s", async (_name, target) => {
    const handler = (await target.load())[target.method] as Handler;
    await fc.assert(
      fc.asyncProperty(hostileBody, hostileId, async (body, id) => {
        t.tried();
        const request = new Request(`http://localhost${target.path}`, {
          method: target.method,
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
          body: target.method === "GET" ? undefined : body,
        });
        const response = await handler(request, {
          params: Promise.resolve(target.param ? { [target.param]: id } : {}),
        });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          const json = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
          expect(typeof json.error?.code).toBe("string");
          expect(typeof json.error?.message).toBe("string");
        } else await response.body?.cancel();
        t.held();
      }),
      { seed: FUZZ.seed, numRuns: FUZZ.runs ?? 40 },
    );
  });
});
