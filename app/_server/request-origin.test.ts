import { describe, expect, it } from "vitest";
import { checkRequestOrigin } from "./request-origin";

type Row = [what: string, headers: Record<string, string>, expected: true | "cross_origin"];

describe("checkRequestOrigin", () => {
  it.each<Row>([
    ["the shop's own page", { host: "bikes.example.com", origin: "https://bikes.example.com" }, true],
    ["same origin on loopback with a port", { host: "127.0.0.1:4123", origin: "http://127.0.0.1:4123" }, true],
    ["IPv6 loopback", { host: "[::1]:3000", origin: "http://[::1]:3000" }, true],
    ["host names differ only in case", { host: "Bikes.Example.com", origin: "https://bikes.example.COM" }, true],
    ["scheme differs behind a TLS proxy", { host: "bikes.example.com", origin: "http://bikes.example.com" }, true],
    ["curl: no Origin, no Sec-Fetch-Site", { host: "127.0.0.1:3000" }, true],
    ["no headers at all", {}, true],
    ["typed URL or bookmark", { host: "localhost:3000", "sec-fetch-site": "none" }, true],
    ["same-origin fetch without Origin", { host: "localhost:3000", "sec-fetch-site": "same-origin" }, true],
    [
      "proxy: Origin matches the forwarded host",
      { host: "10.0.0.7:3000", "x-forwarded-host": "bikes.example.com", origin: "https://bikes.example.com" },
      true,
    ],
    [
      "proxy chain: the first forwarded host counts",
      {
        host: "10.0.0.7:3000",
        "x-forwarded-host": "bikes.example.com, edge.internal",
        origin: "https://bikes.example.com",
      },
      true,
    ],
    ["another site", { host: "localhost:3000", origin: "http://evil.example" }, "cross_origin"],
    ["same name, another port", { host: "localhost:3000", origin: "http://localhost:3001" }, "cross_origin"],
    ["a subdomain", { host: "bikes.example.com", origin: "https://evil.bikes.example.com" }, "cross_origin"],
    ["a look-alike suffix", { host: "localhost:3000", origin: "http://localhost:3000.evil.example" }, "cross_origin"],
    ["Origin: null (sandboxed frame)", { host: "localhost:3000", origin: "null" }, "cross_origin"],
    ["an unparsable Origin", { host: "localhost:3000", origin: "::not a url" }, "cross_origin"],
    ["a non-web scheme", { host: "abc", origin: "chrome-extension://abc" }, "cross_origin"],
    ["Origin but no Host", { origin: "http://localhost:3000" }, "cross_origin"],
    [
      "proxy: Origin matches the inner Host, not the forwarded one",
      { host: "localhost:3000", "x-forwarded-host": "bikes.example.com", origin: "http://localhost:3000" },
      "cross_origin",
    ],
    ["cross-site without Origin", { host: "localhost:3000", "sec-fetch-site": "cross-site" }, "cross_origin"],
    ["same-site without Origin", { host: "localhost:3000", "sec-fetch-site": "same-site" }, "cross_origin"],
    [
      "a matching Origin wins over a stray Sec-Fetch-Site",
      { host: "localhost:3000", origin: "http://localhost:3000", "sec-fetch-site": "cross-site" },
      true,
    ],
  ])("%s → %s", (_what, headers, expected) => {
    const r = checkRequestOrigin(new Headers(headers));
    expect(r.ok ? true : r.code).toBe(expected);
  });

  it("reports the hosts it compared", () => {
    expect(checkRequestOrigin(new Headers({ host: "LOCALHOST:3000", origin: "http://localhost:3000" }))).toEqual({
      ok: true,
      host: "LOCALHOST:3000",
      originHost: "localhost:3000",
    });
    expect(checkRequestOrigin(new Headers({ host: "localhost:3000" }))).toEqual({
      ok: true,
      host: "localhost:3000",
      originHost: null,
    });
  });

  it("refuses with a 403 that names the origin, clipped", () => {
    const r = checkRequestOrigin(new Headers({ host: "localhost:3000", origin: `http://${"e".repeat(200)}.example` }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(403);
    expect(r.message).toMatch(
      /^This request came from another site \(Origin http:\/\/e+…, but this is localhost:3000\)/,
    );
    expect(r.message.length).toBeLessThan(250);
  });
});
