import { type Handbook, type ItemMention, itemMentions, type ServiceId } from "../../knowledge-base/index";
import type { AssistantTurn } from "./assistant-turns";
import { isComparedObject } from "./compared-object";
import { EXCEPT, INCLUDE, labelColon, NOT_SUBJECT, WHOLE } from "./contents-cues";
import {
  blankSpans,
  clausesOf,
  cuesIn,
  isBare,
  isHeading,
  LINE_LABEL,
  NEGATIVE_HEAD,
  opensList,
  POINTS_BACK,
  pointsBack,
  SHOP_SCOPE,
  soleService,
} from "./contents-lines";
import { deniedToOther, ownClauseStart, pricedOwnServiceUntil } from "./contents-subject-cues";
import { negatedAt } from "./negation";
import { findServices, isIngredientOf } from "./service-mentions";
import { memoText } from "../../knowledge-base/text-memo";

/** A reply saying a service includes (or does not include) a thing: "the tune-up covers brake adjustment". */
export interface ContentsClaim {
  /** The service the thing is said to be part of; null when no subject could be tied to it. */
  service: ServiceId | null;
  included: boolean;
  /** The items the words can mean; for "everything in the tune-up", every item of the tune-up (`whole` set). */
  items: ItemMention["items"];
  /** The service a whole-package claim ("everything in the tune-up") names. */
  whole: ServiceId | null;
  said: string;
  sentence: string;
}

/** Services that have items of their own to be claimed about: named by the evaluators' own service finder. */
const SUBJECTS: ReadonlySet<ServiceId> = new Set(["tune_up", "full_service", "flat_repair"]);

interface RawClaim extends Omit<ContentsClaim, "service"> {
  /** The subject read from the text; undefined when the text gives none and the conversation's focus is used. */
  service: ServiceId | null | undefined;
}

interface Subject {
  start: number;
  end: number;
  service: ServiceId;
  whole: boolean;
}

/** The services a sentence names: as subjects, or as a whole package ("everything in the tune-up"). */
function subjectsIn(sentence: string): Subject[] {
  return findServices(sentence)
    .filter((m) => SUBJECTS.has(m.service) && !m.part)
    .filter((m) => !NOT_SUBJECT.test(sentence.slice(Math.max(0, m.start - 30), m.start)))
    .map((m) => ({
      start: m.start,
      end: m.end,
      service: m.service,
      whole: WHOLE.test(sentence.slice(Math.max(0, m.start - 40), m.start)),
    }));
}

