/** The KPI catalogue (issue 16 item 1) as the API shows it: every signed-in staff member may read it. */
import type { KpiCatalogueResponse } from "@ccms/contracts";
import { KPI_CATALOGUE } from "@ccms/core";

export function listKpis(): KpiCatalogueResponse {
  return { items: KPI_CATALOGUE.map(({ compute: _c, ...k }) => k) };
}
