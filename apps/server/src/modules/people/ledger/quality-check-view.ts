/** seed 000 §七(二)2 quality checks as the API shows them, forbidden phrases by their text. */
import { type Executor, type QualityCheckRow, qualityRepository, staffRecordRepository } from "@ccms/db";
import type { z } from "zod";
import type { QualityCheckView } from "@ccms/contracts";

export async function qualityCheckViews(ex: Executor, rows: readonly QualityCheckRow[]): Promise<Array<z.infer<typeof QualityCheckView>>> {
  const phrases = new Map((await qualityRepository.listPhrases(ex)).map((x) => [x.code, x.text]));
  const names = await staffRecordRepository.namesOf(ex, rows.flatMap((r) => [r.user_id, r.checked_by]));
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    userName: names.get(r.user_id) ?? "—",
    method: r.method as "cctv" | "post_review" | "interview",
    checkedOn: r.checked_on,
    score: r.score,
    passed: r.passed === 1,
    findings: JSON.parse(r.findings) as string[],
    forbiddenPhrases: (JSON.parse(r.forbidden_phrases) as string[]).map((code) => ({ code, text: phrases.get(code) ?? code })),
    note: r.note,
    checkedByName: names.get(r.checked_by) ?? "—",
    createdAt: r.created_at,
  }));
}
