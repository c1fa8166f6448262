import { NOT_WANTED } from "./detect-services";

/**
 * The category of the thing a message is about, read from what the thing is rather than from a service's alias:
 * a suspension part named by its kind or by its maker ("my Fox 36", "the RockShox lowers", "rear shock is leaking")
 * with work on its insides is suspension servicing; an e-bike's electric system (an error code, the motor, the
 * battery, the display, no assist) is the dealer's work. Returns not-offered item ids of the handbook.
 */

/** A suspension part by its kind. */
const SUSPENSION_PART = /\b(forks?|shocks?|rear shock|dampers?|stanchions?|lowers|lower legs?|air ?can|air spring)\b/;
/** A suspension maker (a make names the part when the part word is left out: "my Fox 36 is leaking"). */
const SUSPENSION_MAKER =
  /\b(fox|rock ?shox|marzocchi|manitou|suntour|sr suntour|[oö]hlins|dvo|cane creek|x-?fusion|mrp)\b/;
/** Work on a part's insides or a fault of them: servicing, a rebuild, oil, seals, a leak, no rebound. */
const INTERNALS =
  /\b(servic\w*|rebuild\w*|overhaul\w*|oil|seals?|leak\w*|damping|rebound|lockout|sag|bottom\w* out|blown|topping out|lower legs?)\b/;
/** A make's model number beside it ("Fox 36", "Pike", "Lyrik", "Float X"): the maker names a fork or shock. */
const MAKER_MODEL =
  /\b(fox|rock ?shox|marzocchi|manitou|suntour)\s+(\d{2,3}|pike|lyrik|zeb|sid|reba|float|dhx|bomber|mattoc|super deluxe|deluxe)\b/;

/** An e-bike named, by the word or by its drive system's maker ("Bosch", "Shimano Steps", "Yamaha", "Bafang"). */
const EBIKE =
  /\b(e-?bikes?|electric bikes?|pedelec|e-?mtb|bosch|shimano steps|bafang|brose|yamaha pw|fazua|turbo levo|turbo vado)\b/;
/**
 * A fault of the electric system: an error or fault code, no power or assist, charging, the motor, battery, display,
 * or another electric part by its kind (the throttle, the controller, the wiring, the drive unit).
 */
const ELECTRIC_FAULT =
  /\b(throttle|controller|wiring|wires|connectors?|drive unit|power button|electrics|electronics|error|errors|fault code|code [a-z]?\d{2,4}|[ew]\d{3}\b|won'?t (turn|power|switch) on|no power|no assist|assist (mode|level|stopped|cuts)|pedal assist|cuts? out|charger|charging|won'?t charge|motor|battery|batteries|display|screen|console|sensor|firmware|software)\b/;

/** Not-offered item ids the message's object belongs to by its category (none when it names no such thing). */
export function categoryNotOffered(t: string, earlier: string[] = []): string[] {
  const ids: string[] = [];
  const part = SUSPENSION_PART.test(t) || MAKER_MODEL.test(t);
  // A maker alone ("Fox") needs a part or a model; a part alone ("my fork") needs work on its insides.
  const suspension =
    (part && (SUSPENSION_MAKER.test(t) || INTERNALS.test(t))) || (MAKER_MODEL.test(t) && INTERNALS.test(t));
  // "Fork" in a tune-up list ("headset and fork check") or a bent rigid fork is no internal servicing: only the
  // part's insides count, which the words of oil, seals, a leak, a rebuild or its maker say.
  if (suspension && !/\b(bent|crack\w*|carbon|headset|steerer)\b/.test(t)) ids.push("notoffered.suspension");
  const ebike = EBIKE.test(t) || earlier.slice(-2).some((m) => EBIKE.test(m.toLowerCase()));
  // "Nothing to do with the motor, just the gears": a fault said not to be the matter is not asked about.
  const faults = [...t.matchAll(new RegExp(ELECTRIC_FAULT.source, "g"))].filter(
    (m) => !NOT_WANTED.test(t.slice(Math.max(0, m.index - 24), m.index)),
  );
  if (ebike && faults.length) ids.push("ebike.no_electrical");
  return ids;
}

/**
 * The shop as the buyer ("do you buy used bikes?", "can I sell you my old road bike", "would you take my bike as a
 * trade-in"): the handbook's bike sales are the shop selling, so they do not answer it.
 */
export function shopBuys(t: string): boolean {
  return /\b(?:do|would|will|could|can) (?:you|u|ya)(?: guys| all)? (?:ever |also )?(?:buy|purchase|take in|trade in|accept)\b|\b(?:can|could|may) (?:i|we) sell\b|\bsell (?:it|them|this|my \w+(?: \w+)?) (?:to|back to) (?:you|u|the shop)\b|\btrade[- ]?ins?\b/.test(
    t,
  );
}
