/**
 * Shift relief 接班与离岗 (D-13): the outgoing lead lists important notices, retained cards (吞卡) and
 * error accounts (错账) and closes the shift once the incoming lead has confirmed; before that only
 * with the shift lead's approval, whose reason is recorded.
 */
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Descriptions, Divider, Form, Input, InputNumber, Modal, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import type { ShiftRelief, ReliefSections } from "./relief-types";
import { IfCan, fmtTime, useRunner, yuan } from "./shared";
import type { Handover } from "./types";

interface SectionValues {
  importantNotices?: Array<{ text: string }>;
  retainedCards?: Array<{ description: string; holder?: string; keptAt?: string }>;
  errorAccounts?: Array<{ description: string; amountYuan?: number | null; status?: string }>;
}

export function ShiftReliefModal({ handover, onClose }: { handover: Handover | null; onClose(changed: boolean): void }) {
  const t = useT();
  const { me } = useAuth();
  const run = useRunner();
  const [form] = Form.useForm<SectionValues>();
  const [editing, setEditing] = useState(false);
  const [reason, setReason] = useState("");
  const [changed, setChanged] = useState(false);
  const relief = useApi((signal) => api.get<ShiftRelief>(`/daily-ops/handovers/${handover!.id}/relief`, undefined, { signal }), [handover?.id], { enabled: !!handover });
  const r = relief.data;
  const isOutgoing = !!r && r.outgoingLeadId === me?.user.id;
  const done = (res: unknown) => {
    if (res) {
      setChanged(true);
      void relief.reload();
    }
  };

  const startEdit = () => {
    form.setFieldsValue({
      importantNotices: (r?.importantNotices ?? []).map((text) => ({ text })),
      retainedCards: r?.retainedCards ?? [],
      errorAccounts: (r?.errorAccounts ?? []).map((e) => ({ description: e.description, amountYuan: e.amountFen === undefined ? null : e.amountFen / 100, ...(e.status ? { status: e.status } : {}) })),
    });
    setEditing(true);
  };
  const saveSections = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const trim = (s?: string) => (s?.trim() ? s.trim() : undefined);
    const body: ReliefSections = {
      importantNotices: (v.importantNotices ?? []).map((n) => n.text?.trim()).filter((x): x is string => !!x),
      retainedCards: (v.retainedCards ?? []).filter((c) => c?.description?.trim()).map((c) => ({ description: c.description.trim(), ...(trim(c.holder) ? { holder: trim(c.holder) } : {}), ...(trim(c.keptAt) ? { keptAt: trim(c.keptAt) } : {}) })),
      errorAccounts: (v.errorAccounts ?? [])
        .filter((e) => e?.description?.trim())
        .map((e) => ({ description: e.description.trim(), ...(typeof e.amountYuan === "number" ? { amountFen: Math.round(e.amountYuan * 100) } : {}), ...(trim(e.status) ? { status: trim(e.status) } : {}) })),
    };
    const res = await run(() => api.put<ShiftRelief>(`/daily-ops/handovers/${handover!.id}/relief`, body));
    if (res) setEditing(false);
    done(res);
  };
  const approve = async () => done(await run(() => api.post<ShiftRelief>(`/daily-ops/handovers/${handover!.id}/approve-leave`, { reason: reason.trim() }), "relief.approved"));
  const closeShift = async () => done(await run(() => api.post<ShiftRelief>(`/daily-ops/handovers/${handover!.id}/close-shift`, {}), "relief.closed"));

  const list = (items: string[] | null) =>
    items === null ? (
      <Tag color="orange">{t("relief.notListed")}</Tag>
    ) : items.length === 0 ? (
      t("relief.none")
    ) : (
      <ol style={{ margin: 0, paddingLeft: 18 }}>
        {items.map((x, i) => (
          <li key={i}>{x}</li>
        ))}
      </ol>
    );

  return (
    <Modal
      open={!!handover}
      width={820}
      title={t("relief.title")}
      onCancel={() => {
        setEditing(false);
        setReason("");
        onClose(changed);
        setChanged(false);
      }}
      footer={null}
      destroyOnHidden
    >
      {r && (
        <div data-testid="shift-relief">
          <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t("relief.rule")} />
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t("dops.ho.outgoing")}>{r.outgoingLeadName}</Descriptions.Item>
            <Descriptions.Item label={t("dops.ho.incoming")}>{r.incomingLeadName}</Descriptions.Item>
            <Descriptions.Item label={t("relief.relief")}>
              <Tag color={r.handoverStatus === "confirmed" ? "green" : "orange"}>{t(`dops.ho.status.${r.handoverStatus}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t("relief.shift")}>
              {r.closedAt ? (
                <Tag color="blue">
                  {t(`relief.closeMode.${r.closeMode ?? "relieved"}`)} {fmtTime(r.closedAt)}
                </Tag>
              ) : (
                <Tag>{t("relief.onDuty")}</Tag>
              )}
            </Descriptions.Item>
            {r.approvedAt && (
              <Descriptions.Item label={t("relief.approval")} span={2}>
                {r.approvedByName} · {fmtTime(r.approvedAt)} · {r.approvalReason}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t("relief.importantNotices")} span={2}>
              {list(r.importantNotices)}
            </Descriptions.Item>
            <Descriptions.Item label={t("relief.retainedCards")} span={2}>
              {r.retainedCards === null
                ? list(null)
                : list(r.retainedCards.map((c) => [c.description, c.holder, c.keptAt].filter(Boolean).join(" · ")))}
            </Descriptions.Item>
            <Descriptions.Item label={t("relief.errorAccounts")} span={2}>
              {r.errorAccounts === null
                ? list(null)
                : list(r.errorAccounts.map((e) => [e.description, e.amountFen === undefined ? null : yuan(e.amountFen), e.status].filter(Boolean).join(" · ")))}
            </Descriptions.Item>
          </Descriptions>

          {isOutgoing && !r.closedAt && !editing && (
            <Space style={{ marginTop: 12 }} wrap>
              <Button onClick={startEdit} data-testid="relief-edit">
                {t("relief.edit")}
              </Button>
              <Button type="primary" disabled={!r.canClose} onClick={() => void closeShift()} data-testid="relief-close">
                {t("relief.close")}
              </Button>
              {r.closeBlock && <Typography.Text type="warning">{t(`relief.block.${r.closeBlock}`)}</Typography.Text>}
            </Space>
          )}

          {editing && (
            <Form form={form} layout="vertical" style={{ marginTop: 12 }}>
              <Typography.Paragraph type="secondary">{t("relief.editHint")}</Typography.Paragraph>
              <Form.Item label={t("relief.importantNotices")}>
                <Form.List name="importantNotices">
                  {(fields, { add, remove }) => (
                    <Space direction="vertical" style={{ width: "100%" }}>
                      {fields.map((f) => (
                        <Space key={f.key}>
                          <Form.Item name={[f.name, "text"]} noStyle rules={[{ required: true, whitespace: true }]}>
                            <Input style={{ width: 560 }} maxLength={500} />
                          </Form.Item>
                          <MinusCircleOutlined onClick={() => remove(f.name)} />
                        </Space>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: "" })}>
                        {t("relief.add")}
                      </Button>
                    </Space>
                  )}
                </Form.List>
              </Form.Item>
              <Form.Item label={t("relief.retainedCards")}>
                <Form.List name="retainedCards">
                  {(fields, { add, remove }) => (
                    <Space direction="vertical" style={{ width: "100%" }}>
                      {fields.map((f) => (
                        <Space key={f.key} wrap>
                          <Form.Item name={[f.name, "description"]} noStyle rules={[{ required: true, whitespace: true }]}>
                            <Input placeholder={t("relief.cardDescription")} style={{ width: 280 }} maxLength={200} />
                          </Form.Item>
                          <Form.Item name={[f.name, "holder"]} noStyle>
                            <Input placeholder={t("relief.cardHolder")} style={{ width: 120 }} maxLength={100} />
                          </Form.Item>
                          <Form.Item name={[f.name, "keptAt"]} noStyle>
                            <Input placeholder={t("relief.cardKeptAt")} style={{ width: 140 }} maxLength={200} />
                          </Form.Item>
                          <MinusCircleOutlined onClick={() => remove(f.name)} />
                        </Space>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ description: "" })}>
                        {t("relief.add")}
                      </Button>
                    </Space>
                  )}
                </Form.List>
              </Form.Item>
              <Form.Item label={t("relief.errorAccounts")}>
                <Form.List name="errorAccounts">
                  {(fields, { add, remove }) => (
                    <Space direction="vertical" style={{ width: "100%" }}>
                      {fields.map((f) => (
                        <Space key={f.key} wrap>
                          <Form.Item name={[f.name, "description"]} noStyle rules={[{ required: true, whitespace: true }]}>
                            <Input placeholder={t("relief.errorDescription")} style={{ width: 280 }} maxLength={500} />
                          </Form.Item>
                          <Form.Item name={[f.name, "amountYuan"]} noStyle>
                            <InputNumber placeholder={t("relief.errorAmount")} min={0} precision={2} style={{ width: 130 }} />
                          </Form.Item>
                          <Form.Item name={[f.name, "status"]} noStyle>
                            <Input placeholder={t("relief.errorStatus")} style={{ width: 130 }} maxLength={200} />
                          </Form.Item>
                          <MinusCircleOutlined onClick={() => remove(f.name)} />
                        </Space>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ description: "" })}>
                        {t("relief.add")}
                      </Button>
                    </Space>
                  )}
                </Form.List>
              </Form.Item>
              <Space>
                <Button type="primary" onClick={() => void saveSections()} data-testid="relief-save">
                  {t("dops.common.submit")}
                </Button>
                <Button onClick={() => setEditing(false)}>{t("relief.cancel")}</Button>
              </Space>
            </Form>
          )}

          {!isOutgoing && !r.closedAt && r.handoverStatus === "pending" && !r.approvedAt && (
            <IfCan action="dailyops.reliefApprove">
              <Divider />
              <Typography.Paragraph>{t("relief.approveHint")}</Typography.Paragraph>
              <Space align="start" wrap>
                <Input.TextArea rows={2} style={{ width: 480 }} maxLength={1000} placeholder={t("relief.reason")} value={reason} onChange={(e) => setReason(e.target.value)} />
                <Button type="primary" disabled={!reason.trim()} onClick={() => void approve()} data-testid="relief-approve">
                  {t("relief.approve")}
                </Button>
              </Space>
            </IfCan>
          )}
        </div>
      )}
    </Modal>
  );
}
