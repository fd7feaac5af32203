import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    // Dates are date-only everywhere; run the suite in a zone far from UTC to catch any shift.
    env: { TZ: "Pacific/Kiritimati" },
  },
});
