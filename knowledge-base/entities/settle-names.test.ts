import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize-text";
import { recognizeNames } from "./recognize-names";

const first = (text: string, expectingName = false) => recognizeNames(normalizeText(text), expectingName)[0]?.value;

describe("recognizeNames: full names kept, other name forms", () => {
  it.each([
    // A first name said in passing, then the full name: the full one.
    ["oh hi it's tomasz again. Tomasz Wieczorek. fancy a truing friday", "Tomasz Wieczorek"],
    // Given and family names told apart.
    ["book it under Achebe, first name Ngozi", "Ngozi Achebe"],
    ["I'm Priyanka, last name Raghunathan", "Priyanka Raghunathan"],
    ["surname's Lindqvist and I'm Britt", "Britt Lindqvist"],
    // The text takes the first name back.
    ["my name is Alexandra Konstantinou but just put Sasha", "Sasha"],
    ["it's Bartholomew, actually put me down as Bart", "Bart"],
    // An elided particle keeps its case.
    ["name: Anne-Sophie l'Hermitte", "Anne-Sophie l'Hermitte"],
    ["name Pierre d'Estaing", "Pierre d'Estaing"],
  ])("%s → %s", (text, name) => expect(first(text)).toBe(name));

  it.each([
    ["de la Cruz, Marisol", "de la Cruz, Marisol"],
    ["Nakamura, Ren", "Nakamura, Ren"],
  ])("a surname written first when a name is asked: %s → %s", (text, name) => expect(first(text, true)).toBe(name));

  it("a courtesy around a bare name is not part of it; a courtesy alone is no name", () => {
    expect(first("Ruth, thanks", true)).toBe("Ruth");
    expect(first("just Ife is fine", true)).toBe("Ife");
    expect(first("ok, cheers", true)).toBeUndefined();
  });

  it.each([
    ["my names ottavio rossi, thursday at 4", "Ottavio Rossi"],
    ["truing sat 10am name=Lior Ben-David tel=503 555 0144", "Lior Ben-David"],
    ["last name is Haugen, first name Sigrid", "Sigrid Haugen"],
  ])("other cues: %s → %s", (text, name) => expect(first(text)).toBe(name));

  it("a weekday is a first name only with a capitalised surname after it", () => {
    expect(first("Monday Okonkwo", true)).toBe("Monday Okonkwo");
    expect(first("Friday afternoon", true)).toBeUndefined();
  });

  it("a name as a later item of a comma list; a greeting first is not one", () => {
    expect(first("thursday 2pm, Kofi Boateng, cable replacement")).toBe("Kofi Boateng");
    expect(first("Guten Tag, Lena Vogt, tune-up on Friday")).toBe("Lena Vogt");
    expect(first("Hola, Marta Ruiz, full service tuesday")).toBe("Marta Ruiz");
  });
});

describe("recognizeNames: a nickname beside the full name books the full one", () => {
  it.each([
    ["put it under Kate — Katherine Moreau on paper", "Katherine Moreau"],
    ["everyone calls me Bo, my full name is Robert Lindqvist", "Robert Lindqvist"],
    ["it's Alex, well Alexandra Petrov officially", "Alexandra Petrov"],
    ["call me Nic, legally Nicolás Ferrer", "Nicolás Ferrer"],
  ])("%s → %s", (text, name) => expect(first(text, true)).toBe(name));

  it("another person's full name beside one's own is not a nickname's", () => {
    expect(first("I'm Sam, it's for my son Alex Smith", true)).toBe("Sam");
  });
});

describe("recognizeNames: a cue's first sentence is the name, the rest says something about it", () => {
  it.each([
    ["just Thandiwe. no surname, I go by the one name", "Thandiwe"],
    ["it's Ravi. that's all you need", "Ravi"],
  ])("%s → %s", (text, name) => expect(first(text, true)).toBe(name));
});
