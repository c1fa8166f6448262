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

describe("saysYes: informal and British yeses", () => {
  it.each(["go on then", "Go on, book it", "please do!", "that'd be lovely", "brilliant, ta", "let's do it"])(
    "%s is a yes",
    (y) => expect(saysYes(y)).toBe(true),
  );
  it.each(["go on to the next one — what about Friday?", "go on about the price, what's included?"])(
    "%s is no yes",
    (y) => expect(saysYes(y)).toBe(false),
  );
});
