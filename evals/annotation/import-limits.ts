/** Bytes one label import may hold (a file, or the API body carrying it as a JSON string). */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;
/** Labels one import may hold (the header line aside): the scale the import's bench figure is measured at. */
export const MAX_IMPORT_ROWS = 100_000;

/**
 * Why a label file is too large to import (checked before any parsing, by the API and the CLI alike), or null. Counts
 * non-blank lines under any line end: a cheap upper bound on the rows.
 */
export function importTooLarge(text: string): string | null {
  const lines = text.match(/^[^\S\r\n]*\S/gm)?.length ?? 0;
  if (lines <= MAX_IMPORT_ROWS + 1) return null;
  return `The file has ${lines.toLocaleString("en-US")} lines; one import takes at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} labels. Split it into smaller files.`;
}
