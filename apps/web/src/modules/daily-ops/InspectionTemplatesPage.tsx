/**
 * Inspection templates as data (issue 5 item 1; D-02, D-04, D-05, D-11, P-16): list (current or all
 * versions), view one, edit a copy as a new version of the same code, or create a new template.
 * Templates are versioned: saving never changes an old version (past inspections keep theirs).
 */
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, PlusOutlined, SaveOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Checkbox, Col, Descriptions, Empty, Form, Input, InputNumber, Row, Select, Space, Switch, Table, Tag, Tooltip, Typography } from "antd";
import type { FormInstance } from "antd";
import { useMemo, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import { KIND_COLOR } from "./InspectionsPage";
import { PageFrame, fmtTime } from "./shared";
import type { InspectionKind, InspectionTemplate, InspectionTemplateList } from "./types";

const KINDS: readonly InspectionKind[] = ["patrol", "security_check", "safety_monthly", "environment", "custom"];
/** Same pattern as the contract (CreateInspectionTemplateRequest: code, section key, item key). */
const KEY_RE = /^[A-Za-z0-9_.-]+$/;

interface ItemValues {
  key: string;
  text: string;
  weight: number | null;
  critical: boolean;
  requirePhotoOnFail: boolean;
  requireCommentOnFail: boolean;
  ruleId?: string;
}
interface SectionValues {
  key: string;
  title: string;
  items: ItemValues[];
}
interface TemplateValues {
  code: string;
  name: string;
  kind: InspectionKind;
  description?: string;
  sections: SectionValues[];
}

type Mode = { kind: "list" } | { kind: "view"; id: string } | { kind: "edit"; base: InspectionTemplate | null };

const itemCount = (tpl: { sections: ReadonlyArray<{ items: readonly unknown[] }> }) => tpl.sections.reduce((n, s) => n + s.items.length, 0);

export default function InspectionTemplatesPage() {
  const t = useT();
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  const [kind, setKind] = useState<InspectionKind | undefined>();
  const [all, setAll] = useState(false);
  const list = useApi(
    (signal) => api.get<InspectionTemplateList>("/daily-ops/inspection-templates", { kind, all: all ? "true" : undefined }, { signal }),
    [kind, all],
  );
  const items = list.data?.items ?? [];

  const header =
    mode.kind === "list" ? (
      <Button type="primary" icon={<PlusOutlined />} onClick={() => setMode({ kind: "edit", base: null })} data-testid="tpl-new">
        {t("dops.tpl.new")}
      </Button>
    ) : (
      <Button onClick={() => setMode({ kind: "list" })} data-testid="tpl-back">
        {t("dops.tpl.backToList")}
      </Button>
    );

  return (
    <PageFrame title={t("dops.tpl.title")} rule="D-02 · D-04 · D-05 · D-11 · P-16" extra={header} testId="inspection-templates-page">
      {mode.kind === "list" && (
        <Card size="small">
          <Space direction="vertical" size={12} style={{ width: "100%" }}>
            <Space wrap>
              <Select
                allowClear
                style={{ width: 200 }}
                placeholder={t("dops.insp.kind")}
                aria-label={t("dops.insp.kind")}
                value={kind}
                onChange={setKind}
                options={KINDS.map((k) => ({ value: k, label: t(`dops.kind.${k}`) }))}
              />
              <Space>
                <Switch checked={all} onChange={setAll} aria-labelledby="tpl-all-versions-label" data-testid="tpl-all-versions" />
                <span id="tpl-all-versions-label">{t("dops.tpl.allVersions")}</span>
              </Space>
            </Space>
            <Table<InspectionTemplate>
              rowKey="id"
              size="middle"
              loading={list.loading}
              dataSource={items}
              scroll={{ x: 820 }}
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              locale={{ emptyText: list.error ? errorText(list.error, t) : <Empty description={t("dops.insp.noTemplates")} /> }}
              onRow={(r) => ({ onClick: () => setMode({ kind: "view", id: r.id }), style: { cursor: "pointer" } })}
              columns={[
                { title: t("dops.tpl.code"), dataIndex: "code", width: 200, render: (v: string) => <Typography.Text code style={{ whiteSpace: "nowrap" }}>{v}</Typography.Text> },
                { title: t("dops.tpl.name"), dataIndex: "name" },
                { title: t("dops.insp.kind"), dataIndex: "kind", width: 140, render: (k: InspectionKind) => <Tag color={KIND_COLOR[k]}>{t(`dops.kind.${k}`)}</Tag> },
                {
                  title: t("dops.tpl.version"),
                  dataIndex: "version",
                  width: 120,
                  render: (v: number, r) => (
                    <Space size={4}>
                      <span>v{v}</span>
                      {r.current ? <Tag color="green">{t("dops.tpl.current")}</Tag> : <Tag>{t("dops.tpl.old")}</Tag>}
                    </Space>
                  ),
                },
                { title: t("dops.tpl.size"), key: "size", width: 150, render: (_: unknown, r) => t("dops.insp.itemsCount", { sections: r.sections.length, items: itemCount(r) }) },
              ]}
            />
          </Space>
        </Card>
      )}
      {mode.kind === "view" && (
        <TemplateView
          id={mode.id}
          onNewVersion={(tpl) => setMode({ kind: "edit", base: tpl })}
          onOpen={(id) => setMode({ kind: "view", id })}
        />
      )}
      {mode.kind === "edit" && (
        <TemplateEditor
          key={mode.base?.id ?? "new"}
          base={mode.base}
          existingCodes={new Set(items.map((x) => x.code))}
          onCancel={() => setMode(mode.base ? { kind: "view", id: mode.base.id } : { kind: "list" })}
          onSaved={(saved) => {
            void list.reload();
            setMode({ kind: "view", id: saved.id });
          }}
        />
      )}
    </PageFrame>
  );
}

// ---------------------------------------------------------------- view

function TemplateView({ id, onNewVersion, onOpen }: { id: string; onNewVersion(t: InspectionTemplate): void; onOpen(id: string): void }) {
  const t = useT();
  const tpl = useApi((signal) => api.get<InspectionTemplate>(`/daily-ops/inspection-templates/${id}`, undefined, { signal }), [id]);
  const versions = useApi(
    (signal) => api.get<InspectionTemplateList>("/daily-ops/inspection-templates", { all: "true", kind: tpl.data?.kind }, { signal }),
    [tpl.data?.code, tpl.data?.kind],
    { enabled: !!tpl.data },
  );
  const siblings = (versions.data?.items ?? []).filter((x) => x.code === tpl.data?.code);

  if (tpl.loading) return <Card loading />;
  if (!tpl.data) return <Alert type="error" showIcon message={tpl.error ? errorText(tpl.error, t) : t("dops.common.notFound")} />;
  const d = tpl.data;
  return (
    <Space direction="vertical" size={12} style={{ width: "100%" }} data-testid="tpl-view">
      <Card
        size="small"
        title={
          <Space wrap>
            <span>{d.name}</span>
            <Tag color={KIND_COLOR[d.kind]}>{t(`dops.kind.${d.kind}`)}</Tag>
            <Tag color="blue">v{d.version}</Tag>
            {d.current ? <Tag color="green">{t("dops.tpl.current")}</Tag> : <Tag>{t("dops.tpl.old")}</Tag>}
          </Space>
        }
        extra={
          <Button type="primary" icon={<CopyOutlined />} onClick={() => onNewVersion(d)} data-testid="tpl-new-version">
            {t("dops.tpl.newVersion")}
          </Button>
        }
      >
        {!d.current && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("dops.tpl.oldHint")} />}
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t("dops.tpl.code")}>
            <Typography.Text code>{d.code}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t("dops.tpl.size")}>{t("dops.insp.itemsCount", { sections: d.sections.length, items: itemCount(d) })}</Descriptions.Item>
          <Descriptions.Item label={t("dops.tpl.createdAt")}>{fmtTime(d.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t("dops.tpl.totalWeight")}>{d.sections.reduce((n, s) => n + s.items.reduce((m, i) => m + i.weight, 0), 0)}</Descriptions.Item>
          {siblings.length > 1 && (
            <Descriptions.Item label={t("dops.tpl.versions")} span={2}>
              <Space wrap size={4}>
                {siblings.map((s) => (
                  <Tag.CheckableTag key={s.id} checked={s.id === d.id} onChange={() => onOpen(s.id)}>
                    v{s.version}
                  </Tag.CheckableTag>
                ))}
              </Space>
            </Descriptions.Item>
          )}
          {d.description && (
            <Descriptions.Item label={t("dops.tpl.description")} span={3}>
              {d.description}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {d.sections.map((s) => (
        <Card
          key={s.key}
          size="small"
          title={
            <Space>
              <span>{s.title}</span>
              <Typography.Text type="secondary" code>
                {s.key}
              </Typography.Text>
            </Space>
          }
        >
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={s.items}
            scroll={{ x: 700 }}
            columns={[
              { title: t("dops.tpl.itemKey"), dataIndex: "key", width: 160, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
              { title: t("dops.tpl.itemText"), dataIndex: "text" },
              { title: t("dops.tpl.weight"), dataIndex: "weight", width: 70 },
              {
                title: t("dops.tpl.onFail"),
                key: "flags",
                width: 230,
                render: (_: unknown, i) => (
                  <Space wrap size={4}>
                    {i.critical && <Tag color="red">{t("dops.insp.critical")}</Tag>}
                    {i.requireCommentOnFail && <Tag>{t("dops.tpl.needComment")}</Tag>}
                    {i.requirePhotoOnFail && <Tag color="orange">{t("dops.tpl.needPhoto")}</Tag>}
                  </Space>
                ),
              },
              { title: t("dops.tpl.ruleId"), dataIndex: "ruleId", width: 80, render: (v?: string) => v ?? "—" },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}

// ---------------------------------------------------------------- editor

function toValues(base: InspectionTemplate | null): TemplateValues {
  if (!base) {
    return {
      code: "",
      name: "",
      kind: "custom",
      description: "",
      sections: [{ key: "s1", title: "", items: [newItem("s1-1")] }],
    };
  }
  return {
    code: base.code,
    name: base.name,
    kind: base.kind,
    description: base.description ?? "",
    sections: base.sections.map((s) => ({
      key: s.key,
      title: s.title,
      items: s.items.map((i) => ({
        key: i.key,
        text: i.text,
        weight: i.weight,
        critical: i.critical,
        requirePhotoOnFail: i.requirePhotoOnFail,
        requireCommentOnFail: i.requireCommentOnFail,
        ruleId: i.ruleId ?? "",
      })),
    })),
  };
}

function newItem(key: string): ItemValues {
  return { key, text: "", weight: 1, critical: false, requirePhotoOnFail: false, requireCommentOnFail: true, ruleId: "" };
}

/** A key not yet used in the template: `<prefix>-<n>`. */
function freshKey(used: Set<string>, prefix: string): string {
  for (let n = 1; ; n++) {
    const k = `${prefix}-${n}`;
    if (!used.has(k)) return k;
  }
}

function allItemKeys(form: FormInstance<TemplateValues>): string[] {
  const sections = (form.getFieldValue("sections") as SectionValues[] | undefined) ?? [];
  return sections.flatMap((s) => (s?.items ?? []).map((i) => (i?.key ?? "").trim()));
}

function toBody(v: TemplateValues) {
  const description = v.description?.trim();
  return {
    code: v.code.trim(),
    name: v.name.trim(),
    kind: v.kind,
    ...(description ? { description } : {}),
    sections: v.sections.map((s) => ({
      key: s.key.trim(),
      title: s.title.trim(),
      items: s.items.map((i) => {
        const ruleId = i.ruleId?.trim();
        return {
          key: i.key.trim(),
          text: i.text.trim(),
          weight: i.weight ?? 0,
          critical: !!i.critical,
          requirePhotoOnFail: !!i.requirePhotoOnFail,
          requireCommentOnFail: !!i.requireCommentOnFail,
          ...(ruleId ? { ruleId } : {}),
        };
      }),
    })),
  };
}

function TemplateEditor(props: { base: InspectionTemplate | null; existingCodes: Set<string>; onCancel(): void; onSaved(t: InspectionTemplate): void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<TemplateValues>();
  const initial = useMemo(() => toValues(props.base), [props.base]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const isNewVersion = !!props.base;

  const keyRules = (label: string) => [
    { required: true, whitespace: true, message: t("dops.tpl.v.required", { field: label }) },
    { max: 60, message: t("dops.tpl.v.max", { field: label, n: 60 }) },
    { pattern: KEY_RE, message: t("dops.tpl.v.keyPattern", { field: label }) },
  ];
  const textRules = (label: string, max: number) => [
    { required: true, whitespace: true, message: t("dops.tpl.v.required", { field: label }) },
    { max, message: t("dops.tpl.v.max", { field: label, n: max }) },
  ];

  const save = async () => {
    setFailed(null);
    const v = await form.validateFields().catch((e: { errorFields?: Array<{ name: Array<string | number> }> }) => {
      const first = e?.errorFields?.[0];
      if (first) form.scrollToField(first.name, { block: "center" });
      return null;
    });
    if (!v) {
      setFailed(t("dops.tpl.v.fixErrors"));
      return;
    }
    const all = form.getFieldsValue(true) as TemplateValues;
    if (!all.sections?.length) {
      setFailed(t("dops.tpl.v.noSections"));
      return;
    }
    if (all.sections.some((s) => !s.items?.length)) {
      setFailed(t("dops.tpl.v.noItems"));
      return;
    }
    setBusy(true);
    try {
      const saved = await api.post<InspectionTemplate>("/daily-ops/inspection-templates", toBody(all));
      message.success(t("dops.tpl.savedVersion", { code: saved.code, version: saved.version }));
      props.onSaved(saved);
    } catch (e) {
      const text = errorText(e, t);
      setFailed(text);
      message.error(text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<TemplateValues> form={form} layout="vertical" initialValues={initial} data-testid="tpl-editor">
      <Space direction="vertical" size={12} style={{ width: "100%" }}>
        <Card
          size="small"
          title={isNewVersion ? t("dops.tpl.editNewVersion", { code: props.base!.code, version: props.base!.version + 1 }) : t("dops.tpl.editNew")}
        >
          {isNewVersion && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("dops.tpl.versionHint", { version: props.base!.version })} />}
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item
                name="code"
                label={t("dops.tpl.code")}
                tooltip={isNewVersion ? undefined : t("dops.tpl.codeHint")}
                rules={[
                  ...keyRules(t("dops.tpl.code")),
                  {
                    validator: (_: unknown, value: string | undefined) =>
                      !isNewVersion && value && props.existingCodes.has(value.trim())
                        ? Promise.reject(new Error(t("dops.tpl.v.codeExists", { code: value.trim() })))
                        : Promise.resolve(),
                  },
                ]}
              >
                <Input disabled={isNewVersion} placeholder="daily-patrol-2" data-testid="tpl-code" />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="name" label={t("dops.tpl.name")} rules={textRules(t("dops.tpl.name"), 200)}>
                <Input data-testid="tpl-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="kind" label={t("dops.insp.kind")} rules={[{ required: true, message: t("dops.tpl.v.required", { field: t("dops.insp.kind") }) }]}>
                <Select options={KINDS.map((k) => ({ value: k, label: t(`dops.kind.${k}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t("dops.tpl.description")} rules={[{ max: 2000, message: t("dops.tpl.v.max", { field: t("dops.tpl.description"), n: 2000 }) }]} style={{ marginBottom: 0 }}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Card>

        <Form.List
          name="sections"
          rules={[
            {
              validator: async (_: unknown, sections: SectionValues[] | undefined) => {
                if (!sections?.length) throw new Error(t("dops.tpl.v.noSections"));
                if (sections.length > 50) throw new Error(t("dops.tpl.v.tooMany", { what: t("dops.tpl.section"), n: 50 }));
              },
            },
          ]}
        >
          {(sections, { add, remove, move }, { errors }) => (
            <>
              {sections.map((section, si) => (
                <Card
                  key={section.key}
                  size="small"
                  data-testid={`tpl-section-${si}`}
                  title={t("dops.tpl.sectionN", { n: si + 1 })}
                  extra={
                    <Space size={4}>
                      <Button size="small" icon={<ArrowUpOutlined />} disabled={si === 0} onClick={() => move(si, si - 1)} aria-label={t("dops.tpl.moveUp")} />
                      <Button size="small" icon={<ArrowDownOutlined />} disabled={si === sections.length - 1} onClick={() => move(si, si + 1)} aria-label={t("dops.tpl.moveDown")} />
                      <Button size="small" danger icon={<DeleteOutlined />} disabled={sections.length <= 1} onClick={() => remove(section.name)}>
                        {t("dops.tpl.removeSection")}
                      </Button>
                    </Space>
                  }
                >
                  <Row gutter={12}>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[section.name, "key"]}
                        label={t("dops.tpl.sectionKey")}
                        rules={[
                          ...keyRules(t("dops.tpl.sectionKey")),
                          {
                            validator: (_: unknown, value: string | undefined) => {
                              const keys = ((form.getFieldValue("sections") as SectionValues[] | undefined) ?? []).map((s) => (s?.key ?? "").trim());
                              return value && keys.filter((k) => k === value.trim()).length > 1
                                ? Promise.reject(new Error(t("dops.tpl.v.dupSection", { key: value.trim() })))
                                : Promise.resolve();
                            },
                          },
                        ]}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={16}>
                      <Form.Item name={[section.name, "title"]} label={t("dops.tpl.sectionTitle")} rules={textRules(t("dops.tpl.sectionTitle"), 200)}>
                        <Input />
                      </Form.Item>
                    </Col>
                  </Row>
                  <Form.List
                    name={[section.name, "items"]}
                    rules={[
                      {
                        validator: async (_: unknown, list: ItemValues[] | undefined) => {
                          if (!list?.length) throw new Error(t("dops.tpl.v.noItems"));
                          if (list.length > 200) throw new Error(t("dops.tpl.v.tooMany", { what: t("dops.tpl.item"), n: 200 }));
                        },
                      },
                    ]}
                  >
                    {(items, itemOps, itemMeta) => (
                      <Space direction="vertical" size={8} style={{ width: "100%" }}>
                        {items.map((item, ii) => (
                          <div key={item.key} className="dops-item" data-testid={`tpl-item-${si}-${ii}`}>
                            <Row gutter={8} align="top">
                              <Col xs={24} md={6}>
                                <Form.Item
                                  name={[item.name, "key"]}
                                  label={t("dops.tpl.itemKey")}
                                  style={{ marginBottom: 0 }}
                                  rules={[
                                    ...keyRules(t("dops.tpl.itemKey")),
                                    {
                                      validator: (_: unknown, value: string | undefined) =>
                                        value && allItemKeys(form).filter((k) => k === value.trim()).length > 1
                                          ? Promise.reject(new Error(t("dops.tpl.v.dupItem", { key: value.trim() })))
                                          : Promise.resolve(),
                                    },
                                  ]}
                                >
                                  <Input />
                                </Form.Item>
                              </Col>
                              <Col xs={24} md={14}>
                                <Form.Item name={[item.name, "text"]} label={t("dops.tpl.itemText")} style={{ marginBottom: 0 }} rules={textRules(t("dops.tpl.itemText"), 500)}>
                                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                                </Form.Item>
                              </Col>
                              <Col xs={12} md={4}>
                                <Form.Item
                                  name={[item.name, "weight"]}
                                  label={t("dops.tpl.weight")}
                                  tooltip={t("dops.tpl.weightHint")}
                                  style={{ marginBottom: 0 }}
                                  rules={[
                                    { required: true, message: t("dops.tpl.v.required", { field: t("dops.tpl.weight") }) },
                                    { type: "integer", min: 0, max: 100, message: t("dops.tpl.v.weight") },
                                  ]}
                                >
                                  <InputNumber min={0} max={100} precision={0} style={{ width: "100%" }} />
                                </Form.Item>
                              </Col>
                            </Row>
                            <Row gutter={8} align="middle">
                              <Col flex="auto">
                                <Space wrap size={[16, 4]}>
                                  <Tooltip title={t("dops.tpl.criticalHint")}>
                                    <span>
                                      <Form.Item name={[item.name, "critical"]} valuePropName="checked" noStyle>
                                        <Checkbox>{t("dops.tpl.critical")}</Checkbox>
                                      </Form.Item>
                                    </span>
                                  </Tooltip>
                                  <Form.Item name={[item.name, "requireCommentOnFail"]} valuePropName="checked" noStyle>
                                    <Checkbox>{t("dops.tpl.needComment")}</Checkbox>
                                  </Form.Item>
                                  <Form.Item name={[item.name, "requirePhotoOnFail"]} valuePropName="checked" noStyle>
                                    <Checkbox>{t("dops.tpl.needPhoto")}</Checkbox>
                                  </Form.Item>
                                  <Form.Item
                                    name={[item.name, "ruleId"]}
                                    style={{ marginBottom: 0 }}
                                    rules={[{ max: 10, message: t("dops.tpl.v.max", { field: t("dops.tpl.ruleId"), n: 10 }) }]}
                                  >
                                    <Input size="small" style={{ width: 110 }} placeholder={t("dops.tpl.ruleId")} />
                                  </Form.Item>
                                </Space>
                              </Col>
                              <Col>
                                <Space size={4}>
                                  <Button size="small" icon={<ArrowUpOutlined />} disabled={ii === 0} onClick={() => itemOps.move(ii, ii - 1)} aria-label={t("dops.tpl.moveUp")} />
                                  <Button
                                    size="small"
                                    icon={<ArrowDownOutlined />}
                                    disabled={ii === items.length - 1}
                                    onClick={() => itemOps.move(ii, ii + 1)}
                                    aria-label={t("dops.tpl.moveDown")}
                                  />
                                  <Button size="small" danger icon={<DeleteOutlined />} disabled={items.length <= 1} onClick={() => itemOps.remove(item.name)} aria-label={t("dops.tpl.removeItem")} />
                                </Space>
                              </Col>
                            </Row>
                          </div>
                        ))}
                        <Button
                          type="dashed"
                          block
                          icon={<PlusOutlined />}
                          data-testid={`tpl-add-item-${si}`}
                          onClick={() => {
                            const sKey = ((form.getFieldValue(["sections", section.name, "key"]) as string | undefined) ?? "").trim() || `s${si + 1}`;
                            itemOps.add(newItem(freshKey(new Set(allItemKeys(form)), sKey)));
                          }}
                        >
                          {t("dops.tpl.addItem")}
                        </Button>
                        <Form.ErrorList errors={itemMeta.errors} />
                      </Space>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                data-testid="tpl-add-section"
                onClick={() => {
                  const used = new Set(((form.getFieldValue("sections") as SectionValues[] | undefined) ?? []).map((s) => s?.key));
                  let n = sections.length + 1;
                  while (used.has(`s${n}`)) n++;
                  const key = `s${n}`;
                  add({ key, title: "", items: [newItem(freshKey(new Set(allItemKeys(form)), key))] });
                }}
              >
                {t("dops.tpl.addSection")}
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>

        {failed && <Alert type="error" showIcon message={failed} data-testid="tpl-error" />}
        <div className="dops-sticky-bar">
          <Form.Item noStyle shouldUpdate>
            {() => {
              const v = form.getFieldsValue(true) as TemplateValues;
              const secs = v.sections ?? [];
              const count = secs.reduce((n, s) => n + (s?.items?.length ?? 0), 0);
              const weight = secs.reduce((n, s) => n + (s?.items ?? []).reduce((m, i) => m + (Number(i?.weight) || 0), 0), 0);
              return (
                <Typography.Text type="secondary">
                  {t("dops.insp.itemsCount", { sections: secs.length, items: count })} · {t("dops.tpl.totalWeight")} {weight}
                </Typography.Text>
              );
            }}
          </Form.Item>
          <Space>
            <Button size="large" onClick={props.onCancel}>
              {t("dops.tpl.cancel")}
            </Button>
            <Button size="large" type="primary" icon={<SaveOutlined />} onClick={() => void save()} loading={busy} data-testid="tpl-save">
              {isNewVersion ? t("dops.tpl.saveVersion") : t("dops.tpl.saveNew")}
            </Button>
          </Space>
        </div>
      </Space>
    </Form>
  );
}
