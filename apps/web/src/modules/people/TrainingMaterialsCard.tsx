/**
 * Training material from the knowledge base (I-03 used by People I, P-03): the published typical cases,
 * knowledge points and service techniques flagged as training material, each opening in the knowledge base.
 */
import type { TrainingMaterialList } from "@ccms/contracts";
import { Card, Table, Tag } from "antd";
import dayjs from "dayjs";
import { Link } from "react-router-dom";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";

type Material = TrainingMaterialList["items"][number];

export function TrainingMaterialsCard() {
  const t = useT();
  const { can } = useAuth();
  const allowed = can("information.knowledge.read");
  const list = useApi((signal) => api.get<TrainingMaterialList>("/information/knowledge/training-materials", undefined, { signal }), [], { enabled: allowed });
  if (!allowed) return null;
  return (
    <Card title={t("peopleTraining.materials")} data-testid="training-materials">
      <Table<Material>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t("peopleTraining.materialsEmpty") }}
        columns={[
          { title: t("peopleTraining.materialTitle"), dataIndex: "title", render: (v: string, r) => <Link to={`/information/knowledge?entry=${encodeURIComponent(r.id)}`}>{v}</Link> },
          { title: t("peopleTraining.materialCategory"), dataIndex: "categoryName", render: (v: string) => <Tag>{v}</Tag> },
          { title: t("peopleTraining.materialUnit"), dataIndex: "unitName" },
          { title: t("peopleTraining.materialReads"), dataIndex: "readCount", align: "right" },
          { title: t("peopleTraining.materialPublished"), dataIndex: "publishedAt", render: (v: string | null) => (v ? dayjs(v).format("YYYY-MM-DD") : "—") },
        ]}
      />
    </Card>
  );
}
