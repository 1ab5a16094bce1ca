/**
 * Steps of the generated history, each run through a use case on a clock that shows its instant,
 * all in time order. A step a rule refuses (a domain error) is counted and skipped: the record simply
 * stays in its earlier state.
 */
import { isDomainError } from "@ccms/core";
import type { AppContext } from "../../context.js";

export interface TimedStep {
  at: number;
  run: (ctx: AppContext) => Promise<unknown>;
}

/** The same context on a clock that shows `instant`. */
export function atInstant(ctx: AppContext, instant: number): AppContext {
  return { ...ctx, clock: { now: () => new Date(instant) } };
}

export async function runTimeline(ctx: AppContext, steps: readonly TimedStep[]): Promise<{ done: number; refused: number }> {
  const now = ctx.clock.now().getTime();
  const result = { done: 0, refused: 0 };
  for (const s of [...steps].filter((x) => x.at < now).sort((a, b) => a.at - b.at)) {
    try {
      await s.run(atInstant(ctx, s.at));
      result.done++;
    } catch (e) {
      if (!isDomainError(e)) throw e;
      result.refused++;
    }
  }
  return result;
}
