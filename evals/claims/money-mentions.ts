/** A dollar amount in text ("$89", "$25–30", "89 dollars"). */
export interface MoneyMention {
  start: number;
  end: number;
  amount: number;
  /** Upper end of a range ("$25–30"), else null. */
  upTo: number | null;
}

const MONEY =
  /\$\s?(\d{1,5}(?:,\d{3})*(?:\.\d{1,2})?)(?:\s*(?:-|–|to)\s*\$?\s?(\d{1,5}(?:\.\d{1,2})?))?|\b(\d{1,5}(?:\.\d{1,2})?)\s*(?:dollars|bucks|usd)\b/gi;

/** Finds dollar amounts. */
export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of text.matchAll(MONEY)) {
    const amount = Number((m[1] ?? m[3] ?? "0").replace(/,/g, ""));
    out.push({ start: m.index, end: m.index + m[0].length, amount, upTo: m[2] ? Number(m[2]) : null });
  }
  return out;
}
