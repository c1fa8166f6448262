const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Every string inside a parsed JSON value with lone surrogates replaced by U+FFFD (what `String#toWellFormed` does):
 * SQLite stores UTF-8, and a lone surrogate has no UTF-8 form, so every request body is made well-formed once, at
 * the edge, the same way for every route.
 */
export function wellFormed(value: unknown): unknown {
  if (typeof value === "string") return value.replace(LONE_SURROGATE, "\uFFFD");
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [wellFormed(k) as string, wellFormed(v)]));
  return value;
}
