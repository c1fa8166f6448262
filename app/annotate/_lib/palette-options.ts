/** One choice in the mode palette: an existing mode, or a new mode named after what was typed. */
export type PaletteOption = { kind: "mode"; id: string; name: string } | { kind: "create"; name: string };

/**
 * The palette's choices for what was typed: modes whose name contains it (case-insensitive; names starting with it
 * first), then "create" when `allowCreate` and no mode has exactly that name. Pure.
 */
export function paletteOptions(
  query: string,
  modes: readonly { id: string; name: string }[],
  allowCreate: boolean,
): PaletteOption[] {
  const q = query.trim().toLowerCase();
  const hits = modes
    .filter((m) => m.name.toLowerCase().includes(q))
    .sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)));
  const options: PaletteOption[] = hits.map((m) => ({ kind: "mode", id: m.id, name: m.name }));
  if (allowCreate && q && !modes.some((m) => m.name.toLowerCase() === q))
    options.push({ kind: "create", name: query.trim().slice(0, 60) });
  return options;
}
