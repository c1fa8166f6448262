const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralizes spreadsheet formula injection (OWASP "CSV injection"): a cell starting with = + - @ tab or CR gets a
 * leading single quote so Excel/Sheets show it as text instead of evaluating it. Other text is returned unchanged.
 */
export function csvSafe(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
