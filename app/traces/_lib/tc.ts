import t from "../traces.module.css";

/**
 * Class names of the trace screens through their CSS module: each name the module defines becomes its local
 * (hashed) name; any other (the app's global `button`, `visually-hidden`, a `ui.module.css` name) is kept as is.
 * Takes space-separated lists and skips empty parts, so conditional classes read naturally.
 */
export function tc(...names: (string | false | null | undefined)[]): string {
  return names
    .flatMap((n) => (n ? n.split(/\s+/) : []))
    .filter(Boolean)
    .map((n) => t[n] ?? n)
    .join(" ");
}
