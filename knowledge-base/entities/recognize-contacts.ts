import { numberWithUnitRecognizer, sequenceRecognizer } from "./recognizers";
import type { ContactMention, MoneyMention } from "./schema";

const PHONE_CUE = /\d[\d\s().+-]{5,}\d/;
const INTERNATIONAL = /(?<![\w.@])\+\d{1,3}[\s.-]?\(?\d[\d\s().-]{5,}\d(?![\w@])/g;
const MONEY_CUE = /[$€£]|\b(dollars?|bucks?|usd|cents?|euros?|pounds?|quid)\b/i;

// The sequence recogniser costs milliseconds a call and a turn reads its message more than once: the contacts of a
// text are remembered (bounded; frozen, so no caller alters another's).
const MEMO_SIZE = 512;
const memo = new Map<string, readonly ContactMention[]>();

/** Phone numbers and e-mail addresses in a text, in order of appearance. Never throws. */
export function recognizeContacts(text: string): ContactMention[] {
  let out = memo.get(text);
  if (!out) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    out = Object.freeze(findContacts(text).map((c) => Object.freeze(c)));
    memo.set(text, out);
  }
  return out as ContactMention[];
}

function findContacts(text: string): ContactMention[] {
  const out: (ContactMention & { at: number })[] = [];
  if (!text.includes("@") && !PHONE_CUE.test(text)) return [];
  const { recognizeEmail, recognizePhoneNumber } = sequenceRecognizer();
  try {
    if (text.includes("@"))
      for (const r of recognizeEmail(text, "en-us")) {
        // "…write to r.haddad@gmail.com." — the sentence's full stop is not part of the address.
        // The recogniser stops a long top-level domain short ("fleet@bluecow.exampl"): the address runs on to its end.
        const rest = /^[\p{L}\d-]*/u.exec(text.slice(r.start + r.text.length))?.[0] ?? "";
        const value = (r.text + rest).replace(/[.,;:!?)]+$/, "");
        out.push({ kind: "email", value, normalized: value.toLowerCase(), at: r.start });
      }
    if (PHONE_CUE.test(text))
      for (const r of recognizePhoneNumber(text, "en-us")) {
        const digits = r.text.replace(/\D/g, "");
        if (
          digits.length >= 7 &&
          !out.some((o) => o.kind === "email" && r.start >= o.at && r.start < o.at + o.value.length)
        )
          out.push({ kind: "phone", value: r.text.trim(), normalized: digits, at: r.start });
      }
  } catch {
    return [];
  }
  // International numbers the recogniser misses ("+7 916 555 2211", "+44 7700 900123"): 7–15 digits with separators.
  if (!out.some((o) => o.kind === "phone"))
    for (const m of text.matchAll(INTERNATIONAL)) {
      const digits = m[0].replace(/\D/g, "");
      const inEmail = out.some((o) => o.kind === "email" && m.index >= o.at && m.index < o.at + o.value.length);
      if (digits.length >= 7 && digits.length <= 15 && !inEmail)
        out.push({ kind: "phone", value: m[0].trim(), normalized: digits, at: m.index });
    }
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...c }) => c);
}

/** Amounts of money ("$89", "30 bucks") with their currency. Never throws. */
export function recognizeMoney(text: string): MoneyMention[] {
  if (!MONEY_CUE.test(text)) return [];
  const { recognizeCurrency } = numberWithUnitRecognizer();
  try {
    return recognizeCurrency(text, "en-us").flatMap((r) => {
      const res = r.resolution as { value?: string; unit?: string } | undefined;
      const amount = Number(res?.value);
      return Number.isFinite(amount)
        ? [{ text: r.text, amount, currency: res?.unit === "Dollar" ? "USD" : (res?.unit ?? "") }]
        : [];
    });
  } catch {
    return [];
  }
}
