import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    // CLI tests spawn the built binary; give a loaded machine some room
    testTimeout: 20_000,
  },
});
