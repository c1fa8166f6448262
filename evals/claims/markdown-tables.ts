/** A markdown table: a header row, a separator row, then body rows (one block of lines). */
export const TABLE_BLOCK =
  /^[ \t]*\|.*\|[ \t]*\n[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*\n(?:[ \t]*\|.*\|[ \t]*(?:\n|$))+/gm;

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());

/**
 * A table as sentences that keep each cell's subject: with three or more columns, every body cell becomes
 * "<column header> <row label>: <cell>." ("Full service turnaround: 3–5 business days."), so a value is never read
 * against its neighbour's column; two-column tables read "<label>: <cell>.".
 */
export function flattenTable(block: string): string {
  const [head, , ...body] = block.split("\n").filter((l) => l.trim());
  const header = cells(head ?? "");
  const out: string[] = [];
  for (const row of body) {
    const [label = "", ...rest] = cells(row);
    if (header.length < 3) {
      out.push(`${[label, ...rest].filter(Boolean).join(": ")}.`);
      continue;
    }
    rest.forEach((cell, j) => {
      const col = header[j + 1] ?? "";
      if (cell) out.push(`${[col, label].filter(Boolean).join(" ")}: ${cell}.`);
    });
  }
  return `${out.join("\n")}${block.endsWith("\n") ? "\n" : ""}`;
}
