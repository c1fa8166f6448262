/**
 * The name after a correction: "it's Aleksandr not Alexander" replaces only the word taken back, so "Alexander Sokolov"
 * becomes "Aleksandr Sokolov"; any other new name replaces the whole.
 */
export function correctedName(before: string | null | undefined, given: string, message: string): string {
  const words = (before ?? "").split(/\s+/);
  // "Sorry, it's Jon, no h" after "John Smith": one word given that is a respelling of one held word replaces it.
  const respelt = given.includes(" ") || words.length < 2 ? -1 : words.findIndex((w) => respelling(w, given));
  if (respelt >= 0) return words.map((w, i) => (i === respelt ? given : w)).join(" ");
  const old = /\bnot\s+(\p{L}[\p{L}'’-]*)/iu.exec(message)?.[1]?.toLowerCase();
  if (!old || given.includes(" ") || words.length < 2 || !words.some((w) => w.toLowerCase() === old)) return given;
  return words.map((w) => (w.toLowerCase() === old ? given : w)).join(" ");
}

/** Two spellings of one name: same first letter, different, and at most two letters apart ("John" / "Jon"). */
function respelling(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x === y || x[0] !== y[0] || Math.min(x.length, y.length) < 3) return false;
  const row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const up = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diag + (x[i - 1] === y[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[y.length]! <= 2;
}
