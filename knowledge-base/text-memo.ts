/**
 * Memoises a pure reading of a text (several readers, the bot's and the claim readers, read the same message, and
 * `pnpm eval` meets the same template replies again and again). The cache is bounded (cleared when full) and every
 * result is frozen two levels deep, so no caller can alter what another caller gets.
 */
export function memoText<T extends object>(read: (text: string) => T, size = 2000): (text: string) => T {
  const remember = memoKeyed<T>(size);
  return (text: string): T => remember(text, () => freezeTwoLevels(read(text)));
}

/**
 * A bounded cache for a pure reading whose key the caller builds (a text with another argument, two texts) and whose
 * answer may be a primitive: `remember(key, compute)` answers from the cache or computes once and keeps it.
 */
export function memoKeyed<T>(size = 5000): (key: string, compute: () => T) => T {
  const cache = new Map<string, T>();
  return (key, compute) => {
    if (cache.has(key)) return cache.get(key) as T;
    if (cache.size >= size) cache.clear();
    const out = compute();
    cache.set(key, out);
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
