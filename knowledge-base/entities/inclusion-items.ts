import type { Handbook, ServiceId } from "../schema";
import { ALONE, ALSO, ITEM_WORDS, UNLISTED_ITEMS } from "./item-words";

/** One thing a service's inclusion list names ("gear indexing"), or a job no list names ("a new chain"). */
export interface InclusionItem {
  id: string;
  /** The handbook's words for it ("bearing service (hubs, headset, bottom bracket)"). */
  text: string;
  /** Every service whose list includes it; a list saying "everything in the tune-up" includes the tune-up's items. */
  services: ServiceId[];
  /** Concept sets that name the item when `need` of one set's concepts meet within a few words. */
  keys: { concepts: string[]; need: number }[];
}

/** A place in a text where items are named: the items any of the words there can mean. */
export interface ItemMention {
  start: number;
  end: number;
  items: InclusionItem[];
}

/** How many characters apart the concepts of one item may be ("adjust the front and rear brakes"). */
const WINDOW = 32;

const WORD_CONCEPT = new Map<string, string>();
for (const [concept, words] of Object.entries(ITEM_WORDS)) for (const w of words) WORD_CONCEPT.set(w, concept);
const ANY_ITEM_WORD = new RegExp(`\\b(?:${[...WORD_CONCEPT.keys()].join("|")})\\b`, "i");

/** A cheap first look: false when the text has no word of any item, so nothing else needs reading. */
export function mayNameItems(text: string): boolean {
  return ANY_ITEM_WORD.test(text);
}

interface Token {
  start: number;
  end: number;
  concept: string;
}

/** The text's words that belong to a concept, two-word phrases ("bottom bracket", "drive train") first. */
function conceptTokens(text: string): Token[] {
  const words = [...text.toLowerCase().matchAll(/[a-z]+/g)];
  const out: Token[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const pair = next && /^\s+$/.test(text.slice(w.index + w[0].length, next.index)) ? `${w[0]} ${next[0]}` : null;
    const paired = pair ? WORD_CONCEPT.get(pair) : undefined;
    if (paired && next) {
      out.push({ start: w.index, end: next.index + next[0].length, concept: paired });
      i++;
      continue;
    }
    const concept = WORD_CONCEPT.get(w[0]);
    if (concept) out.push({ start: w.index, end: w.index + w[0].length, concept });
  }
  return out;
}

const satisfies = (t: Token, concept: string) => t.concept === concept || (ALSO[t.concept] ?? []).includes(concept);

/** The keys of an item text: its outside words together, each lone-standing concept, each parenthesised part. */
function keysOf(text: string): InclusionItem["keys"] {
  const outside = text.replace(/\([^)]*\)/g, " ");
  const concepts = [...new Set(conceptTokens(outside).map((t) => t.concept))];
  const keys: InclusionItem["keys"] = [];
  if (concepts.length) keys.push({ concepts, need: Math.min(2, concepts.length) });
  for (const c of concepts) if (ALONE.has(c)) keys.push({ concepts: [c], need: 1 });
  for (const inner of text.match(/\(([^)]*)\)/g) ?? [])
    for (const part of inner.slice(1, -1).split(/,|\band\b/)) {
      const cs = [...new Set(conceptTokens(part).map((t) => t.concept))];
      if (cs.length) keys.push({ concepts: cs, need: cs.length });
    }
  return keys;
}

const slug = (text: string) =>
  text
    .replace(/\([^)]*\)/g, "")
    .trim()
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/[^a-z]+/g, "_")
    .replace(/^_|_$/g, "");

const cache = new WeakMap<Handbook, InclusionItem[]>();

/**
 * Every inclusion item of the handbook's services (read from their `includes` lists through the synonym table),
 * then the jobs no list names. An entry "everything in the <service>" gives its service every item of that one.
 */
export function inclusionItems(h: Handbook): InclusionItem[] {
  let out = cache.get(h);
  if (out) return out;
  const items = new Map<string, InclusionItem>();
  const wholes: [ServiceId, ServiceId][] = [];
  for (const s of h.services)
    for (const inc of s.includes) {
      const whole = /^everything (?:in|from) (?:the |a )?(.+)$/i.exec(inc.trim());
      const other = whole ? serviceNamed(h, whole[1]!) : null;
      if (other) {
        wholes.push([s.id, other]);
        continue;
      }
      const keys = keysOf(inc);
      if (!keys.length) continue;
      const id = slug(inc);
      const known = items.get(id);
      if (known) known.services.push(s.id);
      else items.set(id, { id, text: inc, services: [s.id], keys });
    }
  for (const [s, other] of wholes)
    for (const item of items.values()) if (item.services.includes(other)) item.services.push(s);
  out = [
    ...items.values(),
    ...UNLISTED_ITEMS.map((u) => ({
      id: u.id,
      text: u.text,
      services: [],
      keys: u.concepts.map((c) => ({ concepts: [...c], need: c.length })),
    })),
  ];
  cache.set(h, out);
  return out;
}

