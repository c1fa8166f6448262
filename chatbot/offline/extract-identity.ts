const EMAIL = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/i;
const PHONE = /(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\b\d{3}[\s.-]\d{4}\b/;
const NOT_NAMES = new Set(
  "monday tuesday wednesday thursday friday saturday sunday tomorrow today morning afternoon evening looking wondering trying hoping going interested planning calling asking not just here sure fine ok okay good great back new free available ready sorry thinking curious after still also".split(" "),
);

/** An email address or phone number in the message, as written. */
export function extractContact(text: string): string | null {
  return EMAIL.exec(text)?.[0] ?? PHONE.exec(text)?.[0]?.trim() ?? null;
}

function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => (w ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(" ");
}

/** A customer's name: "my name is Sarah Lee", "I'm Sam", "this is Jo", or a bare name when the bot just asked for it. */
export function extractName(input: string, expectingName: boolean): string | null {
  // Never read a name out of an email address or a phone number ("it's priya.chen@example.com").
  const text = input.replace(new RegExp(EMAIL.source, "gi"), " ").replace(new RegExp(PHONE.source, "g"), " ");
  const explicit = /\b(?:my name is|my name's|name is|name's|i am|i'm|im|this is|it's|its|call me)\s+([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)/i.exec(text);
  if (explicit?.[1]) {
    const words = explicit[1].split(/\s+/).filter((w) => !NOT_NAMES.has(w.toLowerCase()));
    const first = words[0];
    if (first && !NOT_NAMES.has(explicit[1].split(/\s+/)[0]!.toLowerCase())) {
      const keep = words.filter((w, i) => i === 0 || /^[A-Z]/.test(w));
      return titleCase(keep.join(" "));
    }
  }
  if (expectingName) {
    const bare = text.replace(EMAIL, "").replace(PHONE, "").replace(/[^a-zA-Z' -]/g, " ").trim();
    const words = bare.split(/\s+/).filter(Boolean);
    if (words.length >= 1 && words.length <= 3 && !words.some((w) => NOT_NAMES.has(w.toLowerCase())) && !/^(yes|no|yeah|nope|hi|hello)$/i.test(bare))
      return titleCase(words.join(" "));
  }
  return null;
}
