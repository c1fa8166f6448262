import { describe, expect, it } from "vitest";
import { apiError, codeForThrown, domainError, ERRORS } from "./errors";

describe("error table", () => {
  it("answers with the table's status and public message", async () => {
    const r = apiError("sign_in_required");
    expect(r.status).toBe(401);
    expect(await r.json()).toEqual({ error: { code: "sign_in_required", message: ERRORS.sign_in_required.message } });
  });

  it("keeps a route's own message and extra fields", async () => {
    const r = apiError("invalid_rows", "2 bad rows", { rows: [{ line: 3 }] });
    expect(r.status).toBe(422);
    expect(await r.json()).toEqual({ error: { code: "invalid_rows", message: "2 bad rows" }, rows: [{ line: 3 }] });
  });

  it("maps domain codes through the table, unknown ones to 422", () => {
    expect(domainError({ code: "stale_version", message: "m" }).status).toBe(409);
    expect(domainError({ code: "unknown_trace", message: "m" }).status).toBe(404);
    expect(domainError({ code: "something_new", message: "m" }).status).toBe(422);
  });

  it.each([
    [Object.assign(new Error("ro"), { code: "SQLITE_READONLY" }), "store_unavailable"],
    [Object.assign(new Error("full"), { code: "SQLITE_FULL" }), "store_unavailable"],
    [
      new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "SQLITE_IOERR_WRITE" }) }),
      "store_unavailable",
    ],
    [new URIError("URI malformed"), "invalid_path"],
    [Object.assign(new Error("c"), { code: "SQLITE_CONSTRAINT" }), "internal_error"],
    [new Error("boom"), "internal_error"],
    ["a string", "internal_error"],
  ])("%s → %s", (error, code) => {
    expect(codeForThrown(error)).toBe(code);
  });

  it("has no 5xx but the two server failures", () => {
    const fiveHundreds = Object.entries(ERRORS)
      .filter(([, v]) => v.status >= 500)
      .map(([k]) => k);
    expect(fiveHundreds.sort()).toEqual(["internal_error", "store_unavailable"]);
  });
});