/** The service a short text names by its name or one of its aliases ("tune-up" in "everything in the tune-up"). */
export function serviceNamed(h: Handbook, text: string): ServiceId | null {
  const t = text.toLowerCase();
  const found = h.services.find((s) => [s.name, ...s.aliases].some((a) => t.includes(a.toLowerCase())));
  return found?.id ?? null;
}

/** Where a key's concepts meet in the tokens (need of them on distinct words within the window), as spans. */
function keySpans(text: string, tokens: Token[], key: InclusionItem["keys"][number]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!key.concepts.some((c) => satisfies(tokens[i]!, c))) continue;
    // A lone-standing key is met by the concept itself, not by a word that only stands in for it.
    if (key.need === 1 && key.concepts.length === 1 && tokens[i]!.concept !== key.concepts[0]) continue;
    const met = new Set<string>();
    let end = i;
    for (let j = i; j < tokens.length && met.size < key.need; j++) {
      // Within a few words, and never across a comma (the next item of a list), a sentence's end or a line.
      if (tokens[j]!.start - tokens[i]!.end > WINDOW || /[.!?;,\n]/.test(text.slice(tokens[i]!.end, tokens[j]!.start)))
        break;
      const c = key.concepts.find((x) => !met.has(x) && satisfies(tokens[j]!, x));
      if (c) {
        met.add(c);
        end = j;
      }
    }
    if (met.size >= key.need) spans.push([tokens[i]!.start, tokens[end]!.end]);
  }
  return spans;
}

/**
 * Every place a text names inclusion items, in order (`loose`: a customer's description, where one specific word such
 * as "gears" or "brakes" names its item): words that can mean several items (a "cable") are one mention
 * with all of them; a match inside a larger one of the same item ("truing" in "wheel truing") is not repeated.
 */
export function itemMentions(h: Handbook, text: string, loose = false): ItemMention[] {
  if (!mayNameItems(text)) return [];
  const tokens = conceptTokens(text);
  if (!tokens.length) return [];
  const raw: ItemMention[] = [];
  for (const item of inclusionItems(h))
    for (const key of loose ? looseKeys(item) : item.keys)
      for (const [start, end] of keySpans(text, tokens, key)) raw.push({ start, end, items: [item] });
  const spans = new Map<string, ItemMention>();
  for (const m of raw) {
    const key = `${m.start}:${m.end}`;
    const same = spans.get(key);
    if (!same) spans.set(key, { ...m, items: [...m.items] });
    else for (const i of m.items) if (!same.items.includes(i)) same.items.push(i);
  }
  const all = [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  return all.filter(
    (m) =>
      !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && m.items.every((i) => o.items.includes(i))),
  );
}

/** Words too general to name an item on their own, even in a customer's loose description. */
const TOO_GENERAL: ReadonlySet<string> = new Set(["new", "check", "clean", "adjust", "safety", "true"]);

/** An item's keys plus each of its specific concepts alone: "the one that does gears and brakes" names two items. */
function looseKeys(item: InclusionItem): InclusionItem["keys"] {
  if (!item.services.length) return item.keys;
  const alone = [...new Set(item.keys.flatMap((k) => k.concepts))].filter((c) => !TOO_GENERAL.has(c));
  return [...item.keys, ...alone.map((c) => ({ concepts: [c], need: 1 }))];
}

/** True when the service's list includes one of the items named at a mention. */
export function listsMention(service: ServiceId, m: Pick<ItemMention, "items">): boolean {
  return m.items.some((i) => i.services.includes(service));
}

/** The services whose lists include something named at every mention (a description of a service by its parts). */
export function servicesListing(h: Handbook, mentions: readonly Pick<ItemMention, "items">[]): ServiceId[] {
  if (!mentions.length) return [];
  return h.services.map((s) => s.id).filter((id) => mentions.every((m) => listsMention(id, m)));
}
