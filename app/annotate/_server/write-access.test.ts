import { describe, expect, it } from "vitest";
import { checkWriteAccess, isLoopbackHost } from "./write-access";

const h = (entries: Record<string, string>) => new Headers(entries);

describe("checkWriteAccess", () => {
  it.each([
    [{ host: "localhost:3000", origin: "http://localhost:3000" }, {}, true],
    [{ host: "127.0.0.1:4123" }, {}, true],
    [{ host: "[::1]:3000", origin: "http://[::1]:3000" }, {}, true],
    [{ host: "bikes.example.com", origin: "https://bikes.example.com" }, {}, "writes_disabled"],
    [{ host: "localhost:3000", origin: "https://evil.example" }, {}, "cross_origin"],
    [{ host: "localhost:3000", origin: "null" }, {}, "cross_origin"],
    [{ host: "localhost:3000", "sec-fetch-site": "cross-site" }, {}, "cross_origin"],
    [{ host: "localhost:3000", "x-forwarded-host": "bikes.example.com" }, {}, "writes_disabled"],
    [
      { host: "bikes.example.com", origin: "https://bikes.example.com" },
      { ANNOTATION_TOKEN: "s3cret" },
      "token_required",
    ],
    [
      { host: "bikes.example.com", origin: "https://bikes.example.com", "x-annotation-token": "nope" },
      { ANNOTATION_TOKEN: "s3cret" },
      "token_required",
    ],
    [
      { host: "bikes.example.com", origin: "https://bikes.example.com", "x-annotation-token": "s3cret" },
      { ANNOTATION_TOKEN: "s3cret" },
      true,
    ],
    // A configured token is required even on localhost (a forged Host header cannot skip it).
    [{ host: "localhost:3000" }, { ANNOTATION_TOKEN: "s3cret" }, "token_required"],
    [
      { host: "bikes.example.com", origin: "https://evil.example", "x-annotation-token": "s3cret" },
      { ANNOTATION_TOKEN: "s3cret" },
      "cross_origin",
    ],
  ])("%j with %j → %s", (headers, env, expected) => {
    const r = checkWriteAccess(h(headers), env);
    expect(r.ok ? true : r.code).toBe(expected);
  });

  it.each([
    ["localhost", true],
    ["LOCALHOST:3000", true],
    ["127.0.0.9:1", true],
    ["[::1]:80", true],
    ["localhost.evil.com", false],
    ["127.0.0.1.nip.io", false],
    [null, false],
  ])("isLoopbackHost(%s) = %s", (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});
