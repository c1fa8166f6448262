/** LLM judges per failure mode: prompt, mode definitions, verdict cache. */
export * from "./judge-cache";
export * from "./judge-prompt";
export * from "./judge";
export * from "./mode-definitions";
export * from "./judge-calendar";
export * from "./create-mode-judge";
export * from "./judge-definition";
export * from "./judge-definition-store";
export * from "./judge-registry";
