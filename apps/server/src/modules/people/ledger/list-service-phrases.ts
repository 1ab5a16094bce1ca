/** Q-12 standard and forbidden phrases by process (reference data for quality checks). */
import { qualityRepository } from "@ccms/db";
import type { AppContext } from "../../../context.js";
import type { UserPrincipal } from "../../../http/principal.js";

export async function listServicePhrases(ctx: AppContext, _p: UserPrincipal) {
  const rows = await qualityRepository.listPhrases(ctx.database.db);
  return { items: rows.map((r) => ({ code: r.code, kind: r.kind as "standard" | "forbidden", process: r.process, text: r.text })) };
}
