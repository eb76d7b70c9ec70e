import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Property tests play hundreds of random histories: seconds on a busy 2-core machine, not a timing check.
    testTimeout: 120_000,
  },
});
