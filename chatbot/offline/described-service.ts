import { type Handbook, itemMentions, type ServiceId, servicesListing } from "../../knowledge-base/index";

/**
 * Words that describe a service instead of naming it: "the (big) one where you do…", "the service that does…", "the
 * package with…", "whatever it's called, the one for…". What follows is read as the things the service includes.
 */
const DESCRIBES =
  /\b(?:the|that|this|your)\s+(?:[a-z$0-9'-]+\s+){0,2}?(?:one|ones|service|package|option|job|deal|thing),?\s+(?:where|that|which|with|w\/|who|for|you do|u do|when you|when u|that does|that covers|that includes|including|incl)\b|\bwhatever (?:it'?s|its|it is) called\b/;

/**
 * The services a message describes by what they include ("the one where you do the bearings" → the full service;
 * "the one that does gears and brakes" → the tune-up and the full service): every service whose inclusion list has
 * something of each thing described, and where the description starts. Empty when the message describes nothing or
 * no list has the things.
 */
export function describedServices(h: Handbook, t: string): { services: ServiceId[]; at: number } {
  const m = DESCRIBES.exec(t);
  if (!m) return { services: [], at: -1 };
  const mentions = itemMentions(h, t.slice(m.index), true);
  // A thing no list has ("the one with the suspension") describes no service of ours.
  if (mentions.some((x) => x.items.every((i) => !i.services.length))) return { services: [], at: m.index };
  return { services: servicesListing(h, mentions), at: m.index };
}

/** "The one where you do the bearings": a "where" that describes a service, not a place asked about. */
const DESCRIBING_WHERE =
  /\b((?:the|that|this)\s+(?:[a-z$0-9'-]+\s+){0,2}?(?:one|service|package|option|job|deal))\s+where\b/gi;

/** The message with a describing "where" read as "that", so no reader takes it for a question about the address. */
export function describingWhereAsThat(message: string): string {
  return message.replace(DESCRIBING_WHERE, "$1 that");
}
