/** "(at)", "[at]", " at " between the parts of an address written to dodge spam filters. */
const AT = String.raw`\s*(?:[([{]\s*at\s*[)\]}]|\s+at\s+)\s*`;
const DOT = String.raw`\s*(?:[([{]\s*dot\s*[)\]}]|\s+dot\s+|\.)\s*`;
/** A spelled-out address: local part, "at", a domain whose last part is a usual ending ("com", "org", a country's two letters). */
const SPELLED = new RegExp(
  String.raw`\b([a-z0-9][a-z0-9._+-]*)${AT}([a-z0-9-]+(?:${DOT}[a-z0-9-]+)*${DOT}(?:com|org|net|edu|gov|info|[a-z]{2}))\b`,
  "gi",
);
/** A bracketed at is always meant as one ("kim(at)mail(dot)com"); a bare " at " only with a spelled " dot ". */
const BRACKETED = /[([{]\s*(?:at|dot)\s*[)\]}]/i;

/**
 * E-mail addresses written out to dodge spam filters ("zoe(at)example(dot)com", "sam [at] mail [dot] org",
 * "lee at example dot com") put back in their usual form, so the contact is read. "Meet at noon. dot com" and "at
 * home" are left as typed: the domain must end in a usual ending and a bare "at" needs a spelled "dot". Pure.
 */
export function plainSpelledEmails(text: string): string {
  return text.replace(SPELLED, (whole, local: string, domain: string) => {
    if (!BRACKETED.test(whole) && !/\sdot\s/i.test(whole)) return whole;
    return `${local}@${domain.replace(new RegExp(DOT, "gi"), ".")}`;
  });
}
