/** LLM judges per failure mode: prompt, mode definitions, verdict cache. */

export * from "./calibrate-cli";
export * from "./create-mode-judge";
export * from "./format-calibrations";
export * from "./judge";
export * from "./judge-cache";
export * from "./judge-calendar";
export * from "./judge-calibration";
export * from "./judge-definition";
export * from "./judge-definition-store";
export * from "./judge-prompt";
export * from "./judge-registry";
export * from "./judge-score";
export * from "./mode-definitions";
export * from "./scored-judge";
export * from "./seed-judges";
export * from "./verdict-score";
export * from "./youden-threshold";
