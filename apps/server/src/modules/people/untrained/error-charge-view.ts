/** P-18 an error charge as shown: names, the untrained reasons, the head charged too. */
import type { ErrorChargeRow } from "@ccms/db";
import type { ErrorChargeView } from "@ccms/contracts";

export function errorChargeView(r: ErrorChargeRow): ErrorChargeView {
  return {
    id: r.id,
    userId: r.user_id,
    userName: r.user_name,
    occurredOn: r.occurred_on,
    description: r.description,
    untrained: r.untrained === 1,
    untrainedReasons: JSON.parse(r.untrained_reasons) as ErrorChargeView["untrainedReasons"],
    headName: r.head_name,
    recordedAt: r.recorded_at,
  };
}
