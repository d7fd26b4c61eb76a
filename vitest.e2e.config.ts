import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium (/usr/bin/chromium) with the built extension (dist/chrome)
// on local fixture pages served under the production host names. Run: npm run test:e2e
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // Browsers: never retry silently, never skip.
    retry: 0,
    reporters: ['verbose'],
  },
});
