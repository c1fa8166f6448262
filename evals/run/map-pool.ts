/**
 * Maps `items` through `fn` with at most `limit` calls in flight; `out[i]` is `fn(items[i], i)` whatever order the
 * calls finish in. After the first failure no further item starts, and the promise settles only once every started
 * call has settled (nothing is left running unobserved). It then rejects with that error, or with an AggregateError
 * holding every error when several calls failed.
 */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`mapPool: limit must be a positive integer, got ${String(limit)}`);
  const out = new Array<R>(items.length);
  const errors: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length && errors.length === 0) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!, i);
      } catch (error) {
        errors.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) {
    const first = errors[0] instanceof Error ? errors[0].message : String(errors[0]);
    throw new AggregateError(errors, `${errors.length} of ${items.length} jobs failed; the first: ${first}`);
  }
  return out;
}
