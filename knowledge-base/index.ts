/** Public surface of the knowledge base: the shop's handbook as typed facts, prose sections and retrieval. */
export { allFacts } from "./all-facts";
export { handbook } from "./facts";
export { formatClock, formatUsd } from "./format";
export { describeHolidayRule, holidayDateIn, holidayOn, holidaysBetween, withHolidaysFrom } from "./holidays";
export { buildKnowledgeBase, type KnowledgeBase, loadKnowledgeBase, relevantFacts } from "./load";
export { buildSectionIndex, type SectionIndex, tokenize } from "./retrieve";
export * from "./schema";
export { citedFactIds, parseSections, type Section } from "./sections";
export { WEEKDAY_ALIASES, WEEKDAY_NAMES, WEEKDAYS, weekdayNumber, weekdayOf } from "./weekdays";
export * from "./entities/index";
