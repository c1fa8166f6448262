import { type Handbook, itemMentions, listsMention, type ServiceId } from "../knowledge-base/index";
import type { DecisionPart } from "./schema";

/** "Does the tune-up include truing?", "would it sort out…": a service (or "it") as subject, a verb of covering, a thing. */
const COVERS =
  /^(?:does|do|would|will|is|are|can|could|should|did)\s+(.{1,40}?)\s+(?:do|includ\w*|cover\w*|comes? with|sorts? out|sort|fix\w*|deal with|take care of|handle\w*|involv\w*|contain\w*|do anything for|help with)\s+(.+)$/;
/** "Is a drivetrain clean part of the tune-up?": the thing first, the service after "part of" / "included in". */
const PART_OF = /^(?:is|are|does|do)\s+(.{1,40}?)\s+(?:part of|included in|covered by|in)\s+(.+)$/;
/** A subject pointing back to the service just talked about. */
const POINTER = /^(it|that|this|they|those|one|that one|this one|that service|the service)$/;

/** Words that name no part of a job ("the", "my", "extra"); the rest of the item is compared with the inclusions. */
const FILLER =
  /^(a|an|the|my|your|it|its|that|this|those|these|them|of|for|to|too|also|as|well|or|and|any|some|all|is|are|be|extra|included|also|service|services|work|job|bike|bikes|new|mine|ones?|stuff|thing|things|sound|sounds|like|really|very|bit|little|please|lol)$/;

const stem = (w: string) => w.replace(/(ing|ed|es|s|y)$/, "").replace(/e$/, "");
const words = (t: string) => (t.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !FILLER.test(w));

/** The asked clauses of a message: sentences, then "and"/"or"-joined questions. */
function clausesOf(message: string): string[] {
  return message
    .toLowerCase()
    .split(/(?<=[?!.;])\s+|\s+(?:and|plus)\s+(?=(?:does|would|will|is|are|can|could|should)\b)/)
    .map((x) => x.replace(/[?!.;\s]+$/, "").trim())
    .filter(Boolean);
}

const aliasCache = new WeakMap<Handbook, { id: ServiceId; re: RegExp }[]>();

/** Every service name and alias as a word-start pattern, compiled once per handbook. */
function aliasPatterns(h: Handbook): { id: ServiceId; re: RegExp }[] {
  let out = aliasCache.get(h);
  if (!out) {
    out = h.services.flatMap((s) =>
      [s.name, ...s.aliases].map((a) => ({
        id: s.id,
        re: new RegExp(`\\b${a.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&")}`),
      })),
    );
    aliasCache.set(h, out);
  }
  return out;
}

/** The first service a clause names by one of its handbook aliases or its name. */
function namedIn(h: Handbook, clause: string): ServiceId | null {
  let best: { id: ServiceId; at: number } | null = null;
  for (const { id, re } of aliasPatterns(h)) {
    const at = clause.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { id, at };
  }
  return best?.id ?? null;
}

/** The inclusion of a service sharing the most words with the item asked about, or null. */
function coveringInclude(h: Handbook, id: ServiceId, item: string[]): string | null {
  const s = h.services.find((x) => x.id === id)!;
  let best: { text: string; n: number } | null = null;
  for (const inc of s.includes) {
    const incWords = words(inc).map(stem);
    const n = item.filter((w) => incWords.includes(stem(w))).length;
    if (n > 0 && (!best || n > best.n)) best = { text: inc, n };
  }
  return best?.text ?? null;
}

/**
 * Yes (the item on the service's list) or no (and the service whose list has it, if any) for the things a question
 * names as inclusion items; null when it names none of them.
 */
function itemAnswer(
  h: Handbook,
  service: ServiceId,
  text: string,
): { include: string | null; elsewhere: { service: ServiceId; include: string } | null } | null {
  // Only a service with a list of inclusions is answered from it ("does the truing cover both wheels?" is not).
  if (!h.services.find((x) => x.id === service)?.includes.length) return null;
  const mentions = itemMentions(h, text, true);
  if (!mentions.length) return null;
  const missing = mentions.find((m) => !listsMention(service, m));
  if (!missing) return { include: mentions[0]!.items.find((i) => i.services.includes(service))!.text, elsewhere: null };
  const item = missing.items.find((i) => i.services.length);
  const other = item?.services.find((x) => x !== service);
  return { include: null, elsewhere: item && other ? { service: other, include: item.text } : null };
}

