import type { Handbook, Weekday } from "../../knowledge-base/index";
import { assertedText } from "./assertions";
import { perTurn } from "./assistant-turns";
import { findClocks } from "./clock-mentions";
import { closedMomentTrue } from "./closed-now";
import type { SubjectLink } from "./confidence";
import type { DayMention } from "./day-mentions";
import {
  busySegment,
  HOURS_WORDS,
  type Info,
  REST_OF_WEEK,
  readSegment,
  SLOT_LOOSE,
  SLOT_STRICT,
  sameKind,
  visitAdvice,
} from "./hours-segment";
import { FOR_OCCASION, OWN_CLAUSE } from "./hours-statement-cues";
import {
  claimsFor,
  echoOf,
  HABITUAL,
  type HoursClaim,
  hoursSubjects,
  isBareDayList,
  segmentDays,
} from "./hours-subjects";
import { isNegated } from "./negation";
import { splitSegments } from "./segments";
import { splitSentences } from "./sentences";

/**
 * A short question with no speaker and no asking word in it ("Open today?", "Sunday hours?"): the customer's words as
 * a label. ("Would Saturday work?" is the reply's own question and keeps its day for what follows.)
 */
const ECHOED_QUESTION =
  /^(?![^?]*\b(?:we|we'?re|we'?ll|we'?ve|us|our|i|i'?m|you|you'?re)\b)(?!\W*(?:would|could|can|do|does|did|is|are|will|shall|should|want|how|what|which|when|where|why|who|or|and)\b)\W*(?:\S+\s+){0,4}\S+\?\s*$/i;

/** A sentence that only points back at the one before ("That's 10 to noon", "Today that's roughly 10 to 12"). */
const POINTS_BACK =
  /^\W*(?:(?:so|today|tomorrow|usually|typically|generally|normally|mostly|roughly|basically|in practice|most days|on (?:a )?(?:weekdays?|saturdays?|\w+days?)|for (?:today|tomorrow|you))\W+){0,2}(?:that'?s|that is|this is|those are|these are|that means|i\.e\.|which is|in other words)\b/i;

export type { HoursClaim } from "./hours-subjects";

/** Extracts hours and slot claims from one assistant message; `userText` supplies the days a bare reply refers to. */
export function hoursClaims(message: string, now: string, h: Handbook, userText: string): HoursClaim[] {
  const { days, userDays, pin, week } = hoursSubjects(message, now, h, userText);
  const { times, ranges } = findClocks(message);
  const inRange = (p: number) => ranges.some((r) => p >= r.start && p < r.end);
  const claims: HoursClaim[] = [];
  const emit = (
    targets: DayMention[],
    info: Info,
    except: Set<Weekday>,
    sentence: string,
    link: SubjectLink = "sentence",
  ) =>
    claims.push(
      ...claimsFor(targets, info, except, sentence, (t, day) => pin(t, day, habitual), week !== null).map((c) => ({
        ...c,
        link,
      })),
    );
  let carried: DayMention[] = userDays.length === 1 ? userDays : [];
  // The customer's day is the topic of the first sentence; after that, what is carried comes from the sentence before.
  let carriedLink: SubjectLink = "topic";
  let habitual = false;
  let busyBefore = false;
  let bookingTalk = false;
  for (const sentence of splitSentences(message)) {
    // "**Open today?** Today is Monday…": a question echoed as a label states no hours of the shop.
    if (ECHOED_QUESTION.test(sentence.text)) continue;
    // "Yes, that's right" answers the one time asked about: the first claim of the sentence, not every later time.
    let echo = echoOf(sentence.text, userText);
    let pending: DayMention[] = [];
    let lastSeen: DayMention[] | null = null;
    let prevText = "";
    // Booking talk earlier in the message carries: "…must be booked. The earliest day is Wednesday, 10 to 5" gives
    // the drop-off window, unless the segment speaks of opening or closing.
    let slotTalk: boolean = bookingTalk && !HOURS_WORDS.test(sentence.text);
    // Busy-time talk governs the rest of its sentence ("busiest — the first two hours, so 10 till noon weekdays").
    // …and a next sentence that only points back at it ("That's 10 to noon on weekdays").
    let busy: boolean = busyBefore && POINTS_BACK.test(sentence.text);
    type Previous = { targets: DayMention[]; info: Info; timeFirst: boolean } | null;
    let previous: Previous = null;
    // The claim before a bracket opened: an aside ("(we're closed Sunday)") does not become the subject after it.
    let outer: Previous | undefined;
    // Bare days after a time-first claim ("open until 6 today, and tomorrow"): they share it unless a later segment
    // of the sentence states hours of its own ("…and tomorrow (Saturday) we're open 9 until 3").
    let sharing: { days: DayMention[]; info: Info } | null = null;
    const segments = splitSegments(sentence);
    const closesBracket = (i: number) =>
      message.slice(segments[i]!.end, segments[i + 1]?.start ?? sentence.start + sentence.text.length).includes(")");
    const restore = (i: number) => {
      if (!closesBracket(i) || outer === undefined) return;
      previous = outer;
      outer = undefined;
    };
    for (const [segIndex, seg] of segments.entries()) {
      habitual = HABITUAL.test(seg.text);
      // "…only Thanksgiving, Christmas Day and New Year's Day, so on Saturday we're open": a connective starts a new
      // clause; bare days listed before it are not its subject.
      const gap = message.slice(segments[segIndex - 1]?.end ?? seg.start, seg.start);
      if (/\b(?:so|but|whereas|though|which)\b|;/i.test(gap)) pending = [];
      if (seg.paren && outer === undefined) outer = previous;
      // The tail of a mention cut by a comma ("Thursday, | Dec 31") adds nothing: the mention was read where it began.
      if (days.some((d) => d.start < seg.start && d.end >= seg.end)) {
        restore(segIndex);
        continue;
      }
      const local = seg.text;
      const found = segmentDays(seg, days);
      const except = found.except;
      // "Friday, Nov 26: closed for the holiday weekend": with a day waiting as the subject, a day after "for" is the
      // occasion, not another subject.
      const own = pending.length
        ? found.own.filter((d) => !FOR_OCCASION.test(local.slice(0, d.start - seg.start)))
        : found.own;
      const segRanges = ranges.filter((r) => r.start >= seg.start && r.start < seg.end);
      const segTimes = times.filter((t) => t.start >= seg.start && t.start < seg.end && !inRange(t.start));
      if (
        busySegment({
          gap,
          text: local,
          paren: seg.paren,
          prevText,
          sentence: sentence.text,
          ranges: segRanges.length,
          busy,
        })
      ) {
        busy = true;
        prevText = local;
        restore(segIndex);
        continue;
      }
      // Advice on when to come, tied to no day of its own, only follows a statement of hours; it states none.
      if (!own.length && visitAdvice(local)) {
        prevText = local;
        restore(segIndex);
        continue;
      }
      // "We're closed right now" when the clock agrees: true of this moment, and no claim about the whole day.
      if (closedMomentTrue(local, now, h) === true) {
        prevText = local;
        restore(segIndex);
        continue;
      }
      // Earlier talk of slots or booking in the sentence ("slots run … (Sat 9am–2pm)", "book you in … between 10 and 6").
      let info = readSegment(local, seg.start, segRanges, segTimes, echo, {
        strict: seg.paren && SLOT_STRICT.test(prevText),
        loose: slotTalk,
      });
      if (info) echo = null;
      prevText = local;
      slotTalk ||= SLOT_STRICT.test(local) || SLOT_LOOSE.test(local);
      if (!info && segTimes.length === 1 && previous && own.length && (seg.paren || seg.continuation))
        info = sameKind(
          previous.info,
          segTimes[0]!.minutes,
          seg.paren && !/\b(?:from|until|till|to|at|by)\s*$/i.test(local.slice(0, segTimes[0]!.start - seg.start)),
        );
      if (!info) {
        const bare = isBareDayList(seg, own);
        const prevSeg = segments[segIndex - 1];
        const afterDay = seg.paren && prevSeg && days.some((d) => d.start >= prevSeg.start && d.start < prevSeg.end);
        // "Tuesday (December 8)": a bracketed day right after a day is the same day, not a continuation.
        if (bare && afterDay) {
          if (pending.length) pending = own;
        } else if (
          bare &&
          previous &&
          previous.info.status === "closed" &&
          previous.info.opens === null &&
          seg.continuation
        )
          emit(own, previous.info, except, sentence.text);
        // "We're closed on Independence Day, Saturday July 4": the day after a claim that had no day is its subject.
        else if (bare && previous && previous.targets.length === 0) {
          const before: NonNullable<Previous> = previous;
          emit(own, before.info, except, sentence.text);
          previous = { targets: own, info: before.info, timeFirst: before.timeFirst };
        } else if (bare && previous?.timeFirst) {
          sharing = { days: own, info: previous.info };
          pending.push(...own);
        } else if (bare && seg.paren && pending.length) pending = own;
        else if (bare) pending.push(...own.filter((d) => !pending.includes(d)));
        else {
          // "Thursday, Sept 17 — our late night (open till 7)": days named just before stay the subject.
          if (pending.length && !own.length && !isNegated(local)) {
            lastSeen = pending;
            previous = null;
          }
          pending = [];
          if (own.length && !isNegated(local)) {
            // A day named anew ("the next chance is Tuesday") becomes the subject of what follows.
            lastSeen = own;
            previous = null;
          }
        }
        restore(segIndex);
        continue;
      }
      // "Here's what's open around it:" introduces a list whose lines name their own days; no time, no subject.
      const listIntro = /:\s*$/.test(sentence.text) && info.opens === null && info.closes === null && !info.slots;
      if (!own.length && (REST_OF_WEEK.test(local) || (listIntro && !pending.length))) {
        restore(segIndex);
        continue;
      }
      // Shared bare days meet a segment naming its own days: they keep the claim they followed.
      if (sharing && own.length && pending.length) {
        emit(pending, sharing.info, new Set(), sentence.text);
        pending = [];
      }
      // "Tuesday, Jan 12 (we're closed Sundays and Mondays)": days before an aside are not its subjects; they stay
      // the subject after it.
      const prevEnd = segments[segIndex - 1]?.end ?? seg.start;
      const aside = seg.paren || /[—–:(]|\s-\s/.test(message.slice(prevEnd, seg.start));
      if (aside && own.length && pending.length) {
        lastSeen = pending;
        pending = [];
      }
      // "…closed Saturday, Sunday and Monday, and we reopen Tuesday": a segment with its own subject and verb before
      // its day starts a statement of its own; bare days listed before it stay with the closed claim they follow.
      const lead = local.slice(0, own[0] ? own[0].start - seg.start : 0);
      if (
        own.length &&
        pending.length &&
        OWN_CLAUSE.test(gap + lead) &&
        !days.some((d) => d.end > seg.start && d.start < own[0]!.start)
      ) {
        if (previous?.info.status === "closed" && previous.info.opens === null)
          emit(pending, previous.info, new Set(), sentence.text);
        pending = [];
      }
      const targets: DayMention[] = own.length
        ? [...pending, ...own]
        : pending.length
          ? pending
          : (previous?.targets ?? lastSeen ?? carried);
      const link: SubjectLink = own.length
        ? "clause"
        : pending.length || previous?.targets || lastSeen
          ? "sentence"
          : carriedLink;
      pending = [];
      sharing = null;
      emit(targets, info, except, sentence.text, link);
      const firstDay = own[0]?.start ?? Number.POSITIVE_INFINITY;
      const firstTime = Math.min(
        segRanges[0]?.start ?? Number.POSITIVE_INFINITY,
        segTimes[0]?.start ?? Number.POSITIVE_INFINITY,
      );
      previous = { targets, info, timeFirst: own.length > 0 && firstTime < firstDay };
      restore(segIndex);
    }
    if (sharing && pending.length) emit(pending, sharing.info, new Set(), sentence.text);
    busyBefore = busy;
    bookingTalk ||= slotTalk;
    const next = previous?.targets ?? (pending.length ? pending : (lastSeen ?? null));
    if (next) carriedLink = "previous";
    carried = next ?? carried;
  }
  return claims;
}

/** The hours claims of one assistant turn, computed once per scoring (the hours and slot checks both read them). */
export const turnHoursClaims = perTurn((turn, now, h) => hoursClaims(assertedText(turn.text), now, h, turn.userText));
