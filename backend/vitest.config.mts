import { defineConfig } from "vitest/config"

// @medusajs/test-utils is written for Jest's globals; Vitest provides the same ones with `globals: true`.
export default defineConfig({
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/__tests__/**/*.unit.spec.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["integration-tests/**/*.spec.ts"],
          setupFiles: ["./integration-tests/setup.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          // Real processes: redis-server, `medusa start` as server and as worker (scripts/test.mjs runs these).
          name: "deployment",
          include: ["deployment-tests/**/*.spec.ts"],
          pool: "forks",
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
})
