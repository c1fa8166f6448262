import { describe, expect, it } from "vitest";
import { createReplyTidy, type ReplyTidyOptions } from "./reply-tidy";

function run(chunks: string[], o: ReplyTidyOptions) {
  const out: string[] = [];
  const tidy = createReplyTidy((t) => out.push(t), o);
  for (const c of chunks) tidy.push(c);
  const text = tidy.finish(chunks.join(""));
  return { streamed: out.join(""), text };
}

const plain = { closing: "", stopRepeats: false };
const quoted = { closing: '"', stopRepeats: true };

describe("createReplyTidy", () => {
  it.each<[string, string[], ReplyTidyOptions, string]>([
    ["drops the leading space", [" ", " Hi", " there."], plain, "Hi there."],
    ["drops a closing quote at the end", ["We open", " at 9.", '"'], quoted, "We open at 9."],
    [
      "keeps a quote that more text follows",
      ['He said "', 'hi" to', " me."],
      { ...quoted, stopRepeats: false },
      'He said "hi" to me.',
    ],
    ["keeps a trailing quote when none is expected", ['say "hi"'], plain, 'say "hi"'],
    [
      "ends at the first sentence said twice",
      ["Sorry, I can't do that. ", "What name is it under? ", "Sorry, I can't", " do that. What"],
      quoted,
      "Sorry, I can't do that. What name is it under?",
    ],
    ["a repeated last sentence without a full stop is dropped too", ["Hi there. ", "Hi there"], quoted, "Hi there."],
  ])("%s", (_name, chunks, o, expected) => {
    const { streamed, text } = run(chunks, o);
    expect(text).toBe(expected);
    expect(streamed).toBe(expected);
  });

  it("asks the caller to stop generating once, at the repeat", () => {
    let stops = 0;
    const tidy = createReplyTidy(() => {}, { ...quoted, onRepeat: () => stops++ });
    for (const c of ["A. ", "B. ", "A. ", "B. ", "A. "]) tidy.push(c);
    expect(stops).toBe(1);
  });

  it("a model that streams nothing: the whole output is tidied at the end", () => {
    const tidy = createReplyTidy(() => {}, quoted);
    expect(tidy.finish(' Open 9 to 3."')).toBe("Open 9 to 3.");
  });
});
