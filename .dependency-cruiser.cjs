/* global module */
/**
 * Module dependencies (issue 12 item 2), checked by `npm run lint:deps` (part of `npm test`):
 * no import cycle between files, none between module folders (run with --collapse, see package.json),
 * and the layers point one way: core ← contracts ← db ← server; the web imports contracts and core only.
 */
const layer = (name, from, notTo, comment) => ({ name, severity: "error", comment, from: { path: from }, to: { path: notTo } });

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "An import cycle: modules must not lean on each other in circles; use an event or a narrow function of the lower module.",
      from: {},
      to: { circular: true },
    },
    layer("core-is-pure", "^packages/core/src", "^(packages/(db|contracts)|apps)/", "packages/core holds pure rules: it imports no other layer"),
    layer("contracts-below-db", "^packages/contracts/src", "^(packages/db|apps)/", "contracts describe the API: they import core at most"),
    layer("db-below-server", "^packages/db/src", "^apps/", "packages/db is SQL only: it never imports the server or the web"),
    layer("server-not-web", "^apps/server/src", "^apps/web/", "the server never imports the web app"),
    layer("web-through-contracts", "^apps/web/src", "^(packages/db|apps/server)/", "the web talks to the server through the contracts only"),
  ],
  options: {
    // Other packages are reached through node_modules/@ccms → their dist: recorded (so the layer rules
    // see them), not followed (each package is cruised from its source).
    doNotFollow: { path: "(^|/)(dist|node_modules)/" },
    exclude: { path: "\\.test\\.tsx?$" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.base.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default", "types"], extensions: [".ts", ".tsx", ".js"] },
  },
};
