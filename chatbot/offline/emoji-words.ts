/**
 * Emoji that stand for a word the bot reads: a thumbs up, an OK hand, a tick or raised hands are "yes"; a thumbs down
 * or a cross is "no" ("👍" at the confirmation books, "👎" does not). Skin-tone and variation marks go with them. Pure.
 */
const YES = /(?:👍|👌|✅|✔|☑|🆗|🙌|🤙)[\u{1F3FB}-\u{1F3FF}\uFE0F]*/gu;
const NO = /(?:👎|❌|✖|🚫)[\u{1F3FB}-\u{1F3FF}\uFE0F]*/gu;

/** The message with approving and refusing emoji written as "yes" and "no". */
export function plainEmoji(text: string): string {
  return text.replace(YES, " yes ").replace(NO, " no ");
}
