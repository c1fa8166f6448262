import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const APP = join(import.meta.dirname);
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );
const all = files(APP).map((f) => relative(APP, f));

// Pages a customer or a signed-out visitor may open; every other page is the team's.
const PUBLIC_PAGES = new Set(["page.tsx", "sign-in/page.tsx"]);

describe("every route behind the one guard", () => {
  const routes = all.filter((f) => f.startsWith("api/") && f.endsWith("/route.ts"));

  it("finds the routes", () => {
    expect(routes.length).toBeGreaterThanOrEqual(16);
  });

  it.each(routes)("%s exports only handlers built by route()", (file) => {
    const src = readFileSync(join(APP, file), "utf8");
    expect(src).not.toMatch(/export (async )?function (GET|POST|PUT|PATCH|DELETE)/);
    const exported = [...src.matchAll(/export const (GET|POST|PUT|PATCH|DELETE) = (\w+)/g)];
    expect(exported.length).toBeGreaterThan(0);
    for (const [, , value] of exported)
      expect(value === "route" || new RegExp(`const ${value} = route\\(`).test(src)).toBe(true);
  });

  it.each(all.filter((f) => f.endsWith("page.tsx") && !PUBLIC_PAGES.has(f)))("%s checks the session first", (file) => {
    expect(readFileSync(join(APP, file), "utf8")).toMatch(/await requireTeamPage\("(read|label|admin)"/);
  });
});
