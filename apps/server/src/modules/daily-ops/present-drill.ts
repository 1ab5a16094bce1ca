/** D-09 a drill, risk review or warning as the contracts show it. */
import type { DrillResponse } from "@ccms/contracts";
import type { DrillRow } from "@ccms/db";
import type { z } from "zod";
import { parseJson } from "./parse-json.js";

export function presentDrill(r: DrillRow): z.infer<typeof DrillResponse> {
  return {
    id: r.id,
    counterId: r.counter_id,
    date: r.date,
    kind: r.kind,
    scenario: r.scenario,
    participants: parseJson<string[]>(r.participants, []),
    notes: r.notes,
    recordedById: r.recorded_by,
    createdAt: r.created_at,
  };
}
