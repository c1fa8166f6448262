import type { Handbook, ServiceId } from "../../knowledge-base/index";
import type { Message } from "../schema";
import { REJECT, VISIT_WORDS } from "./appointment-words";
import type { AssistantTurn } from "./assistant-turns";
import { findDays } from "./day-mentions";
import { splitClauses, splitSentences } from "./sentences";
import { subjectAfter } from "./service-mentions";

/** The last subject service named in text (list items naming what it includes keep it), else `prev`. */
export const lastService = (text: string, prev: ServiceId | null): ServiceId | null =>
  splitSentences(text).reduce<ServiceId | null>((last, s) => subjectAfter(last, s.text), prev);

/** Per message i: the last service named and whether a visit was talked of before it (one pass, cached per array). */
const topics = new WeakMap<readonly Message[], { service: ServiceId | null; visit: boolean }[]>();
export function topicsBefore(messages: readonly Message[]) {
  const hit = topics.get(messages);
  if (hit) return hit;
  const out: { service: ServiceId | null; visit: boolean }[] = [];
  let state = { service: null as ServiceId | null, visit: false };
  for (const m of messages) {
    out.push(state);
    const visit = state.visit || VISIT_WORDS.test(m.content);
    state = { service: m.role === "system" ? state.service : lastService(m.content, state.service), visit };
  }
  topics.set(messages, out);
  return out;
}

/** Per message i: the focus date before it (one pass, cached per array, reference time and handbook). */
const focuses = new WeakMap<readonly Message[], { now: string; h: Handbook; focus: (string | null)[] }>();
export function focusBefore(messages: readonly Message[], now: string, h: Handbook): (string | null)[] {
  const hit = focuses.get(messages);
  if (hit && hit.now === now && hit.h === h) return hit.focus;
  const out: (string | null)[] = [];
  let focus: string | null = null;
  for (const m of messages) {
    out.push(focus);
    if (m.role === "system") continue;
    for (const s of splitSentences(m.content))
      for (const c of splitClauses(s)) {
        if (m.role === "assistant" && REJECT.test(c.text)) continue;
        const d = findDays(c.text, now, h)
          .filter((x) => x.date && !x.group && !x.recurring)
          .at(-1);
        if (d) focus = d.date;
      }
  }
  focuses.set(messages, { now, h, focus: out });
  return out;
}

/** The date a conversation is about before this turn: the last day the customer named (or the bot proposed). */
export function focusDate(turn: AssistantTurn, now: string, h: Handbook): string | null {
  return focusBefore(turn.messages, now, h)[turn.index] ?? null;
}

/** The service the conversation is about up to and including this reply (last one named). */
export function serviceInFocus(turn: AssistantTurn): ServiceId | null {
  const prior = topicsBefore(turn.messages)[turn.index]?.service ?? null;
  return lastService(turn.text, prior);
}
