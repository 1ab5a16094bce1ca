/** Shared widgets for module pages. */
export { PageContainer } from "./PageContainer";
export { OrgUnitTreeSelect, OrgUnitsProvider, useOrgUnits } from "./OrgUnits";
export { KindTag, RoleTags } from "./Tags";
export { EmptyState, ErrorResult, PageLoading } from "./States";
export { BusinessHoursEditor, BusinessHoursView, completeHours } from "./BusinessHoursEditor";
export { RuleHelp } from "./RuleHelp";
