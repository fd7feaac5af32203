import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // A temp folder for the run, which must be empty at the end (every test cleans up after itself).
    globalSetup: ["test/helpers/temp-folder-guard.ts"],
    // Dates are date-only everywhere; run the suite in a zone far from UTC to catch any shift.
    env: { TZ: "Pacific/Kiritimati" },
  },
});
