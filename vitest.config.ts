import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/helpers/global-setup.ts"],
    pool: "threads",
    testTimeout: 30_000,
    // git commits made by the tests: a fixed identity, no user or system config
    env: {
      GIT_AUTHOR_NAME: "Test Clerk",
      GIT_AUTHOR_EMAIL: "clerk@example.org",
      GIT_COMMITTER_NAME: "Test Clerk",
      GIT_COMMITTER_EMAIL: "clerk@example.org",
      GIT_CONFIG_NOSYSTEM: "1",
      GIT_CONFIG_GLOBAL: "/dev/null",
    },
  },
});
