import { describe, expect, it } from "vitest";
import { parseUsersArgs } from "./users-cli-args";

describe("parseUsersArgs", () => {
  it.each<[string[], unknown]>([
    [[], { kind: "help" }],
    [
      ["add", "--email", "a@b.c", "--name", "Ann", "--role", "admin"],
      { kind: "add", email: "a@b.c", name: "Ann", role: "admin" },
    ],
    [["list", "--json"], { kind: "list", json: true }],
    [["remove", "--email", "a@b.c"], { kind: "remove", email: "a@b.c" }],
    [["reset-password", "--email", "a@b.c"], { kind: "reset-password", email: "a@b.c" }],
    [
      ["token", "create", "--name", "ci", "--role", "annotator"],
      { kind: "token-create", name: "ci", role: "annotator", by: "cli" },
    ],
    [["token", "list"], { kind: "token-list", json: false }],
    [["token", "revoke", "abc"], { kind: "token-revoke", id: "abc" }],
  ])("%j", (argv, command) => {
    expect(parseUsersArgs(argv)).toEqual({ ok: true, command });
  });

  it.each([
    [["add", "--email", "a@b.c", "--name", "Ann", "--role", "owner"]],
    [["add", "--email", "a@b.c", "--role", "admin"]],
    [["frobnicate"]],
    [["token", "revoke"]],
    [["list", "--bogus"]],
  ])("refuses %j", (argv) => {
    expect(parseUsersArgs(argv).ok).toBe(false);
  });
});
