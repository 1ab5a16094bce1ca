/** ORG-01 organisation tree; CAL-02 business hours; CAL-03 lunch duty. */
import { ApartmentOutlined, EditOutlined, PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { App, Button, Card, Checkbox, Col, Descriptions, Empty, Flex, Form, Input, Modal, Row, Switch, Table, Tag, Tree, Typography } from "antd";
import type { DataNode } from "antd/es/tree";
import dayjs from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { api, errorText } from "../../api/client";
import type { CreateOrgUnitRequest, OrgUnit, UpdateOrgUnitRequest } from "../../api/types";
import { useAuth } from "../../auth";
import { BusinessHoursEditor, BusinessHoursView, type Hours, completeHours } from "../../components/BusinessHoursEditor";
import { useOrgUnits } from "../../components/OrgUnits";
import { PageContainer } from "../../components/PageContainer";
import { ErrorResult } from "../../components/States";
import { KindTag } from "../../components/Tags";
import { useT } from "../../i18n";
import { type OrgTreeNode, childKindOf, filterTree, pathTo } from "../../lib/org-tree";

interface CreateForm {
  name: string;
  code: string;
  lunchDuty: boolean;
  customHours: boolean;
  businessHours?: Hours;
}
interface EditForm {
  name: string;
  timeZone: string;
  lunchDuty: boolean;
  businessHours: Hours;
  alwaysOpen: boolean;
}

export default function OrgPage() {
  const t = useT();
  const { can } = useAuth();
  const { message } = App.useApp();
  const { units, byId, tree, loading, error, reload } = useOrgUnits();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [expanded, setExpanded] = useState<string[]>([]);
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [createForm] = Form.useForm<CreateForm>();
  const [editForm] = Form.useForm<EditForm>();
  const writable = can("org.write");
  const editAlwaysOpen = Form.useWatch("alwaysOpen", editForm);

  useEffect(() => {
    if (!selectedId && tree[0]) {
      setSelectedId(tree[0].unit.id);
      setExpanded(units.filter((u) => u.kind !== "counter").map((u) => u.id));
    }
  }, [tree, units, selectedId]);

  const selected = selectedId ? byId.get(selectedId) : undefined;
  const children = useMemo(() => units.filter((u) => u.parentId === selectedId), [units, selectedId]);
  const childKind = selected ? childKindOf(selected.kind) : null;

  const treeData = useMemo(() => {
    const map = (n: OrgTreeNode<OrgUnit>): DataNode => ({
      key: n.unit.id,
      title: (
        <span data-testid={`org-node-${n.unit.code}`}>
          {n.unit.name}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
            {n.unit.code}
          </Typography.Text>
        </span>
      ),
      icon: <ApartmentOutlined />,
      children: n.children.map(map),
    });
    return filterTree(tree, search).map(map);
  }, [tree, search]);

  const onSearch = (text: string) => {
    setSearch(text);
    if (text.trim()) setExpanded(units.map((u) => u.id));
  };

  const openCreate = () => {
    if (!selected) return;
    createForm.resetFields();
    createForm.setFieldsValue({
      name: "",
      code: selected.code ? `${selected.code}-` : "",
      lunchDuty: childKind === "counter" ? selected.lunchDuty : childKind === "city",
      customHours: false,
      businessHours: selected.businessHours as Hours,
    });
    setCreating(true);
  };

  const submitCreate = async () => {
    if (!selected || !childKind) return;
    const v = await createForm.validateFields();
    setBusy(true);
    try {
      const body: CreateOrgUnitRequest = {
        parentId: selected.id,
        kind: childKind,
        name: v.name.trim(),
        code: v.code.trim(),
        lunchDuty: v.lunchDuty,
        ...(v.customHours && v.businessHours ? { businessHours: completeHours(v.businessHours) } : {}),
      };
      const created = await api.post<OrgUnit>("/org-units", body);
      message.success(t("org.createdOk", { name: created.name }));
      setCreating(false);
      await reload();
      setExpanded((e) => [...new Set([...e, ...pathTo(units, selected.id)])]);
      setSelectedId(created.id);
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const openEdit = () => {
    if (!selected) return;
    editForm.setFieldsValue({
      name: selected.name,
      timeZone: selected.timeZone,
      lunchDuty: selected.lunchDuty,
      businessHours: selected.businessHours as Hours,
      alwaysOpen: selected.alwaysOpen,
    });
    setEditing(true);
  };

  const submitEdit = async () => {
    if (!selected) return;
    const v = await editForm.validateFields();
    setBusy(true);
    try {
      const body: UpdateOrgUnitRequest = {
        name: v.name.trim(),
        timeZone: v.timeZone.trim(),
        lunchDuty: v.lunchDuty,
        businessHours: completeHours(v.businessHours ?? {}),
        alwaysOpen: v.alwaysOpen === true,
      };
      await api.patch<OrgUnit>(`/org-units/${selected.id}`, body);
      message.success(t("org.updatedOk"));
      setEditing(false);
      await reload();
    } catch (e) {
      message.error(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  if (error && units.length === 0) return <ErrorResult error={error} onRetry={reload} />;

  return (
    <PageContainer
      title={t("org.title")}
      subtitle={t("org.subtitle")}
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => reload()}>
          {t("common.refresh")}
        </Button>
      }
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={9} xl={8}>
          <Card title={t("org.tree")} loading={loading && units.length === 0} styles={{ body: { padding: 12 } }}>
            <Input.Search placeholder={t("org.searchPlaceholder")} allowClear onChange={(e) => onSearch(e.target.value)} style={{ marginBottom: 10 }} />
            {treeData.length === 0 ? (
              <Empty description={t("org.empty")} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Tree
                treeData={treeData}
                selectedKeys={selectedId ? [selectedId] : []}
                expandedKeys={expanded}
                onExpand={(keys) => setExpanded(keys as string[])}
                onSelect={(keys) => keys[0] && setSelectedId(String(keys[0]))}
                showLine
                blockNode
                height={520}
                data-testid="org-tree"
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={15} xl={16}>
          {!selected ? (
            <Card>
              <Empty description={t("org.selectHint")} />
            </Card>
          ) : (
            <>
              <Card
                title={
                  <Flex align="center" gap={8}>
                    <span data-testid="org-detail-name">{selected.name}</span>
                    <KindTag kind={selected.kind} />
                  </Flex>
                }
                extra={
                  writable && (
                    <Flex gap={8} wrap>
                      <Button icon={<EditOutlined />} onClick={openEdit} data-testid="org-edit">
                        {t("org.editUnit")}
                      </Button>
                      {childKind && (
                        <Button type="primary" icon={<PlusOutlined />} onClick={openCreate} data-testid="org-create-child">
                          {t("org.createChild")}
                        </Button>
                      )}
                    </Flex>
                  )
                }
              >
                <Descriptions column={{ xs: 1, sm: 2 }} size="small" bordered>
                  <Descriptions.Item label={t("org.code")}>{selected.code}</Descriptions.Item>
                  <Descriptions.Item label={t("org.kind")}>{t(`kinds.${selected.kind}`)}</Descriptions.Item>
                  <Descriptions.Item label={t("org.parent")}>{selected.parentId ? (byId.get(selected.parentId)?.name ?? "—") : "—"}</Descriptions.Item>
                  <Descriptions.Item label={t("org.timeZone")}>{selected.timeZone}</Descriptions.Item>
                  <Descriptions.Item label={t("org.lunchDuty")}>
                    {selected.lunchDuty ? <Tag color="green">{t("org.lunchDutyOn")}</Tag> : <Tag>{t("org.lunchDutyOff")}</Tag>}
                  </Descriptions.Item>
                  <Descriptions.Item label={t("org.status")}>
                    {selected.active ? <Tag color="blue">{t("org.active")}</Tag> : <Tag>{t("org.inactive")}</Tag>}
                  </Descriptions.Item>
                  <Descriptions.Item label={t("common.createdAt")}>{dayjs(selected.createdAt).format("YYYY-MM-DD HH:mm")}</Descriptions.Item>
                  <Descriptions.Item label={t("common.updatedAt")}>{dayjs(selected.updatedAt).format("YYYY-MM-DD HH:mm")}</Descriptions.Item>
                </Descriptions>
              </Card>
              <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
                <Col xs={24} xl={12}>
                  <Card title={t("org.businessHours")} size="small" extra={writable && <Button type="link" size="small" onClick={openEdit}>{t("org.editHours")}</Button>}>
                    <BusinessHoursView hours={selected.businessHours} alwaysOpen={selected.alwaysOpen} />
                    <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8, marginBottom: 0 }}>
                      {t("org.businessHoursHint")}
                    </Typography.Paragraph>
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card title={selected.kind === "counter" ? t("org.children") : `${t("org.children")} · ${t("org.childrenCount", { count: children.length })}`} size="small">
                    {selected.kind === "counter" ? (
                      <Typography.Text type="secondary">{t("org.noChildForCounter")}</Typography.Text>
                    ) : (
                      <Table<OrgUnit>
                        size="small"
                        rowKey="id"
                        dataSource={children}
                        pagination={false}
                        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("org.empty")} /> }}
                        onRow={(u) => ({ onClick: () => setSelectedId(u.id), style: { cursor: "pointer" } })}
                        columns={[
                          { title: t("org.name"), dataIndex: "name" },
                          { title: t("org.code"), dataIndex: "code" },
                          { title: t("org.kind"), dataIndex: "kind", render: (k: string) => <KindTag kind={k} /> },
                        ]}
                      />
                    )}
                  </Card>
                </Col>
              </Row>
            </>
          )}
        </Col>
      </Row>

      <Modal
        open={creating}
        title={selected && childKind ? t("org.createChildOf", { name: selected.name, kind: t(`kinds.${childKind}`) }) : ""}
        onCancel={() => setCreating(false)}
        onOk={submitCreate}
        confirmLoading={busy}
        okText={t("common.create")}
        okButtonProps={{ "data-testid": "org-create-submit" }}
        width={760}
        destroyOnHidden
      >
        <Form form={createForm} layout="vertical" style={{ marginTop: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t("org.name")} rules={[{ required: true, whitespace: true, max: 100 }]}>
                <Input maxLength={100} data-testid="org-create-name" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="code"
                label={t("org.code")}
                extra={t("org.codeHint")}
                rules={[{ required: true, max: 40 }, { pattern: /^[A-Za-z0-9_-]+$/, message: t("org.codeHint") }]}
              >
                <Input maxLength={40} data-testid="org-create-code" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="lunchDuty" label={t("org.lunchDuty")} valuePropName="checked" extra={t("org.lunchDutyHint")}>
            <Switch />
          </Form.Item>
          <Form.Item name="customHours" valuePropName="checked" extra={t("org.customHoursHint")} style={{ marginBottom: 8 }}>
            <Checkbox>{t("org.customHours")}</Checkbox>
          </Form.Item>
          <Form.Item noStyle shouldUpdate={(a, b) => a.customHours !== b.customHours}>
            {({ getFieldValue }) =>
              getFieldValue("customHours") ? (
                <Form.Item name="businessHours" label={t("org.businessHours")}>
                  <BusinessHoursEditor />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={editing}
        title={selected ? `${t("org.editUnit")} · ${selected.name}` : ""}
        onCancel={() => setEditing(false)}
        onOk={submitEdit}
        confirmLoading={busy}
        okText={t("common.save")}
        width={760}
        destroyOnHidden
      >
        <Form form={editForm} layout="vertical" style={{ marginTop: 12 }}>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="name" label={t("org.name")} rules={[{ required: true, whitespace: true, max: 100 }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="timeZone" label={t("org.timeZone")} rules={[{ required: true }]}>
                <Input maxLength={64} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="lunchDuty" label={t("org.lunchDuty")} valuePropName="checked" extra={t("org.lunchDutyHint")}>
            <Switch />
          </Form.Item>
          <Form.Item name="alwaysOpen" label={t("calendar.hours.alwaysOpen")} valuePropName="checked" extra={t("calendar.hours.alwaysOpenHint")}>
            <Switch data-testid="org-always-open" />
          </Form.Item>
          <Form.Item name="businessHours" label={t("org.businessHours")} extra={t("org.businessHoursHint")}>
            <BusinessHoursEditor alwaysOpen={editAlwaysOpen === true} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
