import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "{knowledge-base,chatbot,traces,synthetic,evals,app,bench}/**/*.test.ts",
      "tests/phoenix/**/*.test.ts",
      "tests/cli/**/*.test.ts",
      "tests/support/**/*.test.ts",
    ],
    exclude: ["node_modules", ".next", "tests/e2e/**"],
    pool: "forks",
    globalSetup: ["tests/support/temp-root.ts"],
    testTimeout: 20_000,
  },
});
