import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../knowledge-base/index";
import { detectNotOffered, detectServices } from "./detect-services";
import { serviceWords } from "./details-only";

const h = loadKnowledgeBase().handbook;

describe("service readings read once per text", () => {
  it("a caller changing the services it got does not change what the next reading of that text gets", () => {
    const text = "could you true my wheel and do a tune-up";
    const first = detectServices(h, text);
    expect(first).toEqual(["truing", "tune_up"]);
    first.push("full_service");
    first.reverse();
    expect(detectServices(h, text)).toEqual(["truing", "tune_up"]);
  });

  it("the same words read after other earlier messages are read again (an e-bike named before makes a display electrical)", () => {
    const text = "the display keeps flickering";
    expect(detectNotOffered(h, text, [])).toEqual([]);
    expect(detectNotOffered(h, text, ["my e-bike is acting up"])).toContain("ebike.no_electrical");
    const got = detectNotOffered(h, text, ["my e-bike is acting up"]);
    got.length = 0;
    expect(detectNotOffered(h, text, ["my e-bike is acting up"])).toContain("ebike.no_electrical");
    expect(detectNotOffered(h, text, [])).toEqual([]);
  });

  it("a changed handbook is read afresh (its own alias is a service word)", () => {
    const other = {
      ...h,
      services: h.services.map((s) => (s.id === "truing" ? { ...s, aliases: [...s.aliases, "rim straightening"] } : s)),
    };
    expect(serviceWords(h).has("straightening")).toBe(false);
    expect(serviceWords(other).has("straightening")).toBe(true);
    expect(detectServices(other, "rim straightening please")).toEqual(["truing"]);
  });
});
