import { describe, expect, it } from "vitest";
import { handbook as h } from "../../knowledge-base/index";
import type { ChatMessage } from "../schema";
import { serviceByOrder, withOrderedService } from "./service-by-order";

const asked = (...users: string[]): ChatMessage[] =>
  users.flatMap((content) => [
    { role: "user" as const, content },
    { role: "assistant" as const, content: "…" },
  ]);
const two = asked("how much for a full service?", "and to true a buckled wheel?");

describe("serviceByOrder: a service pointed to by its order among those talked about", () => {
  it.each([
    ["go on then, the first one please", "full_service"],
    ["I'll take the second one", "truing"],
    ["book me in for the last one you priced", "truing"],
    ["actually the former", "full_service"],
    ["the other one sounds better", "full_service"],
  ])("%s → %s", (t, id) => expect(serviceByOrder(h, t, two)).toBe(id));

  it("nothing talked about before, or no order named: none", () => {
    expect(serviceByOrder(h, "the first one please", [])).toBeNull();
    expect(serviceByOrder(h, "what's your earliest slot", two)).toBeNull();
  });

  it("the order phrase is written as the service's name, so no 'first' slot is read", () => {
    expect(withOrderedService(h, "ok book the first one for me", two)).toBe("ok book the full service for me");
    expect(withOrderedService(h, "book the first slot on friday", two)).toBe("book the first slot on friday");
  });
});
