/**
 * Memoises a pure reading of a text (several claim readers read the same message, and `pnpm eval` meets the same
 * template replies again and again). The cache is bounded (cleared when full) and every result is frozen two levels
 * deep, so no caller can alter what another caller gets.
 */
export function memoText<T extends object>(read: (text: string) => T, size = 2000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string): T => {
    let out = cache.get(text);
    if (!out) {
      if (cache.size >= size) cache.clear();
      out = freezeTwoLevels(read(text));
      cache.set(text, out);
    }
    return out;
  };
}

function freezeTwoLevels<T extends object>(value: T): T {
  for (const v of Object.values(value)) {
    if (v && typeof v === "object") {
      if (Array.isArray(v)) for (const x of v) if (x && typeof x === "object") Object.freeze(x);
      Object.freeze(v);
    }
  }
  return Object.freeze(value);
}
