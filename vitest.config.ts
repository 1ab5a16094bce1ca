import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Units (pure rules) and API tests; the API project runs once per database engine.
const apiTest = (engine: "sqlite" | "postgres") => ({
  extends: true as const,
  test: {
    name: `api-${engine}`,
    include: ["apps/server/test/**/*.test.ts", "packages/db/test/**/*.test.ts"],
    env: { CCMS_TEST_ENGINE: engine, TZ: "UTC" },
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});

const src = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// API tests wait on SQLite fsyncs and PostgreSQL as much as they compute: one worker per core plus one
// (vitest's default, cores − 1, leaves one of a 2-core CI machine idle while a test waits).
const maxWorkers = availableParallelism() + 1;

export default defineConfig({
  resolve: {
    alias: {
      "@ccms/core": src("./packages/core/src/index.ts"),
      "@ccms/db": src("./packages/db/src/index.ts"),
      "@ccms/contracts": src("./packages/contracts/src/index.ts"),
    },
  },
  test: {
    maxWorkers,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["packages/*/src/**/*.test.ts", "apps/web/src/**/*.test.ts"], env: { TZ: "UTC" } },
      },
      apiTest("sqlite"),
      apiTest("postgres"),
    ],
  },
});
