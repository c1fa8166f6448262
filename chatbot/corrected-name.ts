/**
 * The name after a correction: "it's Aleksandr not Alexander" replaces only the word taken back, so "Alexander Sokolov"
 * becomes "Aleksandr Sokolov"; any other new name replaces the whole.
 */
export function correctedName(before: string | null | undefined, given: string, message: string): string {
  const old = /\bnot\s+(\p{L}[\p{L}'’-]*)/iu.exec(message)?.[1]?.toLowerCase();
  const words = (before ?? "").split(/\s+/);
  if (!old || given.includes(" ") || words.length < 2 || !words.some((w) => w.toLowerCase() === old)) return given;
  return words.map((w) => (w.toLowerCase() === old ? given : w)).join(" ");
}
