import { describe, expect, it } from "vitest";
import { saysYes } from "./customer-yes";

describe("saysYes: a customer's yes in any language, accented letters included", () => {
  it.each([
    "Sí, gracias",
    "sí!",
    "si por favor",
    "claro que sí",
    "oui, parfait",
    "Ja, genau",
    "sim",
    "vâng",
    "はい",
    "tak 👍",
  ])("%s is a yes", (y) => expect(saysYes(y)).toBe(true));
  it.each(["no, gracias", "non merci", "simple question: is 9 free?", "nein", "jasper here, what time?", "dakota"])(
    "%s is no yes",
    (y) => expect(saysYes(y)).toBe(false),
  );
});
