// ESLint: typescript-eslint recommended; packages/core stays free of I/O (no node:fs, net, db drivers …).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const ioModules = [
  "fs", "node:fs", "fs/promises", "node:fs/promises", "net", "node:net", "http", "node:http", "https", "node:https",
  "child_process", "node:child_process", "dgram", "node:dgram", "worker_threads", "node:worker_threads",
  "pg", "better-sqlite3", "kysely", "fastify", "undici", "axios",
];

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "apps/web/dist/**", "data/**", "coverage/**", ".e2e-tmp/**", "bench/.data/**", "**/*.config.*"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: "readonly", process: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly" } },
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-empty": ["error", { allowEmptyCatch: true }],
    },
  },
  {
    // React hooks (issue 12 item 8): the rules of hooks are errors, missing effect dependencies warnings.
    // The React Compiler rules of eslint-plugin-react-hooks 7 (purity, refs, set-state-in-effect …) are not on yet.
    files: ["apps/web/src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // Exhaustive state machines (conventions §7): typed lint on core sources.
    files: ["packages/core/src/**/*.ts"],
    ignores: ["packages/core/src/**/*.test.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: { "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: false }] },
  },
  {
    files: ["packages/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: ioModules.map((name) => ({ name, message: "packages/core is pure: no I/O imports" })), patterns: ["@ccms/db", "@ccms/server"] }],
      "no-restricted-globals": ["error", { name: "fetch", message: "packages/core is pure: no I/O" }],
    },
  },
  {
    // Inside a transaction every read goes through the transaction: the outer connection would read
    // around it (and on SQLite wait for it). Issue 12 item 1.
    files: ["apps/server/src/**/*.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^(tx|inTransaction)$/] MemberExpression[object.property.name='database'][property.name='db']",
          message: "inside a transaction read and write through the transaction (tx), never ctx.database.db",
        },
      ],
    },
  },
  {
    // Migrations own their data (issue 12 item 6): literal snapshots, never live constants of core.
    files: ["packages/db/src/migrations/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@ccms/core", "@ccms/core/*", "@ccms/contracts", "@ccms/contracts/*"], message: "a migration owns its data: copy the values in as literals (packages/db/src/migrations/snapshots/)" }] }],
    },
  },
);
