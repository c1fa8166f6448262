/** Public surface of the entity layer: dates, times, money, contacts, names and inclusion items, shared by the chatbot and evaluators. */
export * from "./inclusion-items";
export { normalizeText, ZERO_WIDTH } from "./normalize-text";
export { HOUR_WORDS, NUMBER_WORDS, numberValue } from "./number-words";
export { recognizeContacts, recognizeMoney } from "./recognize-contacts";
export { recognizeEntities, warmUpEntities } from "./recognize-entities";
export { recognizeNames } from "./recognize-names";
export { loadTagger } from "./tagged-persons";
export { recognizeWhen } from "./recognize-when";
export * from "./schema";
