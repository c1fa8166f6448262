import { foreignYes, saysAnyNo } from "./foreign-yes";
import { isNegated } from "./negation";

/**
 * A word ends where no letter or digit follows. JavaScript's `\b` counts only ASCII letters as word characters, so
 * "sí", "oui" after "ç", "já" never end at `\b`: every yes here ends at this Unicode-aware boundary instead.
 */
const END = String.raw`(?![\p{L}\p{N}])`;

/** English yeses a customer opens an answer with. */
const ENGLISH = String.raw`y(?:es+|eah|ep|up|a)|sure|ok(?:ay)?|k{1,2}|lgtm|al(?:l )?right|fine|affirmative|perfect|great|correct|confirm(?:ed)?|please|go ahead|go for it|go on(?: then)?(?=\s*(?:[^\p{L}\s]|$))|please do|do it|make it so|that'?d be (?:great|lovely|perfect)|lovely|brilliant|let'?s do (?:it|that)|sounds (?:good|great|perfect)|that works|works for me|book (?:it|me)|lock it in|absolutely|definitely|yes please|all good|looks (?:good|right)|that'?s (?:right|correct|fine|great|perfect|it)`;
/**
 * The yes of the languages customers of a US shop most often slip into (Spanish, Portuguese, French, Italian, German,
 * Dutch, Polish, Russian, Tagalog, Vietnamese, Japanese, Chinese…), written with or without accents.
 */
const OTHER = String.raw`s[ií](?:\s+(?:por favor|claro|gracias|señor))?|claro(?: que s[ií])?|vale|dale|de acuerdo|perfecto|correcto|sim|oui|d'?accord|bien s[uû]r|parfait|certo|va bene|esatto|ja(?:wohl)?|genau|klar|prima|jazeker|tak|da|oo|opo|vâng|dạ|có|hai|はい|ええ|是|是的|好|好的|对|네|예|نعم|כן`;

const AFFIRM = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:${ENGLISH})${END}`, "iu");
/** Another language's yes opening the answer; it counts only when no no follows ("da, but not friday" is no yes). */
const OTHER_AFFIRM = new RegExp(String.raw`^[^\p{L}\p{N}]*(?:${OTHER})${END}`, "iu");
/** An answer that is only a thumbs-up, OK-hand or check-mark emoji (skin tones allowed). */
const THUMBS_UP =
  /^\s*(?:(?:👍|👌|✅|✔️?|☑️?|🙌|🤙|💯)[\u{1F3FB}-\u{1F3FF}]?\s*)+(?:[!.]*\s*$|[!.,]*\s*(?:thanks|thank you|cheers|ty)\b)/u;
/** A short answer carrying a yes anywhere ("da, yes", "sí, yes", "oh ok"). */
const SHORT_YES = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:yes|yeah|yep|yup|ok(?:ay)?|sure|correct|confirm(?:ed)?|go (?:ahead|for it)|book it|do it|s[ií]|oui|sim|ja|claro|vale)${END}`,
  "iu",
);

/**
 * True when a customer message says yes (to the question before it), in English or another language (`foreignYes`
 * adds the short answers that open with another language's yes and carry none of its noes: "ja, passt", "klopt").
 */
export function saysYes(text: string): boolean {
  if (AFFIRM.test(text) || THUMBS_UP.test(text) || foreignYes(text)) return true;
  if (OTHER_AFFIRM.test(text) && !saysAnyNo(text)) return true;
  return text.trim().split(/\s+/).length <= 5 && SHORT_YES.test(text) && !isNegated(text);
}
