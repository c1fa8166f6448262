/** A same-site path to return to after sign-in; anything else (another host, `//evil`, `/\evil`) becomes `/traces`. */
export function safeNext(next: string | null | undefined): string {
  if (!next?.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.length > 500) return "/traces";
  return next;
}
