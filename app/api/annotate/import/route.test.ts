import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { aConversation } from "../../../../traces/fixtures";

vi.mock("server-only", () => ({}));
process.env.DATABASE_PATH = join(mkdtempSync(join(tmpdir(), "import-route-")), "t.db");
process.env.LLM_PROVIDER = "offline";

let token = "";
beforeAll(async () => {
  const { getTeamAuth } = await import("../../../_server/team-auth");
  const { createApiToken } = await import("../../../_auth/api-tokens");
  token = (await createApiToken(await getTeamAuth(), { name: "t", role: "annotator", createdBy: "t" })).token;
  const { getStore } = await import("../../../_server/runtime");
  getStore().createConversation(aConversation({ id: "c_here" }));
});

const post = async (path: string, body: unknown) => {
  const route = path.endsWith("import") ? await import("./route") : await import("../taxonomy/route");
  const r = await route.POST(
    new Request(`http://localhost${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({}) },
  );
  return { status: r.status, json: (await r.json()) as Record<string, unknown> };
};

describe("POST /api/annotate/import", () => {
  it("refuses a trace id that does not exist with its line number, and writes nothing (422)", async () => {
    const text = "trace_id,verdict\r\nc_here,pass\r\nc_nowhere,fail\r\n";
    expect(await post("/api/annotate/import", { fileName: "l.csv", text })).toEqual({
      status: 422,
      json: {
        error: { code: "invalid_rows", message: "1 bad row(s); nothing was imported." },
        rows: [{ line: 3, message: "There is no trace c_nowhere." }],
      },
    });
    const { getAnnotationDeps } = await import("../../../annotate/_server/annotation-deps");
    expect(getAnnotationDeps().labels.currentLabels().size).toBe(0);
  });

  it("refuses more than 100,000 labels before parsing them (413)", async () => {
    const text = `trace_id,verdict\n${"c_here,pass\n".repeat(100_001)}`;
    const r = await post("/api/annotate/import", { fileName: "l.csv", text });
    expect(r.status).toBe(413);
    expect(r.json.error).toMatchObject({ code: "body_too_large", message: expect.stringContaining("at most 100,000") });
  });

  it("imports a good file (201)", async () => {
    const text = "trace_id,verdict\rc_here,pass\r";
    expect(await post("/api/annotate/import", { fileName: "l.csv", text })).toMatchObject({
      status: 201,
      json: { result: { imported: 1, rows: 1 } },
    });
  });
});

describe("POST /api/annotate/taxonomy", () => {
  it("refuses to assign a mode to a trace that does not exist (404, nothing changed)", async () => {
    const change = { kind: "assign", modeId: "bad_data", traceIds: ["c_here", "c_nowhere"] };
    expect(await post("/api/annotate/taxonomy", { baseVersion: 0, change })).toEqual({
      status: 404,
      json: { error: { code: "unknown_trace", message: "There is no trace c_nowhere; nothing was changed." } },
    });
  });
});
