/** Shortest prompt line that counts as echoed: long enough that a genuine reply never repeats it by chance. */
const MIN_ECHO_CHARS = 30;

/**
 * Whether a reply repeats a line of the prompt verbatim (a base model continues its prompt instead of answering:
 * "You write the next chat message of…", or the DECISION JSON): any 30-character stretch of a prompt line found in the
 * reply. Such a reply is malformed output, like invalid JSON.
 */
export function echoesPrompt(reply: string, promptTexts: readonly string[]): boolean {
  const text = reply.replace(/\s+/g, " ");
  return promptTexts.some((p) =>
    p
      .split("\n")
      .map((line) => line.trim().replace(/\s+/g, " "))
      .some((line) => windows(line).some((w) => text.includes(w))),
  );
}

/** The line's 30-character stretches, every 10 characters (whitespace collapsed by the caller). */
function windows(line: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + MIN_ECHO_CHARS <= line.length; i += 10) out.push(line.slice(i, i + MIN_ECHO_CHARS));
  return out;
}