function readContents(h: Handbook, text: string): { claims: RawClaim[] } {
  const claims: RawClaim[] = [];
  // Most replies name no part of any job and no whole list: nothing else is read for them.
  if (!itemMentions(h, text).length && !/\b(?:everything|all of|the whole|same as)\b/i.test(text)) return { claims };
  let section: { service: ServiceId | undefined; negative: boolean } | null = null;
  let last: ServiceId | undefined;
  for (const line of text.split("\n")) {
    // "Chains and wheels — including truing": a line under a short label of its own is about that label, not about
    // the service another line named (unless a pronoun points back to it: "Extras: it also includes…"); only the
    // heading it sits under, or a service it names, can be its subject.
    const label = LINE_LABEL.exec(line);
    const apart =
      label !== null &&
      !subjectsIn(label[1]!).length &&
      label[1]!.split(/\s+/).length <= 4 &&
      !POINTS_BACK.test(line.slice(label[0].length));
    if (apart) last = undefined;
    for (const sentence of line.match(/[^.!?]+(?:[.!?]+|$)/g) ?? []) {
      if (/\?\s*$/.test(sentence)) continue;
      const subjects = subjectsIn(sentence);
      const own = subjects.filter((s) => !s.whole);
      // A service named as such ("brake pad replacement is $25") is no item of a list, unless a list has it.
      const named = findServices(sentence).filter((m) => ![...SUBJECTS].some((w) => isIngredientOf(w, m.service, h)));
      // …but a thing named in more words than the service ("new brake pads", a part fitted) is an item all the same.
      const mentions = itemMentions(h, sentence).filter(
        (m) => !named.some((s) => s.start < m.end && s.end > m.start && s.start <= m.start && s.end >= m.end),
      );
      const wholes = subjects.filter((s) => s.whole);
      if (!mentions.length && !wholes.length) {
        if (isHeading(sentence) && (own.length === 1 || INCLUDE.test(sentence)) && !SHOP_SCOPE.test(sentence))
          section = { service: own[0]?.service ?? last, negative: NEGATIVE_HEAD.test(sentence) };
        if (own.length) last = own.at(-1)!.service;
        if (opensList(sentence)) section = { service: last, negative: NEGATIVE_HEAD.test(sentence) };
        continue;
      }
      const bare = section !== null && isBare(sentence, mentions);
      // A service label and a colon govern the whole line, every clause of it.
      const colon = labelColon(sentence, (label) => own.length === 1 && soleService(label));
      for (const clause of clausesOf(sentence)) {
        const cues = cuesIn(clause.text).map((c) => ({ ...c, at: clause.start + c.local }));
        if (colon !== null) {
          const at = Math.max(colon, clause.start);
          if (!cues.some((c) => c.at <= at)) cues.unshift({ local: at - clause.start, charged: false, at });
        }
        if (!cues.length && !bare) continue;
        const priced = pricedOwnServiceUntil(clause.text, SUBJECTS) ?? -1;
        const inClause = (x: { start: number }) =>
          x.start >= clause.start && x.start < clause.start + clause.text.length;
        const ownHere = own.filter(inClause);
        // Said earlier in the sentence ("a job for the full service — it includes…"), else before it.
        const context = bare
          ? (section?.service ?? last)
          : (own
              .filter((x) => x.start < clause.start && !isComparedObject(sentence, x.start, x.end, clause.start))
              .at(-1)?.service ??
            own.filter((x) => x.start < clause.start).at(-1)?.service ??
            last ??
            section?.service ??
            (apart ? null : undefined));
        // The cue governing a thing: the last one before it, else the first after it ("X is part of …").
        const governing = (at: number) => cues.filter((c) => c.at < at).at(-1) ?? cues[0]!;
        const subjectOf = (at: number): ServiceId | null | undefined | false => {
          if (!cues.length) return ownHere.filter((x) => x.start < at).at(-1)?.service ?? context;
          const cue = governing(at);
          const before = ownHere.filter((x) => x.start < cue.at);
          // (the object of a comparison before it is the other side: "…further than the tune-up: it adds X")
          const uncompared = before.filter((x) => !isComparedObject(sentence, x.start, x.end, cue.at));
          const leading = uncompared.length ? uncompared : before;
          // After its cue ("the tune-up covers X"): the service named before the cue.
          if (cue.at < at && leading.length) return leading.at(-1)!.service;
          // Before it ("Bearing work is part of the full service"), or after a cue with nothing named before it ("It
          // also covers X"): only pronouns, hedges and the things themselves may stand before the cue; the subject
          // follows it, or is the context.
          if (!pointsBack(blankSpans(clause.text.slice(0, cue.local), clause.start, mentions))) return false;
          // The service after the cue is its object only before the next cue ("…doesn't include X, since that's part
          // of the full service": the full service is the next cue's).
          const next = cues.find((c) => c.at > cue.at)?.at ?? Number.POSITIVE_INFINITY;
          return ownHere.find((x) => x.start > cue.at && x.start < next)?.service ?? context;
        };
        const pieces = [
          ...mentions.filter(inClause).map((m) => ({ ...m, whole: null as ServiceId | null })),
          ...wholes.filter(inClause).map((w) => ({ start: w.start, end: w.start, whole: w.service, items: [] })),
        ];
        for (const p of pieces) {
          // Said of a service priced on its own, before another service is named: what its price covers.
          if (p.start - clause.start < priced) continue;
          const subject = subjectOf(p.start);
          if (subject === false) continue;
          const local = clause.text.slice(0, p.start - clause.start);
          // "…covers bearings that a tune-up doesn't": the negation is the other service's, the thing is denied to it.
          const other = deniedToOther(clause.text.slice(p.end - clause.start));
          const main = other ? clause.text.slice(0, p.end - clause.start + other.at) : clause.text;
          const from = cues.length
            ? ownClauseStart(main, Math.min(governing(p.start).local, p.start - clause.start))
            : 0;
          const denied =
            EXCEPT.test(local) ||
            negatedAt(main.slice(from), p.start - clause.start - from, p.end - clause.start - from);
          if (other && SUBJECTS.has(other.service) && other.service !== subject)
            claims.push({
              service: other.service,
              included: false,
              items: p.items,
              whole: p.whole,
              said: sentence.slice(p.start, p.end),
              sentence: sentence.trim(),
            });
          // "Cables are billed separately" leaves them out; "…aren't billed separately" keeps them in.
          const charged = cues.length > 0 && governing(p.start).charged;
          const negated = charged ? !denied : denied || (bare && !cues.length && section?.negative === true);
          claims.push({
            service: subject,
            included: !negated,
            items: p.items,
            whole: p.whole,
            said: sentence.slice(p.start, p.end),
            sentence: sentence.trim(),
          });
        }
      }
      if (own.length) last = own.at(-1)!.service;
      if (opensList(sentence)) section = { service: last, negative: NEGATIVE_HEAD.test(sentence) };
    }
  }
  return { claims };
}

const readers = new WeakMap<Handbook, (text: string) => { claims: RawClaim[] }>();

/**
 * What one reply says services include or leave out: a sentence with a word of including ("covers", "comes with",
 * "is part of", negated or not), or a bare item line under a heading naming a service ("**Tune-up — $89**" then
 * "- Gear indexing"). The subject is the service named in the clause, else the section's heading, else the service
 * talked about last, else the conversation's focus; null when there is none. Read once per text (memoised).
 */
export function contentsClaims(
  turn: AssistantTurn,
  focus: ServiceId | null | (() => ServiceId | null),
  h: Handbook,
): ContentsClaim[] {
  let read = readers.get(h);
  if (!read) {
    read = memoText((text) => readContents(h, text), 10000);
    readers.set(h, read);
  }
  const claims = read(turn.text).claims;
  if (!claims.length) return [];
  // Only a service with a list of its own can be said to include things: a focus on another one ties nothing.
  // (The focus is read only when a claim needs it.)
  let known: ServiceId | null | undefined;
  const fallback = () => {
    if (known === undefined) known = typeof focus === "function" ? focus() : focus;
    return known && SUBJECTS.has(known) ? known : known ? undefined : null;
  };
  return claims
    .map((c) => ({ ...c, service: c.service === undefined ? fallback() : c.service }))
    .filter((c): c is ContentsClaim => c.service !== undefined);
}
