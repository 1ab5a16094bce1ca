/**
 * Corrective-actions board (D-02: every non-conformity is corrected and tracked): open → done
 * (owner or manager, with a note and photos) → verified (manager, not the owner).
 */
import { CameraOutlined, CheckOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { Badge, Button, Card, Empty, Form, Input, Modal, Segmented, Space, Tag, Typography } from "antd";
import { useRef, useState } from "react";
import { api } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { useT } from "../../i18n";
import { ExportButton, PageFrame, fmtTime, photoToDataUrl, useCounter, useRunner } from "./shared";
import type { CorrectiveAction, CorrectiveActionList } from "./types";

const COLUMNS = ["open", "done", "verified"] as const;

export default function CorrectiveActionsPage() {
  const t = useT();
  const { me, can } = useAuth();
  const counter = useCounter();
  // A to-do link names one action (`?id=`): it is outlined and scrolled into view.
  const focusId = new URLSearchParams(window.location.search).get("id");
  const run = useRunner();
  const [filter, setFilter] = useState<"all" | "mine" | "overdue">("all");
  const query = {
    counterId: counter.counterId,
    ownerId: filter === "mine" ? me?.user.id : undefined,
    overdue: filter === "overdue" ? "true" : undefined,
  };
  const list = useApi(
    (signal) => api.get<CorrectiveActionList>("/control/corrective-actions", query, { signal }),
    [counter.counterId, filter],
    { enabled: !!counter.counterId },
  );
  const [completing, setCompleting] = useState<CorrectiveAction | null>(null);
  const [note, setNote] = useState("");
  const [photos, setPhotos] = useState<string[]>([]);
  const fileRef = useRef<HTMLInputElement>(null);

  const complete = async () => {
    if (!completing || !note.trim()) return;
    const ok = await run(() => api.post(`/control/corrective-actions/${completing.id}/complete`, { note: note.trim(), ...(photos.length ? { photos } : {}) }));
    if (ok) {
      setCompleting(null);
      void list.reload();
    }
  };
  const verify = async (a: CorrectiveAction) => {
    const ok = await run(() => api.post(`/control/corrective-actions/${a.id}/verify`, {}));
    if (ok) void list.reload();
  };
  const items = list.data?.items ?? [];

  return (
    <PageFrame
      title={t("dops.ca.title")}
      rule="D-02 · D-05 · K-10"
      counter={counter}
      testId="actions-page"
      extra={
        <Space wrap>
          <Segmented
            value={filter}
            onChange={(v) => setFilter(v as typeof filter)}
            options={[
              { value: "all", label: t("dops.ca.all") },
              { value: "mine", label: t("dops.ca.mine") },
              { value: "overdue", label: t("dops.ca.overdue") },
            ]}
          />
          <ExportButton path="/control/corrective-actions" query={query} fileName="corrective-actions" />
        </Space>
      }
    >
      <div className="dops-board">
        {COLUMNS.map((col) => {
          const colItems = items.filter((a) => a.status === col);
          return (
            <div key={col} className="dops-board-col" data-testid={`col-${col}`}>
              <h4>
                {t(`dops.ca.status.${col}`)} <Badge count={colItems.length} showZero color={col === "open" ? "#ff4d4f" : col === "done" ? "#faad14" : "#52c41a"} />
              </h4>
              {colItems.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
              {colItems.map((a) => (
                <Card
                  key={a.id}
                  size="small"
                  data-testid="action-card"
                  ref={a.id === focusId ? (el: HTMLDivElement | null) => el?.scrollIntoView({ block: "center" }) : undefined}
                  style={a.id === focusId ? { outline: "3px solid #0958d9" } : a.overdue && a.status === "open" ? { borderColor: "#c4161c" } : undefined}
                >
                  <Space direction="vertical" size={4} style={{ width: "100%" }}>
                    <Typography.Text strong>{a.description}</Typography.Text>
                    <Space wrap size={4}>
                      <Tag>{t(`dops.ca.source.${a.source}`)}</Tag>
                      <Tag color={a.overdue && a.status === "open" ? "red" : "default"}>
                        {t("dops.insp.due")} {a.dueDate}
                        {a.overdue && a.status === "open" ? ` · ${t("dops.ca.overdueTag")}` : ""}
                      </Tag>
                      <Tag color="blue">{a.ownerName ?? "—"}</Tag>
                    </Space>
                    {a.resolutionNote && <Typography.Text type="secondary">{a.resolutionNote}</Typography.Text>}
                    {a.photos.length > 0 && (
                      <Space wrap>
                        {a.photos.map((p, i) => (
                          <img key={i} src={p} alt="" className="dops-photo" />
                        ))}
                      </Space>
                    )}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {fmtTime(a.createdAt)}
                      {a.doneAt ? ` → ${fmtTime(a.doneAt)}` : ""}
                    </Typography.Text>
                    {a.status === "open" && (a.ownerId === me?.user.id || can("dailyops.patrol")) && (
                      <Button
                        block
                        type="primary"
                        icon={<CheckOutlined />}
                        onClick={() => {
                          setCompleting(a);
                          setNote("");
                          setPhotos([]);
                        }}
                      >
                        {t("dops.ca.complete")}
                      </Button>
                    )}
                    {a.status === "done" && can("dailyops.patrol") && (
                      <Button block icon={<SafetyCertificateOutlined />} disabled={a.ownerId === me?.user.id} onClick={() => void verify(a)}>
                        {t("dops.ca.verify")}
                      </Button>
                    )}
                  </Space>
                </Card>
              ))}
            </div>
          );
        })}
      </div>
      <Modal open={!!completing} title={t("dops.ca.complete")} onCancel={() => setCompleting(null)} onOk={() => void complete()} okButtonProps={{ disabled: !note.trim() }}>
        <Form layout="vertical">
          <Typography.Paragraph>{completing?.description}</Typography.Paragraph>
          <Form.Item label={t("dops.ca.resolution")} required>
            <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
          </Form.Item>
          <input
            ref={fileRef}
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (f) {
                const url = await photoToDataUrl(f);
                setPhotos((p) => [...p, url].slice(0, 4));
              }
              e.target.value = "";
            }}
          />
          <Space wrap>
            <Button icon={<CameraOutlined />} onClick={() => fileRef.current?.click()} disabled={photos.length >= 4}>
              {t("dops.insp.photo")}
            </Button>
            {photos.map((p, i) => (
              <img key={i} src={p} alt="" className="dops-photo" />
            ))}
          </Space>
        </Form>
      </Modal>
    </PageFrame>
  );
}
