/**
 * Knowledge base (I-03; issue 16 item 5): search in Chinese, read an entry (counted), write and edit
 * (each edit a new version), publish/retire, add a closed case to the case library.
 */
import { Button, Card, Checkbox, Descriptions, Drawer, Flex, Form, Input, Modal, Select, Space, Table, Tag, Timeline, Typography, message } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { useSearchParams } from "react-router-dom";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { ErrorResult, PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { type CaseList, KNOWLEDGE_API, type KnowledgeCategoryList, type KnowledgeEntryList, type KnowledgeEntryView, type KnowledgeVersionList } from "./api";

const KINDS = ["typicalCase", "keyPoint", "serviceTechnique"] as const;
const STATE_COLOR = { draft: "default", published: "green", retired: "orange" } as const;
type Kind = (typeof KINDS)[number];
interface EntryForm {
  kind: Kind;
  categoryId: string;
  title: string;
  body: string;
  tags?: string[];
  training?: boolean;
  note?: string;
}

export default function KnowledgePage() {
  const t = useT();
  const { can } = useAuth();
  const [q, setQ] = useState("");
  const [kind, setKind] = useState<Kind | undefined>();
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [open, setOpen] = useState<KnowledgeEntryView | null>(null);
  const [editing, setEditing] = useState<KnowledgeEntryView | "new" | null>(null);
  const [history, setHistory] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [form] = Form.useForm<EntryForm>();
  const list = useApi((signal) => api.get<KnowledgeEntryList>(KNOWLEDGE_API.list, { q: q || undefined, kind, categoryId }, { signal }), [q, kind, categoryId]);
  const categories = useApi((signal) => api.get<KnowledgeCategoryList>(KNOWLEDGE_API.categories, undefined, { signal }), []);
  const versions = useApi((signal) => api.get<KnowledgeVersionList>(KNOWLEDGE_API.versions(history ?? ""), undefined, { signal }), [history], { enabled: history !== null });
  const closed = useApi((signal) => api.get<CaseList>(KNOWLEDGE_API.closedCases, { state: "closed", limit: 50 }, { signal }), [picking], { enabled: picking });
  const time = (iso: string | null) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : "—");
  const canWrite = can("information.knowledge.write");

  const act = async (f: () => Promise<KnowledgeEntryView>, ok: string) => {
    try {
      const e = await f();
      setOpen(e);
      void message.success(ok);
      void list.reload();
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };
  const read = async (id: string) => {
    try {
      setOpen(await api.get<KnowledgeEntryView>(KNOWLEDGE_API.entry(id)));
      void list.reload();
    } catch (err) {
      void message.error(errorText(err, t));
    }
  };
  // A link to one entry (`?entry=<id>`, e.g. from 加入案例库 on a closed case) opens it once.
  const [params] = useSearchParams();
  const linked = params.get("entry");
  useEffect(() => {
    if (linked) void read(linked);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the link changes
  }, [linked]);
  const startEdit = (e: KnowledgeEntryView | "new") => {
    setEditing(e);
    form.resetFields();
    if (e !== "new") form.setFieldsValue({ kind: e.kind, categoryId: e.categoryId, title: e.title, body: e.body, tags: e.tags, training: e.training });
    else form.setFieldsValue({ kind: "keyPoint", training: false, tags: [] });
  };
  const save = async (v: EntryForm) => {
    const body = { kind: v.kind, categoryId: v.categoryId, title: v.title, body: v.body, tags: v.tags ?? [], training: v.training ?? false };
    const target = editing;
    setEditing(null);
    await act(
      () => (target === "new" || target === null ? api.post<KnowledgeEntryView>(KNOWLEDGE_API.list, body) : api.put<KnowledgeEntryView>(KNOWLEDGE_API.entry(target.id), { ...body, ...(v.note ? { note: v.note } : {}) })),
      t("knowledge.saved"),
    );
  };
  const fromCase = async (caseId: string) => {
    setPicking(false);
    await act(() => api.post<KnowledgeEntryView>(KNOWLEDGE_API.fromCase, { caseId }), t("knowledge.drafted"));
  };

  return (
    <PageContainer
      title={t("knowledge.title")}
      subtitle={t("knowledge.subtitle")}
      extra={
        canWrite ? (
          <Space>
            <Button data-testid="knowledge-from-case" onClick={() => setPicking(true)} title={t("knowledge.fromCaseHint")}>
              {t("knowledge.fromCase")}
            </Button>
            <Button type="primary" onClick={() => startEdit("new")}>
              {t("knowledge.new")}
            </Button>
          </Space>
        ) : undefined
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search data-testid="knowledge-search" aria-label={t("knowledge.search")} placeholder={t("knowledge.search")} allowClear enterButton style={{ maxWidth: 360 }} onSearch={(v) => setQ(v.trim())} />
        <Select aria-label={t("knowledge.kindLabel")} allowClear placeholder={t("knowledge.allKinds")} style={{ width: 160 }} value={kind} onChange={setKind} options={KINDS.map((k) => ({ value: k, label: t(`knowledge.kind.${k}`) }))} />
        <Select aria-label={t("knowledge.category")} allowClear placeholder={t("knowledge.allCategories")} style={{ width: 160 }} value={categoryId} onChange={setCategoryId} options={(categories.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
        {list.data && list.data.terms.length > 0 && (
          <Typography.Text type="secondary">
            {t("knowledge.terms")}：{list.data.terms.join(" ")}
          </Typography.Text>
        )}
      </Flex>
      {list.error && !list.data ? (
        <ErrorResult error={list.error} onRetry={() => void list.reload()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table
            data-testid="knowledge-table"
            size="small"
            rowKey="id"
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: t("knowledge.empty") }}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t("knowledge.titleLabel"), dataIndex: "title", render: (v: string, r) => <Typography.Link onClick={() => void read(r.id)}>{v}</Typography.Link> },
              { title: t("knowledge.kindLabel"), dataIndex: "kind", width: 110, render: (k: Kind) => t(`knowledge.kind.${k}`) },
              { title: t("knowledge.category"), dataIndex: "categoryName", width: 100 },
              { title: "", dataIndex: "state", width: 80, render: (s: keyof typeof STATE_COLOR) => <Tag color={STATE_COLOR[s]}>{t(`knowledge.state.${s}`)}</Tag> },
              { title: t("knowledge.training"), dataIndex: "training", width: 80, render: (v: boolean) => (v ? <Tag color="blue">{t("knowledge.training")}</Tag> : null) },
              { title: t("knowledge.reads"), dataIndex: "readCount", width: 80, align: "right" },
              { title: t("knowledge.unit"), dataIndex: "unitName", width: 150 },
              { title: t("knowledge.updated"), dataIndex: "updatedAt", width: 140, render: time },
            ]}
          />
        </Card>
      )}

      <Drawer open={open !== null} onClose={() => setOpen(null)} width={640} title={open?.title} data-testid="knowledge-entry">
        {open && (
          <>
            <Descriptions size="small" column={2} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t("knowledge.kindLabel")}>{t(`knowledge.kind.${open.kind}`)}</Descriptions.Item>
              <Descriptions.Item label={t("knowledge.category")}>{open.categoryName}</Descriptions.Item>
              <Descriptions.Item label={t("knowledge.version")}>{open.version}</Descriptions.Item>
              <Descriptions.Item label={t("knowledge.reads")}>{open.readCount}</Descriptions.Item>
              <Descriptions.Item label={t("knowledge.unit")}>{open.unitName}</Descriptions.Item>
              <Descriptions.Item label={t("knowledge.author")}>{open.createdByName}</Descriptions.Item>
              {open.sourceCaseNumber && <Descriptions.Item label={t("knowledge.sourceCase")}>{open.sourceCaseNumber}</Descriptions.Item>}
              <Descriptions.Item label="">
                <Tag color={STATE_COLOR[open.state]} data-testid="knowledge-state" data-state={open.state}>{t(`knowledge.state.${open.state}`)}</Tag>
                {open.training && <Tag color="blue">{t("knowledge.training")}</Tag>}
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{open.body}</Typography.Paragraph>
            {open.tags.length > 0 && <Flex gap={4}>{open.tags.map((g) => <Tag key={g}>{g}</Tag>)}</Flex>}
            <Space style={{ marginTop: 16 }} wrap>
              <Button onClick={() => setHistory(open.id)}>{t("knowledge.history")}</Button>
              {open.canEdit && <Button onClick={() => startEdit(open)}>{t("knowledge.edit")}</Button>}
              {open.canPublish && open.state !== "published" && (
                <Button type="primary" data-testid="knowledge-publish" onClick={() => void act(() => api.post<KnowledgeEntryView>(KNOWLEDGE_API.publish(open.id)), t("knowledge.published"))}>
                  {t("knowledge.publish")}
                </Button>
              )}
              {open.canPublish && open.state === "published" && (
                <Button danger onClick={() => void act(() => api.post<KnowledgeEntryView>(KNOWLEDGE_API.retire(open.id)), t("knowledge.retired"))}>
                  {t("knowledge.retire")}
                </Button>
              )}
            </Space>
          </>
        )}
      </Drawer>

      <Modal open={editing !== null} title={editing === "new" ? t("knowledge.new") : t("knowledge.edit")} onCancel={() => setEditing(null)} onOk={() => form.submit()} width={640} destroyOnHidden>
        <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
          <Flex gap={12}>
            <Form.Item name="kind" label={t("knowledge.kindLabel")} rules={[{ required: true }]} style={{ flex: 1 }}>
              <Select options={KINDS.map((k) => ({ value: k, label: t(`knowledge.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="categoryId" label={t("knowledge.category")} rules={[{ required: true }]} style={{ flex: 1 }}>
              <Select options={(categories.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
            </Form.Item>
          </Flex>
          <Form.Item name="title" label={t("knowledge.titleLabel")} rules={[{ required: true, max: 200 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="body" label={t("knowledge.body")} rules={[{ required: true }]}>
            <Input.TextArea rows={8} />
          </Form.Item>
          <Form.Item name="tags" label={t("knowledge.tags")}>
            <Select mode="tags" />
          </Form.Item>
          <Form.Item name="training" valuePropName="checked">
            <Checkbox>{t("knowledge.trainingYes")}</Checkbox>
          </Form.Item>
          {editing !== "new" && (
            <Form.Item name="note" label={t("knowledge.note")}>
              <Input />
            </Form.Item>
          )}
        </Form>
      </Modal>

      <Modal open={picking} title={t("knowledge.pickCase")} footer={null} onCancel={() => setPicking(false)} width={640}>
        <Table
          data-testid="knowledge-case-pick"
          size="small"
          rowKey="id"
          loading={closed.loading}
          dataSource={closed.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t("knowledge.sourceCase"), dataIndex: "number", width: 160 },
            { title: t("knowledge.titleLabel"), dataIndex: "summary" },
            { title: t("knowledge.unit"), dataIndex: "orgUnitName", width: 140 },
            { title: "", key: "add", width: 110, render: (_: unknown, r) => <Button size="small" data-testid="knowledge-add-case" onClick={() => void fromCase(r.id)}>{t("knowledge.fromCase")}</Button> },
          ]}
        />
      </Modal>

      <Drawer open={history !== null} onClose={() => setHistory(null)} width={560} title={t("knowledge.history")}>
        <Timeline
          items={(versions.data?.items ?? []).map((v) => ({
            children: (
              <div>
                <Typography.Text strong>
                  {t("knowledge.version")} {v.version} · {v.title}
                </Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {v.editedByName} · {time(v.editedAt)}
                    {v.note ? ` · ${v.note}` : ""}
                  </Typography.Text>
                </div>
                <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginTop: 4 }}>{v.body}</Typography.Paragraph>
              </div>
            ),
          }))}
        />
      </Drawer>
    </PageContainer>
  );
}
