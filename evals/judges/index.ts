/** LLM judges per failure mode: prompt, mode definitions, verdict cache. */

export * from "./create-mode-judge";
export * from "./judge";
export * from "./judge-cache";
export * from "./judge-calendar";
export * from "./judge-definition";
export * from "./judge-definition-store";
export * from "./judge-prompt";
export * from "./judge-registry";
export * from "./mode-definitions";
