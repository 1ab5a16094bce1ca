/** People II part B (issue 15): rewards and penalties with approvals and appeals; skill and quality assessments; phrases. */
import { Tabs } from "antd";
import { useAuth } from "../../../auth";
import { PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { PhrasesTab, QualityTab, SkillsTab } from "./AssessmentTabs";
import { LedgerEntriesTab } from "./LedgerEntriesTab";

export default function LedgerPage() {
  const t = useT();
  const { can } = useAuth();
  const manager = can("people.read");
  const items = [
    { key: "entries", label: t("ledger.tabEntries"), children: <LedgerEntriesTab /> },
    ...(manager
      ? [
          { key: "skills", label: t("ledger.tabSkills"), children: <SkillsTab /> },
          { key: "quality", label: t("ledger.tabQuality"), children: <QualityTab /> },
        ]
      : []),
    { key: "phrases", label: t("ledger.tabPhrases"), children: <PhrasesTab /> },
  ];
  return (
    <PageContainer title={t("ledger.title")} subtitle={t("ledger.subtitle")} rules="P-12 · P-13 · C-12 · Q-12">
      <Tabs items={items} destroyOnHidden />
    </PageContainer>
  );
}