/** The service and the thing a covering question asks about, or null when the clause is no such question. */
function coverQuestion(
  h: Handbook,
  clause: string,
  last: () => ServiceId | null,
): { service: ServiceId; item: string } | null {
  const c = clause.replace(/^(and|so|but|also|ok|okay|then)\s+/, "");
  const a = /\b(part of|included in|covered by)\b/.test(c) ? null : COVERS.exec(c);
  if (a) {
    const named = namedIn(h, a[1]!);
    const service = named ?? (POINTER.test(a[1]!.replace(/^(the|a|an)\s+/, "")) ? last() : null);
    return service ? { service, item: a[2]! } : null;
  }
  const b = PART_OF.exec(c);
  const service = b ? namedIn(h, b[2]!) : null;
  return b && service ? { service, item: b[1]! } : null;
}

/**
 * Yes/no answers to "does <service> include/cover/sort out <thing>?", one per such clause: yes with the inclusion it
 * matches, or no with the service whose inclusions have it; nothing when no inclusion anywhere names the thing.
 */
export function includesParts(
  h: Handbook,
  message: string,
  fallback: ServiceId | null,
  earlier: string[] = [],
): DecisionPart[] {
  const parts: DecisionPart[] = [];
  const clauses = clausesOf(message);
  // Most messages ask no such question: nothing else is read for them.
  if (
    !clauses.some((c) =>
      /\b(includ|cover|come|comes|part of|sort|fix|deal|take care|handl|involv|contain|do|help)/.test(c),
    )
  )
    return parts;
  // "How much is a full service?" … "would that sort out a creaky headset?": "that" is the service named last.
  // (Read only when a clause points back: a long conversation costs nothing otherwise.)
  let last: ServiceId | null | undefined = fallback ?? undefined;
  const pointed = () => {
    if (last === undefined) last = earlier.map((x) => namedIn(h, x.toLowerCase())).findLast(Boolean) ?? null;
    return last;
  };
  for (const clause of clauses) {
    const q = coverQuestion(h, clause, pointed);
    last = q?.service ?? namedIn(h, clause) ?? last;
    if (!q) continue;
    const itemText = q.item.split(/\s+or\s+(?:is|are|does|do|would|will|do you)\b|\s+(?:too|as well|at all)\b/)[0]!;
    const item = words(itemText);
    if (!item.length) continue;
    const said = itemText.trim();
    // The handbook's inclusion items, in the words customers use ("adjusting the derailleurs", "a new chain").
    const byItems = itemAnswer(h, q.service, itemText);
    if (byItems) {
      parts.push({ kind: "includes", service: q.service, item: said, ...byItems });
      continue;
    }
    // A thing that is itself a service is also known by its other names ("the inspection" is the "safety check").
    const asService = h.services.find((x) => x.id === namedIn(h, itemText) && x.id !== q.service);
    const names = asService ? [asService.name, ...asService.aliases] : [];
    const subjectIncludes = h.services.find((x) => x.id === q.service)!.includes;
    const yes = coveringInclude(h, q.service, item) ?? subjectIncludes.find((x) => names.includes(x)) ?? null;
    if (yes) {
      parts.push({ kind: "includes", service: q.service, item: said, include: yes, elsewhere: null });
      continue;
    }
    // "Does the tune-up cover headset bearings?": no — that is in another service's list. Only a service with a list
    // of inclusions can be said not to cover a thing, and not by the words of its own name ("truing … both wheels").
    const subject = h.services.find((x) => x.id === q.service)!;
    const own = new Set([subject.name, ...subject.aliases].flatMap(words));
    const rest = item.filter((w) => !own.has(w));
    const other = subject.includes.length
      ? h.services.find((x) => x.id !== q.service && coveringInclude(h, x.id, rest))
      : undefined;
    if (other)
      parts.push({
        kind: "includes",
        service: q.service,
        item: said,
        include: null,
        elsewhere: { service: other.id, include: coveringInclude(h, other.id, rest)! },
      });
  }
  return parts;
}
