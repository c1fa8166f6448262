import { storableValue } from "../../traces/index";

/**
 * Every string inside a parsed JSON value made storable (lone surrogates → U+FFFD, NUL removed): every request body
 * goes through it once, at the edge, by the same rule the file readers apply (`storableText` in traces/).
 */
export const wellFormed: (value: unknown) => unknown = storableValue;
