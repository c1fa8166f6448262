import { ZERO_WIDTH } from "../../knowledge-base/index";

/** Word tokens of a message: lower case, letters kept (any script), digits collapsed to "0". */
export function tokens(text: string): string[] {
  return (
    text
      .normalize("NFKC")
      .replace(ZERO_WIDTH, "")
      .toLowerCase()
      .replace(/e-bikes?|e bikes?/g, "ebike")
      .replace(/tune[- ]ups?/g, "tuneup")
      .match(/[\p{L}']+|\d+|[?$@]/gu) ?? []
  )
    .map((t) => (/^\d+$/.test(t) ? "0" : t.replace(/'/g, "")))
    .filter(Boolean)
    .slice(0, 200);
}

/**
 * Sparse features of a message: words, word pairs and character 3–4-grams inside words (so typos and inflections
 * share most of their features: "tuneup"/"tunup", "open"/"opening").
 */
export function features(text: string): string[] {
  const toks = tokens(text);
  const out = new Set<string>();
  toks.forEach((t, i) => {
    out.add(`w:${t}`);
    if (i + 1 < toks.length) out.add(`b:${t}_${toks[i + 1]}`);
    if (t.length > 2) {
      const w = `<${t}>`;
      for (let n = 3; n <= 4; n++) for (let k = 0; k + n <= w.length; k++) out.add(`c:${w.slice(k, k + n)}`);
    }
  });
  if (toks.length <= 2) out.add("len:short");
  if (toks.length === 0) out.add("len:empty");
  return [...out];
}
