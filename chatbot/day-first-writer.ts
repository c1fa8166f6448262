/**
 * Whether a message's writer says something that makes a day-first date ("3/6" = 3 June) likely: they say they come
 * from elsewhere ("over from Dublin", "I'm from Vienna", "just moved here from Melbourne"), name a day-first country
 * or people ("I'm British", "UK format"), doubt how dates are written here, or greet the way day-first writers do
 * ("hiya… cheers", "g'day"). Such a writer's two-way digit date is asked about even when one reading lies far off.
 */
const ORIGIN =
  /\b(?:(?:i'?m|i am|we'?re|we are|am|are)\s+(?:\w+\s+)?from|(?:over|visiting|here|moved(?:\s+over)?|moved\s+here|relocated|came|come|coming)\s+(?:here\s+)?from)\s+\p{L}/iu;
const PLACE =
  /\b(?:brit(?:ish|ain)?|english|irish|scottish|welsh|australian|aussie|kiwi|european|uk|england|ireland|scotland|wales|australia|new zealand|europe|london|manchester|dublin|edinburgh|glasgow|melbourne|sydney|auckland|berlin|paris|vienna|madrid|rome|amsterdam)\b/i;
const CONVENTION =
  /\b(?:how you (?:write|do|put|say) (?:the )?dates|day[- ]first|dd\/mm|date format|(?:uk|british|european) (?:format|style|way))\b/i;
const GREETING = /\b(?:hiya|cheers|g'?day|mate|servus|hallo|ta\b|innit)\b/i;

/** True when the text gives a reason to read a two-way digit date either way (see the module comment). */
export function writesDayFirst(text: string): boolean {
  return ORIGIN.test(text) || PLACE.test(text) || CONVENTION.test(text) || GREETING.test(text);
}
