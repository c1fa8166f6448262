/** How a streamed reply is tidied (see `createReplyTidy`). */
export interface ReplyTidyOptions {
  /** A closing mark the prompt opened (a quote): dropped when the reply ends with it. */
  closing: string;
  /** Stream whole sentences and stop at the first sentence the reply already said (a base model's loop). */
  stopRepeats: boolean;
  /** Called once when a repeated sentence is found: the caller ends the generation. */
  onRepeat?: () => void;
}

/** A sentence and the space after it: ends at . ! or ? (and any closing quote or bracket) before whitespace. */
const SENTENCE = /^[\s\S]*?[.!?]["')\]]*\s+/;

const key = (sentence: string) =>
  sentence
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.!?"')\]]+$/, "");

/**
 * Tidies a streamed reply as it goes: the leading whitespace (the space after "Assistant:") is neither streamed nor
 * returned; a closing mark is held back until more text shows it was not the end, then dropped; with `stopRepeats`,
 * text is streamed a sentence at a time and the first sentence said twice ends the reply (it and all after it are
 * dropped). `finish` gives the reply text, equal to everything streamed.
 */
export function createReplyTidy(emit: (text: string) => void, o: ReplyTidyOptions) {
  let said = "";
  let pending = "";
  let gap = ""; // the whitespace after the last sentence sent: sent with the next one, never at the end
  let cut = false;
  const seen = new Set<string>();
  const send = (text: string) => {
    if (!text) return;
    said += text;
    emit(text);
  };
  /** Sends what is safe to send now; `end` when no more text will come. */
  const flush = (end: boolean) => {
    if (o.stopRepeats) {
      for (let m = SENTENCE.exec(pending); m && !cut; m = SENTENCE.exec(pending)) {
        pending = pending.slice(m[0].length);
        if (seen.has(key(m[0]))) {
          cut = true;
          pending = "";
          o.onRepeat?.();
        } else {
          seen.add(key(m[0]));
          const sentence = m[0].trimEnd();
          send(gap + sentence);
          gap = m[0].slice(sentence.length);
        }
      }
      if (!end || cut) return;
      if (seen.has(key(pending))) pending = "";
    }
    let out = pending;
    if (o.closing && out.endsWith(o.closing)) {
      if (!end) {
        pending = o.closing;
        send(out.slice(0, -o.closing.length));
        return;
      }
      out = out.slice(0, -o.closing.length);
    }
    if (end || !o.stopRepeats) {
      pending = "";
      const text = end ? out.trimEnd() : out;
      if (text) send(gap + text);
      gap = "";
    }
  };
  return {
    push(chunk: string) {
      if (cut) return;
      pending += said || pending ? chunk : chunk.trimStart();
      flush(false);
    },
    /** Ends the stream; `full` is the model's whole output, used when nothing was streamed. */
    finish(full: string): string {
      if (!said && !pending && !cut) pending = full.trimStart();
      if (!cut) flush(true);
      return said;
    },
  };
}
