/**
 * Keys and assets 钥匙与固定资产 (K-13): door keys and the alarm code with their holders (director and
 * deputy only) and every handover; the fixed-asset register with custodians and handovers; shared hall
 * equipment with the rotating daily custodian and the day's count.
 */
import type { FixedAssetView, HallDayView, KeyHoldingView } from "@ccms/contracts";
import { App, Button, Card, Checkbox, Input, InputNumber, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../../api/client";
import { useApi } from "../../../api/hooks";
import { useAuth } from "../../../auth";
import { PageContainer } from "../../../components";
import { useT } from "../../../i18n";
import { ControlCounterPicker, useControlCounter, useCounterStaff } from "../post-review/use-counter";

const fmt = (iso: string) => dayjs(iso).format("YYYY-MM-DD HH:mm");

function useRun() {
  const t = useT();
  const { message } = App.useApp();
  return async (fn: () => Promise<unknown>, ok = "assets.saved") => {
    try {
      await fn();
      message.success(t(ok));
      return true;
    } catch (e) {
      message.error(errorText(e, t));
      return false;
    }
  };
}

function KeysTab({ counterId }: { counterId: string }) {
  const t = useT();
  const { can } = useAuth();
  const run = useRun();
  const staff = useCounterStaff(counterId);
  const keys = useApi((signal) => api.get<{ items: KeyHoldingView[] }>("/control/keys", { counterId }, { signal }), [counterId]);
  const [kind, setKind] = useState<KeyHoldingView["kind"]>("main_door_key");
  const [label, setLabel] = useState("");
  const [holder, setHolder] = useState<string | undefined>();
  const [to, setTo] = useState<Record<string, string>>({});
  const options = staff.map((u) => ({ value: u.id, label: u.displayName }));
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {can("keys.manage") && (
        <Space wrap>
          <Select aria-label={t("assets.keyKind")} value={kind} onChange={setKind} style={{ width: 160 }} options={(["main_door_key", "auto_door_key", "alarm_code"] as const).map((k) => ({ value: k, label: t(`assets.kinds.${k}`) }))} />
          <Input aria-label={t("assets.keyLabel")} placeholder={t("assets.keyLabel")} value={label} onChange={(e) => setLabel(e.target.value)} style={{ width: 180 }} />
          <Select aria-label={t("assets.holder")} placeholder={t("assets.holder")} value={holder} onChange={setHolder} style={{ width: 180 }} options={options} />
          <Button type="primary" disabled={!label.trim() || !holder} onClick={() => void run(() => api.post("/control/keys", { counterId, kind, label: label.trim(), holderId: holder }), "assets.saved").then((ok) => { if (ok) { setLabel(""); void keys.reload(); } })}>
            {t("assets.registerKey")}
          </Button>
        </Space>
      )}
      <Typography.Text type="secondary">{t("assets.keysHint")}</Typography.Text>
      <Table<KeyHoldingView>
        rowKey="id"
        loading={keys.loading}
        dataSource={keys.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t("assets.noKeys") }}
        expandable={{
          expandedRowRender: (r) => (
            <ul style={{ margin: 0 }}>
              {r.handovers.map((h) => (
                <li key={h.id}>{t("assets.keyHandoverLine", { at: fmt(h.handedAt), from: h.fromName ?? "—", to: h.toName, by: h.recordedByName, note: h.note ?? "" })}</li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { title: t("assets.keyKind"), dataIndex: "kind", render: (v: KeyHoldingView["kind"]) => <Tag>{t(`assets.kinds.${v}`)}</Tag> },
          { title: t("assets.keyLabel"), dataIndex: "label" },
          { title: t("assets.holder"), dataIndex: "holderName", render: (v: string | null) => v ?? "—" },
          {
            title: t("assets.handOver"),
            key: "ho",
            render: (_: unknown, r) =>
              can("keys.manage") ? (
                <Space>
                  <Select aria-label={t("assets.handOverTo")} placeholder={t("assets.handOverTo")} style={{ width: 160 }} value={to[r.id]} onChange={(v: string) => setTo((x) => ({ ...x, [r.id]: v }))} options={options.filter((o) => o.value !== r.holderId)} />
                  <Button disabled={!to[r.id]} onClick={() => void run(() => api.post(`/control/keys/${r.id}/handovers`, { toUserId: to[r.id] }), "assets.handedOver").then((ok) => { if (ok) void keys.reload(); })}>
                    {t("assets.handOver")}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}

function AssetsTab({ counterId }: { counterId: string }) {
  const t = useT();
  const { can } = useAuth();
  const run = useRun();
  const staff = useCounterStaff(counterId);
  const assets = useApi((signal) => api.get<{ items: FixedAssetView[] }>("/control/assets", { counterId }, { signal }), [counterId]);
  const [draft, setDraft] = useState<{ assetNo: string; name: string; quantity: number; custodianId?: string; sharedHall: boolean }>({ assetNo: "", name: "", quantity: 1, sharedHall: false });
  const [to, setTo] = useState<Record<string, { userId?: string; reason: "move" | "exit" | "rotation" | "other" }>>({});
  const options = staff.map((u) => ({ value: u.id, label: u.displayName }));
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      {can("asset.manage") && (
        <Space wrap>
          <Input aria-label={t("assets.assetNo")} placeholder={t("assets.assetNo")} value={draft.assetNo} onChange={(e) => setDraft({ ...draft, assetNo: e.target.value })} style={{ width: 140 }} />
          <Input aria-label={t("assets.name")} placeholder={t("assets.name")} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} style={{ width: 160 }} />
          <InputNumber aria-label={t("assets.quantity")} min={1} value={draft.quantity} onChange={(v) => setDraft({ ...draft, quantity: typeof v === "number" ? v : 1 })} />
          <Select aria-label={t("assets.custodian")} placeholder={t("assets.custodian")} style={{ width: 160 }} value={draft.custodianId} onChange={(v: string) => setDraft({ ...draft, custodianId: v })} options={options} />
          <Checkbox checked={draft.sharedHall} onChange={(e) => setDraft({ ...draft, sharedHall: e.target.checked })}>
            {t("assets.sharedHall")}
          </Checkbox>
          <Button
            type="primary"
            disabled={!draft.assetNo.trim() || !draft.name.trim() || !draft.custodianId}
            onClick={() =>
              void run(() => api.post("/control/assets", { counterId, assetNo: draft.assetNo.trim(), name: draft.name.trim(), quantity: draft.quantity, custodianId: draft.custodianId, sharedHall: draft.sharedHall })).then((ok) => {
                if (ok) {
                  setDraft({ assetNo: "", name: "", quantity: 1, sharedHall: false });
                  void assets.reload();
                }
              })
            }
          >
            {t("assets.registerAsset")}
          </Button>
        </Space>
      )}
      <Table<FixedAssetView>
        rowKey="id"
        loading={assets.loading}
        dataSource={assets.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t("assets.noAssets") }}
        expandable={{
          rowExpandable: (r) => r.handovers.length > 0,
          expandedRowRender: (r) => (
            <ul style={{ margin: 0 }}>
              {r.handovers.map((h) => (
                <li key={h.id}>{t("assets.assetHandoverLine", { at: fmt(h.handedAt), from: h.fromName ?? "—", to: h.toName, reason: t(`assets.reasons.${h.reason}`) })}</li>
              ))}
            </ul>
          ),
        }}
        columns={[
          { title: t("assets.assetNo"), dataIndex: "assetNo" },
          { title: t("assets.name"), dataIndex: "name", render: (v: string, r) => <Space>{v}{r.sharedHall && <Tag color="blue">{t("assets.sharedHall")}</Tag>}</Space> },
          { title: t("assets.quantity"), dataIndex: "quantity" },
          { title: t("assets.custodian"), dataIndex: "custodianName" },
          {
            title: t("assets.handOver"),
            key: "ho",
            render: (_: unknown, r) =>
              can("asset.manage") ? (
                <Space wrap>
                  <Select aria-label={t("assets.handOverTo")} placeholder={t("assets.handOverTo")} style={{ width: 140 }} value={to[r.id]?.userId} onChange={(v: string) => setTo((x) => ({ ...x, [r.id]: { reason: x[r.id]?.reason ?? "move", userId: v } }))} options={options.filter((o) => o.value !== r.custodianId)} />
                  <Select aria-label={t("assets.reason")} style={{ width: 110 }} value={to[r.id]?.reason ?? "move"} onChange={(v: "move" | "exit" | "rotation" | "other") => setTo((x) => ({ ...x, [r.id]: { ...x[r.id], reason: v } }))} options={(["move", "exit", "rotation", "other"] as const).map((k) => ({ value: k, label: t(`assets.reasons.${k}`) }))} />
                  <Button disabled={!to[r.id]?.userId} onClick={() => void run(() => api.post(`/control/assets/${r.id}/handovers`, { toUserId: to[r.id]?.userId, reason: to[r.id]?.reason ?? "move" }), "assets.handedOver").then((ok) => { if (ok) void assets.reload(); })}>
                    {t("assets.handOver")}
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </Space>
  );
}

function HallTab({ counterId }: { counterId: string }) {
  const t = useT();
  const { can, me } = useAuth();
  const run = useRun();
  const staff = useCounterStaff(counterId);
  const day = useApi((signal) => api.get<HallDayView>("/control/hall-equipment", { counterId }, { signal }), [counterId]);
  const [rota, setRota] = useState<string[] | null>(null);
  const [present, setPresent] = useState<Record<string, number>>({});
  const d = day.data;
  const mayCount = d && (d.custodianId === me?.user.id || can("asset.manage"));
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Typography.Text strong data-testid="hall-custodian">
        {d?.custodianName ? t("assets.custodianOfDay", { date: d.date, name: d.custodianName }) : t("assets.noRota")}
      </Typography.Text>
      {can("asset.manage") && (
        <Space wrap>
          <Select
            mode="multiple"
            aria-label={t("assets.rota")}
            placeholder={t("assets.rota")}
            style={{ minWidth: 320 }}
            value={rota ?? d?.rota.map((r) => r.userId) ?? []}
            onChange={(v: string[]) => setRota(v)}
            options={staff.map((u) => ({ value: u.id, label: u.displayName }))}
          />
          <Button disabled={!rota?.length} onClick={() => void run(() => api.put("/control/hall-rota", { counterId, startDate: d?.date ?? dayjs().format("YYYY-MM-DD"), userIds: rota })).then((ok) => { if (ok) void day.reload(); })}>
            {t("assets.saveRota")}
          </Button>
        </Space>
      )}
      <Table
        rowKey="id"
        dataSource={d?.assets ?? []}
        pagination={false}
        locale={{ emptyText: t("assets.noHall") }}
        columns={[
          { title: t("assets.assetNo"), dataIndex: "assetNo" },
          { title: t("assets.name"), dataIndex: "name" },
          { title: t("assets.expected"), dataIndex: "quantity" },
          {
            title: t("assets.present"),
            key: "present",
            render: (_: unknown, r: FixedAssetView) => <InputNumber aria-label={t("assets.presentOf", { name: r.name })} min={0} disabled={!mayCount} value={present[r.id] ?? r.quantity} onChange={(v) => setPresent((x) => ({ ...x, [r.id]: typeof v === "number" ? v : 0 }))} />,
          },
        ]}
      />
      {mayCount && (d?.assets.length ?? 0) > 0 && (
        <Button type="primary" onClick={() => void run(() => api.post("/control/hall-counts", { counterId, lines: d!.assets.map((a) => ({ assetId: a.id, present: present[a.id] ?? a.quantity })) }), "assets.counted").then((ok) => { if (ok) void day.reload(); })}>
          {t("assets.count")}
        </Button>
      )}
      {d?.count && (
        <Typography.Text type={d.count.shortCount ? "danger" : "success"}>
          {t("assets.countedLine", { name: d.count.countedByName, at: fmt(d.count.countedAt), short: d.count.shortCount })}
        </Typography.Text>
      )}
    </Space>
  );
}

export default function AssetsPage() {
  const t = useT();
  const counter = useControlCounter();
  const initial = new URLSearchParams(window.location.search).get("tab") ?? "keys";
  return (
    <PageContainer title={t("assets.title")} subtitle={t("assets.subtitle")} rules="K-13" extra={<ControlCounterPicker state={counter} />}>
      <Card data-testid="assets-page">
        {counter.counterId && (
          <Tabs
            defaultActiveKey={initial}
            items={[
              { key: "keys", label: t("assets.tabKeys"), children: <KeysTab counterId={counter.counterId} /> },
              { key: "assets", label: t("assets.tabAssets"), children: <AssetsTab counterId={counter.counterId} /> },
              { key: "hall", label: t("assets.tabHall"), children: <HallTab counterId={counter.counterId} /> },
            ]}
          />
        )}
      </Card>
    </PageContainer>
  );
}
