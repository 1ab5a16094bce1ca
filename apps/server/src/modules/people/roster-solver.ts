/**
 * P-05 the roster model solved by HiGHS (the `highs` package, WebAssembly), loaded once per process.
 * The model, its reading and the explanation of shortfalls are pure (core/people/roster-model.ts).
 */
import { DomainError, type RosterAssignment, type RosterInput, type Uncovered, buildRosterModel, readRosterSolution } from "@ccms/core";
import * as highsModule from "highs";

// ESM entry (build/highs.mjs) whose default export is the loader; typed from the package declarations.
const loadHighs = highsModule.default as unknown as () => Promise<highsModule.Highs>;
type Highs = highsModule.Highs;
let highs: Promise<Highs> | null = null;

export async function solveRoster(input: RosterInput, timeLimitSeconds = 60): Promise<{ status: string; assignments: RosterAssignment[]; uncovered: Uncovered[]; ms: number }> {
  const started = Date.now();
  highs ??= loadHighs();
  const solver = await highs;
  const model = buildRosterModel(input);
  const result = solver.solve(model.lp, { output_flag: false, time_limit: timeLimitSeconds, mip_rel_gap: 0.01 });
  // every demand has an explained slack, so the model is always feasible; a time limit keeps the best found
  const found = result.Status === "Optimal" || (result.Status === "Time limit reached" && Number.isFinite(result.ObjectiveValue));
  if (!found) throw new DomainError("unprocessable", "roster_not_solved", "The solver found no roster", { status: result.Status });
  const columns = result.Columns as Record<string, { Primal?: number }>;
  const read = readRosterSolution(input, model, (c) => columns[c]?.Primal ?? 0);
  return { status: String(result.Status), ...read, ms: Date.now() - started };
}
