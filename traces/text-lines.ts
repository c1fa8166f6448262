const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A string as SQLite and every screen can hold it, the one rule for all input (request bodies and imported files):
 * lone surrogates become U+FFFD (they have no UTF-8 form, what `String#toWellFormed` does) and NUL is removed (C
 * strings, FTS and terminals end at it).
 */
export function storableText(s: string): string {
  return s.replace(LONE_SURROGATE, "\uFFFD").replace(/\u0000/g, "");
}

/** Every string (keys included) inside a parsed JSON value made `storableText`. */
export function storableValue(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storableValue);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storableText(k), storableValue(v)]));
  return value;
}

/** Text with a leading byte-order mark dropped and every line end (CRLF, CR alone, LF) made LF. */
export function toLf(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** One line of a text file: its 1-based number and its text without the line end. */
export interface TextLine {
  line: number;
  text: string;
}

/**
 * The lines of a text file, the one line reader behind every JSONL/CSV reader: a leading BOM is dropped and LF, CRLF
 * and CR-only line ends are all accepted (a file saved on any system reads the same). Lazy, so a caller can stop or
 * yield between lines; a trailing line end gives no extra empty line.
 */
export function* textLines(text: string): Generator<TextLine> {
  const body = toLf(text);
  let start = 0;
  let line = 1;
  while (start < body.length) {
    const end = body.indexOf("\n", start);
    const stop = end < 0 ? body.length : end;
    yield { line, text: body.slice(start, stop) };
    line++;
    start = stop + 1;
  }
}

/**
 * The records of a CSV file with the line each starts on: the same rules as `textLines` (leading BOM dropped; CRLF,
 * CR or LF end a record) except inside a quoted field, where a line end is part of the value and kept as written.
 * Lazy, like `textLines`.
 */
export function* csvRecords(text: string): Generator<TextLine> {
  const body = text.replace(/^\uFEFF/, "");
  let start = 0;
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // '"' toggles; a doubled quote inside a quoted field toggles twice.
    if (c === 34) quoted = !quoted;
    else if (c === 10 || c === 13) {
      const end = i;
      if (c === 13 && body.charCodeAt(i + 1) === 10) i++;
      line++;
      if (!quoted) {
        yield { line: recordLine, text: body.slice(start, end) };
        start = i + 1;
        recordLine = line;
      }
    }
  }
  if (start < body.length) yield { line: recordLine, text: body.slice(start) };
}
