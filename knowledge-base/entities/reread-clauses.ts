/** One result of the date/time recogniser, with the fields the entity layer reads. */
export interface RawResult {
  start: number;
  end: number;
  text: string;
  typeName: string;
  resolution?: unknown;
}

const RANGE = /range$/;
const SET = /set$/;
/** A break between clauses inside one result: a comma, a full stop, a question or exclamation mark, a new line. */
const BREAK = /[,;.!?\n]+/g;

/** The recogniser gave no reading for the span ("the day after tomorrow, ten thirty in the morning"). */
function unresolved(r: RawResult): boolean {
  const values = (r.resolution as { values?: unknown[] } | undefined)?.values;
  return !Array.isArray(values) || values.length === 0;
}

/**
 * Results to keep, with each overreaching one replaced by what its clauses say on their own. The recogniser sometimes
 * joins a day and a clock time across a comma into one range it cannot resolve ("a week from tomorrow, full service,
 * two in the afternoon" → a one-week range from now): a range that spans a clause break, or any result without a
 * reading, is read again clause by clause, with offsets kept relative to the whole text. A single date or time across
 * a comma ("Friday, December 11", "Saturday, 10am") is resolved and kept as it is.
 */
export function rereadClauses(raw: RawResult[], read: (piece: string) => RawResult[]): RawResult[] {
  const out: RawResult[] = [];
  for (const r of raw) {
    const spans = RANGE.test(r.typeName) && /[,;.!?\n]/.test(r.text.replace(/[.!?]+$/, ""));
    if (!spans && !unresolved(r)) {
      out.push(r);
      continue;
    }
    let from = 0;
    for (const piece of r.text.split(BREAK)) {
      const at = r.text.indexOf(piece, from);
      from = at + piece.length;
      // A range read again whole would be the same range: only a real piece of it is read. A set without a reading is
      // read again on its own ("Thursday 6:30pm …, open til 7 thursdays?": the later "thursdays" made it a set); other
      // spans without one are not (another recogniser call per turn for nothing: `pnpm bench` turn median).
      if (!piece.trim() || (piece.length === r.text.length && (spans || !SET.test(r.typeName)))) continue;
      for (const p of read(piece))
        if (!unresolved(p)) out.push({ ...p, start: r.start + at + p.start, end: r.start + at + p.end });
    }
  }
  return out;
}
