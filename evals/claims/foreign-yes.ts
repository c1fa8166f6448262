import { memoKeyed } from "../../knowledge-base/text-memo";

/**
 * A short yes in another language ("ja, passt", "oui c'est bon", "claro que sí", "tak", "hai"): customers answer a
 * read-back in their own language, and the yes counts like an English one. Negatives in the same languages veto it.
 */
const YES_WORDS =
  "ja|jawohl|jep|genau|passt|stimmt|richtig|klar|oui|ouais|d'accord|parfait|exact(?:ement)?|s[ií]|claro|vale|perfecto|correcto|exacto|dale|certo|esatto|perfetto|va bene|sim|isso|tak|da|ano|igen|kyll[äa]|joo|evet|hai|ok(?:ej|ay)?|klopt|prima|natuurlijk|graag|bien s[uû]r|c'est bon|g[eé]nial|super";
const LEADING_YES = new RegExp(`^\\W*(?:${YES_WORDS})(?=$|[\\s,.!;:)—–-])`, "i");
const FOREIGN_NO =
  /\b(?:nein|nicht|kein\w*|non|pas|jamais|nunca|nada|nie|nee|niet|não|nao|ne ?pas|no|not|don'?t|wrong|falsch|incorrect\w*)\b/i;

/** True when a message carries a no of one of those languages or of English ("nein", "non, pas…", "but not friday"). */
export function saysAnyNo(text: string): boolean {
  return FOREIGN_NO.test(text);
}

const remember = memoKeyed<boolean>();

/** True when a short message (≤ 6 words) opens with a yes word of another language and carries no negative. */
export function foreignYes(text: string): boolean {
  return remember(text, () => text.trim().split(/\s+/).length <= 6 && LEADING_YES.test(text) && !FOREIGN_NO.test(text));
}
