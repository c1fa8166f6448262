/**
 * A gate that lets at most `limit` of the calls passed to it run at once; the others wait their turn in FIFO order.
 * Used to cap LLM judge calls in flight across concurrently evaluated conversations (provider rate limits).
 */
export function limitConcurrency(limit: number): <T>(fn: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limitConcurrency: limit must be a positive integer, got ${String(limit)}`);
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    // A released slot is handed straight to the next waiter, so `active` never exceeds `limit`.
    if (active < limit) active++;
    else await new Promise<void>((resume) => waiting.push(resume));
    try {
      return await fn();
    } finally {
      const resume = waiting.shift();
      if (resume) resume();
      else active--;
    }
  };
}
