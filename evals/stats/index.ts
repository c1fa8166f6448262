/** Alignment statistics: labelled sets, splits, confusion, corrected rates, bootstrap, first-failure matrix. */
export * from "./align";
export * from "./alignment";
export * from "./annotated-set";
export * from "./bootstrap";
export * from "./confusion";
export * from "./corrected-rate";
export * from "./first-failure-matrix";
export * from "./heldout-figures";
export * from "./heldout-misses";
export * from "./human-mode-rows";
export * from "./labelled-set";
export * from "./mode-examples";
export * from "./read-labelled-set";
export * from "./split";
export * from "./wilson";
