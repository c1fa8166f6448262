import { describe, expect, it } from "vitest";
import { fixStoredDetail } from "./stored-detail-fix";

// Phrasings of our own, none from a dev or held-out set.
const mail = { name: "Rosa Marquez", contact: "rosa.marquez@outlook.cmo" };
const phone = { name: "Jakob Fischer", contact: "971 555 3816" };

describe("a part of a held contact or name, fixed in a later message", () => {
  it.each([
    [mail, "ugh, .com, not .cmo", "contact", "rosa.marquez@outlook.com"],
    [mail, "my bad — outlook.com is right", "contact", "rosa.marquez@outlook.com"],
    [{ ...mail, contact: "rosa@hotmial.com" }, "typed hotmial instead of hotmail, sorry", null, null],
    [{ ...mail, contact: "rosa@hotmial.com" }, "it should be hotmail not hotmial", "contact", "rosa@hotmail.com"],
    [phone, "whoops, it ends in 3861", "contact", "971 555 3861"],
    [phone, "the final digits are wrong: last two numbers should be 61", "contact", "971 555 3861"],
    [phone, "starts with 503 not 971, sorry", "contact", "503 555 3816"],
    [phone, "oops I meant 3817", "contact", "971 555 3817"],
    [phone, "sorry, Jacob not Jakob", "name", "Jacob Fischer"],
    [
      { ...phone, name: "Matthew Fischer" },
      "correction: no w at the end, I mean... without the w",
      "name",
      "Matthe Fischer",
    ],
  ])("%o + %s → %s %s", (draft, message, field, value) => {
    const fix = fixStoredDetail(draft, message);
    expect(fix).toEqual(field ? { field, value } : null);
  });

  it.each([
    [phone, "no wait, 3pm not 2", true],
    [phone, "sorry, the 17th not the 16th", true],
    [phone, "not sure if that works, is 10 ok?", true],
    [mail, "yes that's all correct", false],
    [mail, "sorry, can we make it 9 a.m. instead", true],
    [mail, "oops, it's rosa.marquez@outlook.cmo", false],
    [mail, "actually switch it to a full service instead of a tune-up", false],
    [mail, "sorry, not a tune-up but the full service", false],
  ])("%o + %s → nothing held is fixed", (draft, message, readsWhen) => {
    expect(fixStoredDetail(draft, message, readsWhen)).toBeNull();
  });
});
