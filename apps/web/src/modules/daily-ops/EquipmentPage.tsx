/**
 * Equipment register and fault log (D-08): each device has a responsible person and a maintainer;
 * faults are reported, repaired through the maintainer and logged. Printable 设备故障记录表.
 */
import { PlusOutlined, ToolOutlined } from "@ant-design/icons";
import { Badge, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tabs, Tag, Typography } from "antd";
import { type HTMLAttributes, useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import { ExportButton, PageFrame, PrintButton, PrintModal, fmtTime, useCounter, useRunner, useStaff, userOptions, IfCan } from "./shared";
import type { Equipment, EquipmentList, Fault, FaultList, FaultStatus } from "./types";
import { FOCUSED_CLASS, useFocusedRecord } from "../../components/FocusedRecord";

const FAULT_COLOR: Record<FaultStatus, string> = { reported: "red", repairing: "orange", repaired: "green", unrepairable: "default" };
const NEXT: Record<FaultStatus, FaultStatus[]> = { reported: ["repairing", "repaired", "unrepairable"], repairing: ["repaired", "unrepairable"], repaired: [], unrepairable: [] };

export default function EquipmentPage() {
  const t = useT();
  const counter = useCounter();
  const staff = useStaff(counter.counterId);
  const run = useRunner();
  const equipment = useApi((signal) => api.get<EquipmentList>("/daily-ops/equipment", { counterId: counter.counterId }, { signal }), [counter.counterId], {
    enabled: !!counter.counterId,
  });
  const [openOnly, setOpenOnly] = useState(false);
  const faultQuery = { counterId: counter.counterId, open: openOnly ? "true" : undefined };
  const faults = useApi((signal) => api.get<FaultList>("/daily-ops/equipment-faults", faultQuery, { signal }), [counter.counterId, openOnly], {
    enabled: !!counter.counterId,
  });
  const [editing, setEditing] = useState<Equipment | "new" | null>(null);
  // 去处理 (issue 10 item 3): `?equipment=` opens the faults with that equipment's rows highlighted.
  const focus = useFocusedRecord("equipment", !!faults.data);
  const [form] = Form.useForm();
  const [reporting, setReporting] = useState<Equipment | null>(null);
  const [faultText, setFaultText] = useState("");
  const [updating, setUpdating] = useState<Fault | null>(null);
  const [upForm] = Form.useForm<{ status: FaultStatus; maintainer?: string; note?: string }>();
  const [printing, setPrinting] = useState(false);

  const saveEquipment = async () => {
    const v = (await form.validateFields().catch(() => null)) as Record<string, string | boolean | undefined>;
    if (!v) return;
    const clean = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ""));
    const res =
      editing === "new"
        ? await run(() => api.post("/daily-ops/equipment", { counterId: counter.counterId, ...clean }))
        : await run(() => api.patch(`/daily-ops/equipment/${(editing as Equipment).id}`, clean));
    if (res) {
      setEditing(null);
      void equipment.reload();
    }
  };
  const reportFault = async () => {
    if (!reporting || !faultText.trim()) return;
    const res = await run(() => api.post(`/daily-ops/equipment/${reporting.id}/faults`, { description: faultText.trim() }));
    if (res) {
      setReporting(null);
      void faults.reload();
      void equipment.reload();
    }
  };
  const updateFault = async () => {
    if (!updating) return;
    const v = await upForm.validateFields().catch(() => null);
    if (!v) return;
    const res = await run(() =>
      api.patch(`/daily-ops/equipment-faults/${updating.id}`, { status: v.status, ...(v.maintainer?.trim() ? { maintainer: v.maintainer.trim() } : {}), ...(v.note?.trim() ? { note: v.note.trim() } : {}) }),
    );
    if (res) {
      setUpdating(null);
      void faults.reload();
      void equipment.reload();
    }
  };

  return (
    <PageFrame title={t("dops.eq.title")} rule="D-08" counter={counter} testId="equipment-page">
      <Tabs
        defaultActiveKey={focus.focusId ? "faults" : undefined}
        items={[
          {
            key: "register",
            label: t("dops.eq.register"),
            children: (
              <Card
                extra={
                  <Space wrap>
                    <IfCan action="equipment.manage"><Button
                      type="primary"
                      icon={<PlusOutlined />}
                      onClick={() => {
                        form.resetFields();
                        setEditing("new");
                      }}
                    >
                      {t("dops.eq.add")}
                    </Button></IfCan>
                    <ExportButton path="/daily-ops/equipment" query={{ counterId: counter.counterId }} fileName="equipment" />
                  </Space>
                }
              >
                <Table<Equipment>
                  rowKey="id"
                  rowClassName={focus.rowClassName}
                  loading={equipment.loading}
                  dataSource={equipment.data?.items ?? []}
                  scroll={{ x: 960 }}
                  columns={[
                    {
                      title: t("dops.eq.name"),
                      dataIndex: "name",
                      width: 200,
                      render: (v: string, r) => (
                        <div>
                          <Typography.Text strong>{v}</Typography.Text> {!r.active && <Tag>{t("dops.eq.inactive")}</Tag>}
                          {(r.model || r.serialNo) && (
                            <div>
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {[r.model, r.serialNo].filter(Boolean).join(" / ")}
                              </Typography.Text>
                            </div>
                          )}
                        </div>
                      ),
                    },
                    { title: t("dops.eq.category"), dataIndex: "category", width: 100 },
                    { title: t("dops.eq.location"), dataIndex: "location", width: 100 },
                    { title: t("dops.eq.responsible"), dataIndex: "responsibleName", width: 110 },
                    { title: t("dops.eq.maintainer"), ellipsis: true, render: (_, r) => [r.maintainer, r.maintainerContact].filter(Boolean).join(" ") || "—" },
                    { title: t("dops.eq.openFaults"), dataIndex: "openFaults", width: 90, render: (n: number) => <Badge count={n} showZero color={n ? "#ff4d4f" : "#52c41a"} /> },
                    {
                      title: "",
                      fixed: "right" as const,
                      width: 200,
                      render: (_, r) => (
                        <Space>
                          <IfCan action="equipment.report"><Button
                            danger
                            icon={<ToolOutlined />}
                            onClick={() => {
                              setReporting(r);
                              setFaultText("");
                            }}
                          >
                            {t("dops.eq.reportFault")}
                          </Button></IfCan>
                          <IfCan action="equipment.manage"><Button
                            onClick={() => {
                              form.setFieldsValue({ ...r, model: r.model ?? undefined, serialNo: r.serialNo ?? undefined, location: r.location ?? undefined, maintainer: r.maintainer ?? undefined, maintainerContact: r.maintainerContact ?? undefined });
                              setEditing(r);
                            }}
                          >
                            {t("dops.common.edit")}
                          </Button></IfCan>
                        </Space>
                      ),
                    },
                  ]}
                />
              </Card>
            ),
          },
          {
            key: "faults",
            label: t("dops.eq.faults"),
            children: (
              <Card
                extra={
                  <Space wrap>
                    <Space>
                      <Switch checked={openOnly} onChange={setOpenOnly} aria-labelledby="eq-open-only-label" />
                      <span id="eq-open-only-label">{t("dops.eq.openOnly")}</span>
                    </Space>
                    <PrintButton onClick={() => setPrinting(true)} label={t("dops.eq.print")} />
                    <ExportButton path="/daily-ops/equipment-faults" query={faultQuery} fileName="equipment-faults" />
                  </Space>
                }
              >
                <Table<Fault>
                  rowKey="id"
                  rowClassName={(f) => (focus.focusId && f.equipmentId === focus.focusId ? FOCUSED_CLASS : "")}
                  onRow={(f) => (focus.focusId && f.equipmentId === focus.focusId ? ({ "data-record-id": f.equipmentId } as HTMLAttributes<HTMLElement>) : {})}
                  loading={faults.loading}
                  dataSource={faults.data?.items ?? []}
                  scroll={{ x: 900 }}
                  expandable={{
                    expandedRowRender: (f) => (
                      <Space direction="vertical">
                        {f.log.map((l, i) => (
                          <Typography.Text key={i}>
                            {fmtTime(l.at)} · {staff.nameOf(l.byId)} · <Tag color={FAULT_COLOR[l.status]}>{t(`dops.eq.status.${l.status}`)}</Tag> {l.note ?? ""}
                          </Typography.Text>
                        ))}
                      </Space>
                    ),
                  }}
                  columns={[
                    { title: t("dops.eq.reportedAt"), dataIndex: "reportedAt", width: 150, render: fmtTime },
                    { title: t("dops.eq.name"), dataIndex: "equipmentName", width: 140 },
                    { title: t("dops.eq.fault"), dataIndex: "description" },
                    { title: t("dops.common.status"), dataIndex: "status", width: 100, render: (s: FaultStatus) => <Tag color={FAULT_COLOR[s]}>{t(`dops.eq.status.${s}`)}</Tag> },
                    { title: t("dops.eq.maintainer"), dataIndex: "maintainer", width: 120 },
                    { title: t("dops.eq.repairedAt"), dataIndex: "repairedAt", width: 150, render: fmtTime },
                    {
                      title: "",
                      fixed: "right" as const,
                      width: 110,
                      render: (_, f) =>
                        NEXT[f.status].length > 0 && (
                          <IfCan action="equipment.manage"><Button
                            onClick={() => {
                              upForm.setFieldsValue({ status: NEXT[f.status][0]!, maintainer: f.maintainer ?? undefined, note: "" });
                              setUpdating(f);
                            }}
                          >
                            {t("dops.eq.update")}
                          </Button></IfCan>
                        ),
                    },
                  ]}
                />
              </Card>
            ),
          },
        ]}
      />
      <Modal open={!!editing} title={editing === "new" ? t("dops.eq.add") : t("dops.common.edit")} onCancel={() => setEditing(null)} onOk={() => void saveEquipment()} width={640}>
        <Form form={form} layout="vertical">
          <Space wrap style={{ width: "100%" }}>
            <Form.Item name="name" label={t("dops.eq.name")} rules={[{ required: true, whitespace: true }]}>
              <Input style={{ width: 260 }} />
            </Form.Item>
            <Form.Item name="category" label={t("dops.eq.category")} rules={[{ required: true, whitespace: true }]}>
              <Select
                style={{ width: 200 }}
                options={["叫号机", "评价器", "电脑", "打印机", "复印机", "扫描仪", "空调", "监控", "点钞机", "其他"].map((x) => ({ value: x, label: x }))}
                showSearch
              />
            </Form.Item>
            <Form.Item name="model" label={t("dops.eq.modelOnly")}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="serialNo" label={t("dops.eq.serial")}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="location" label={t("dops.eq.location")}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="responsibleUserId" label={t("dops.eq.responsible")} rules={[{ required: true }]}>
              <Select style={{ width: 220 }} options={userOptions(staff.users)} showSearch optionFilterProp="label" />
            </Form.Item>
            <Form.Item name="maintainer" label={t("dops.eq.maintainer")}>
              <Input style={{ width: 220 }} />
            </Form.Item>
            <Form.Item name="maintainerContact" label={t("dops.eq.contact")}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            {editing !== "new" && (
              <Form.Item name="active" label={t("dops.eq.active")} valuePropName="checked">
                <Switch />
              </Form.Item>
            )}
          </Space>
        </Form>
      </Modal>
      <Modal open={!!reporting} title={`${t("dops.eq.reportFault")} · ${reporting?.name ?? ""}`} onCancel={() => setReporting(null)} onOk={() => void reportFault()} okButtonProps={{ disabled: !faultText.trim() }}>
        <Input.TextArea rows={4} placeholder={t("dops.eq.faultHint")} value={faultText} onChange={(e) => setFaultText(e.target.value)} maxLength={2000} />
      </Modal>
      <Modal open={!!updating} title={`${t("dops.eq.update")} · ${updating?.equipmentName ?? ""}`} onCancel={() => setUpdating(null)} onOk={() => void updateFault()}>
        <Form form={upForm} layout="vertical">
          <Form.Item name="status" label={t("dops.common.status")} rules={[{ required: true }]}>
            <Select options={(updating ? NEXT[updating.status] : []).map((s) => ({ value: s, label: t(`dops.eq.status.${s}`) }))} />
          </Form.Item>
          <Form.Item name="maintainer" label={t("dops.eq.maintainer")}>
            <Input />
          </Form.Item>
          <Form.Item name="note" label={t("dops.common.note")}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
      <PrintModal open={printing} onClose={() => setPrinting(false)} title={t("dops.eq.print")} width={1000}>
        <div className="dops-paper">
          <div className="dops-paper-title">设备故障记录表</div>
          <div className="dops-paper-meta">
            <span>柜面：<b>{counter.counter?.name ?? ""}</b></span>
          </div>
          <table className="dops-paper-table grid">
            <thead>
              <tr>
                <th>序号</th>
                <th>设备名称</th>
                <th>责任人</th>
                <th>故障发现时间</th>
                <th>故障现象</th>
                <th>报修维护商</th>
                <th>处理情况</th>
                <th>修复时间</th>
                <th>确认人</th>
              </tr>
            </thead>
            <tbody>
              {(faults.data?.items ?? []).map((f, i) => (
                <tr key={f.id}>
                  <td>{i + 1}</td>
                  <td>{f.equipmentName}</td>
                  <td>{equipment.data?.items.find((e) => e.id === f.equipmentId)?.responsibleName ?? ""}</td>
                  <td>{fmtTime(f.reportedAt)}</td>
                  <td style={{ textAlign: "left" }}>{f.description}</td>
                  <td>{f.maintainer ?? ""}</td>
                  <td style={{ textAlign: "left" }}>
                    {t(`dops.eq.status.${f.status}`)}
                    {f.log.length && f.log[f.log.length - 1]!.note ? `：${f.log[f.log.length - 1]!.note}` : ""}
                  </td>
                  <td>{f.repairedAt ? fmtTime(f.repairedAt) : ""}</td>
                  <td></td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="dops-paper-sign">
            <span>设备管理责任人：________________</span>
            <span>柜面主管：________________</span>
          </div>
        </div>
      </PrintModal>
    </PageFrame>
  );
}
