import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Two projects (docs/architecture.md "Tests"): unit runs in-process on the sources — the
// loop a developer lives in; e2e builds the bundle once and runs it as a clerk would (the
// shim, tmux, LibreOffice, Chromium, processes killed mid-write).

/** git commits made by the tests: a fixed identity, no user or system config. */
const GIT_ENV = {
  GIT_AUTHOR_NAME: "Test Clerk",
  GIT_AUTHOR_EMAIL: "clerk@example.org",
  GIT_COMMITTER_NAME: "Test Clerk",
  GIT_COMMITTER_EMAIL: "clerk@example.org",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};

export default defineConfig({
  test: {
    pool: "threads",
    // vitest leaves a core free by default: on a 2-core machine that is one worker, and the
    // tests wait on git, the disk and child processes more than on the processor
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 30_000,
    env: GIT_ENV,
    // `npm run test:coverage` (part of `npm test`): the commands' lines, prompts included,
    // are run in-process by the unit tests (docs/architecture.md "Tests")
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { "src/commands/**": { lines: 85 } },
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**"],
          // one module graph a worker: importing the sources again for every file cost
          // more than the tests themselves (no test keeps state in a module)
          isolate: false,
          // commits made in-process skip init's hook, which runs the built CLI: it is tried
          // by git in the e2e project (test/e2e/hook.test.ts)
          env: { ...GIT_ENV, XIESHANG_HOOK: "off" },
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/helpers/global-setup.ts"],
        },
      },
    ],
  },
});
