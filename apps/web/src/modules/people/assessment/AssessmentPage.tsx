/** P-14 / P-12 the manager's assessment screen: team quarter, scorecard templates, annual excellence. */
import { Tabs } from "antd";
import { PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { ExcellenceTab } from "./ExcellenceTab";
import { TeamQuarterTab } from "./TeamQuarterTab";
import { TemplatesTab } from "./TemplatesTab";

export default function AssessmentPage() {
  const t = useT();
  return (
    <PageContainer title={t("assessment.title")} subtitle={t("assessment.subtitle")} rules="P-14 · P-12 · P-13 · C-12 · C-13">
      <Tabs
        items={[
          { key: "team", label: t("assessment.tabTeam"), children: <TeamQuarterTab /> },
          { key: "templates", label: t("assessment.tabTemplates"), children: <TemplatesTab /> },
          { key: "excellence", label: t("assessment.tabExcellence"), children: <ExcellenceTab /> },
        ]}
      />
    </PageContainer>
  );
}
