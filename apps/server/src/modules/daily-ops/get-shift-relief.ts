/** D-13 a handover's relief: sections, approval, whether the outgoing lead may close the shift. */
import { handoverReliefRepository, handoverRepository } from "@ccms/db";
import type { AppContext } from "../../context.js";
import type { UserPrincipal } from "../../http/principal.js";
import { getHandover } from "./get-handover.js";
import { presentShiftRelief } from "./shift-relief-view.js";

export async function getShiftRelief(ctx: AppContext, p: UserPrincipal, handoverId: string) {
  await getHandover(ctx, p, handoverId); // scope and permission
  const ex = ctx.database.db;
  const h = (await handoverRepository.findById(ex, handoverId))!;
  return presentShiftRelief(ex, h, await handoverReliefRepository.findByHandover(ex, handoverId));
}
