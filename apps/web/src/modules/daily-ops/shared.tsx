/**
 * Shared pieces of the daily-ops and internal-control screens: counter choice (remembered), the
 * counter's staff, Excel download with the session cookie, printable paper forms, photo capture
 * (data URL, scaled down), formatting helpers.
 */
import { DownloadOutlined, PrinterOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, Modal, Select, Tag } from "antd";
import dayjs from "dayjs";
import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { type Query, api, apiUrl, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import type { OrgUnit, OrgUnitList, StaffDirectory, StaffMember } from "../../api/types";
import { useAuth } from "../../auth";
import { PageContainer } from "../../components";
import { useT } from "../../i18n";
import "./daily-ops.css";

export const DAILY_OPS = "/daily-ops";
export const CONTROL = "/control";

// ---------------------------------------------------------------- counter selection

const COUNTER_KEY = "ccms.dailyOps.counterId";

export interface CounterState {
  counters: OrgUnit[];
  counterId: string | undefined;
  counter: OrgUnit | undefined;
  setCounterId(id: string): void;
  loading: boolean;
}

/** Counters in the user's scope; the choice is remembered across pages. */
export function useCounter(): CounterState {
  const { me } = useAuth();
  const units = useApi((signal) => api.get<OrgUnitList>("/org-units", { subtree: "true" }, { signal }), [me?.user.id]);
  const counters = useMemo(() => (units.data?.items ?? []).filter((u) => u.kind === "counter" && u.active), [units.data]);
  const [counterId, setState] = useState<string | undefined>(() => {
    try {
      // A to-do link (`?counterId=`) names the counter; otherwise the remembered choice.
      const fromLink = new URLSearchParams(window.location.search).get("counterId");
      return fromLink ?? localStorage.getItem(COUNTER_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  });
  useEffect(() => {
    if (!counters.length) return;
    if (!counterId || !counters.some((c) => c.id === counterId)) {
      const own = counters.find((c) => c.id === me?.user.orgUnitId);
      setState((own ?? counters[0])!.id);
    }
  }, [counters, counterId, me?.user.orgUnitId]);
  const setCounterId = useCallback((id: string) => {
    try {
      localStorage.setItem(COUNTER_KEY, id);
    } catch {}
    setState(id);
  }, []);
  const valid = counterId && counters.some((c) => c.id === counterId) ? counterId : undefined;
  return { counters, counterId: valid, counter: counters.find((c) => c.id === valid), setCounterId, loading: units.loading };
}

export function CounterPicker({ state }: { state: CounterState }) {
  const t = useT();
  if (state.counters.length <= 1) {
    return state.counter ? <Tag color="blue" className="dops-counter-tag">{state.counter.name}</Tag> : null;
  }
  return (
    <Select
      data-testid="counter-picker"
      style={{ minWidth: 180 }}
      value={state.counterId}
      placeholder={t("dops.common.counter")}
      aria-label={t("dops.common.counter")}
      options={state.counters.map((c) => ({ value: c.id, label: c.name }))}
      onChange={(v: string) => state.setCounterId(v)}
    />
  );
}

/**
 * Staff of a counter (for owners, leads, custodians) from the staff directory every staff role may
 * read (ORG-01, issue 10 item 2) — never the administrators' `/users`. `nameOf` also knows the people
 * of the caller's whole subtree (and deactivated accounts), so old records keep their authors' names.
 */
export function useStaff(counterId: string | undefined): { users: StaffMember[]; nameOf(id: string | null | undefined): string } {
  const { me } = useAuth();
  const res = useApi(
    (signal) => api.get<StaffDirectory>("/org/staff-directory", { orgUnitId: counterId, includeInactive: "true" }, { signal }),
    [counterId],
    { enabled: !!counterId },
  );
  const wide = useApi(
    (signal) => api.get<StaffDirectory>("/org/staff-directory", { includeInactive: "true" }, { signal }),
    [me?.user.id],
    { enabled: !!me && !!counterId && me.user.orgUnitId !== counterId },
  );
  const users = useMemo(() => (res.data?.items ?? []).filter((u) => u.active), [res.data]);
  const names = useMemo(() => new Map([...(wide.data?.items ?? []), ...(res.data?.items ?? [])].map((u) => [u.id, u.displayName])), [res.data, wide.data]);
  const nameOf = useCallback(
    (id: string | null | undefined) => {
      if (!id) return "—";
      if (id === me?.user.id) return me.user.displayName;
      return names.get(id) ?? "—";
    },
    [names, me],
  );
  return { users, nameOf };
}

export function userOptions(users: StaffMember[]) {
  return users.map((u) => ({ value: u.id, label: u.displayName }));
}

// ---------------------------------------------------------------- page frame

export function PageFrame(props: { title: ReactNode; subtitle?: ReactNode; rule?: string; counter?: CounterState; extra?: ReactNode; children: ReactNode; testId?: string }) {
  const t = useT();
  const noCounter = props.counter && !props.counter.loading && !props.counter.counters.length;
  return (
    <PageContainer
      title={props.title}
      subtitle={props.subtitle ?? (props.testId && t.has(`dops.purpose.${props.testId}`) ? t(`dops.purpose.${props.testId}`) : undefined)}
      rules={props.rule}
      extra={
        (props.counter || props.extra) && (
          <>
            {props.counter && <CounterPicker state={props.counter} />}
            {props.extra}
          </>
        )
      }
    >
      <div className="dops-page" data-testid={props.testId}>
        {noCounter ? (
          <Card>
            <Empty description={t("dops.common.noCounter")} />
          </Card>
        ) : (
          props.children
        )}
      </div>
    </PageContainer>
  );
}

// ---------------------------------------------------------------- Excel export

/** Downloads `<path>/export.xlsx` with the session cookie (same query as the list). */
export function ExportButton({ path, query, fileName }: { path: string; query?: Query; fileName: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const res = await fetch(apiUrl(`${path}/export.xlsx`, query), { credentials: "same-origin" });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const blob = await res.blob();
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = `${fileName}-${dayjs().format("YYYYMMDD-HHmm")}.xlsx`;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    } catch {
      message.error(t("dops.common.exportFailed"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()} data-testid={`export-${fileName}`}>
      {t("dops.common.export")}
    </Button>
  );
}

// ---------------------------------------------------------------- printable forms

/** A modal showing the paper form; "Print" prints only the form (see daily-ops.css). */
export function PrintModal(props: { open: boolean; title: ReactNode; onClose(): void; children: ReactNode; width?: number }) {
  const t = useT();
  return (
    <Modal
      open={props.open}
      title={props.title}
      onCancel={props.onClose}
      width={props.width ?? 860}
      className="dops-print-modal"
      footer={[
        <Button key="close" onClick={props.onClose}>
          {t("dops.common.close")}
        </Button>,
        <Button key="print" type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-now">
          {t("dops.common.print")}
        </Button>,
      ]}
    >
      <div className="dops-print-area">{props.children}</div>
    </Modal>
  );
}

/** A bordered paper form: title, header fields, then rows of label/value cells. */
export function PaperForm(props: { title: string; meta?: Array<[string, ReactNode]>; rows: Array<[string, ReactNode]>; signatures?: string[]; footer?: ReactNode }) {
  return (
    <div className="dops-paper">
      <div className="dops-paper-title">{props.title}</div>
      {props.meta && (
        <div className="dops-paper-meta">
          {props.meta.map(([k, v]) => (
            <span key={k}>
              {k}：<b>{v}</b>
            </span>
          ))}
        </div>
      )}
      <table className="dops-paper-table">
        <tbody>
          {props.rows.map(([k, v], i) => (
            <tr key={`${k}-${i}`}>
              <th>{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.footer}
      {props.signatures && (
        <div className="dops-paper-sign">
          {props.signatures.map((s) => (
            <span key={s}>{s}：________________</span>
          ))}
        </div>
      )}
    </div>
  );
}

export function PrintButton({ onClick, label, testId }: { onClick(): void; label?: string; testId?: string }) {
  const t = useT();
  return (
    <Button icon={<PrinterOutlined />} onClick={onClick} data-testid={testId}>
      {label ?? t("dops.common.printForm")}
    </Button>
  );
}

// ---------------------------------------------------------------- photos

/** Reads an image file, scales it to at most `maxDim` px and returns a JPEG data URL (≈ ≤ 180 kB, so several fit in one 1 MB request). */
export async function photoToDataUrl(file: File, maxDim = 1024): Promise<string> {
  const url = URL.createObjectURL(file);
  try {
    const img = await new Promise<HTMLImageElement>((resolve, reject) => {
      const i = new Image();
      i.onload = () => resolve(i);
      i.onerror = () => reject(new Error("image"));
      i.src = url;
    });
    const scale = Math.min(1, maxDim / Math.max(img.naturalWidth, img.naturalHeight));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(img.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(img.naturalHeight * scale));
    canvas.getContext("2d")!.drawImage(img, 0, 0, canvas.width, canvas.height);
    let q = 0.75;
    let out = canvas.toDataURL("image/jpeg", q);
    while (out.length > 180_000 && q > 0.3) {
      q -= 0.15;
      out = canvas.toDataURL("image/jpeg", q);
    }
    return out;
  } finally {
    URL.revokeObjectURL(url);
  }
}

// ---------------------------------------------------------------- formatting

export const today = () => dayjs().format("YYYY-MM-DD");
export const fmtTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : "—");
export const fmtHm = (iso: string | null | undefined) => (iso ? dayjs(iso).format("HH:mm") : "—");
export const yuan = (fen: number | null | undefined) =>
  fen === null || fen === undefined ? "—" : `¥${(fen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Runs an API write with a success toast and a translated error toast. */
export function useRunner() {
  const t = useT();
  const { message } = App.useApp();
  return useCallback(
    async <T,>(fn: () => Promise<T>, okKey = "dops.common.saved"): Promise<T | undefined> => {
      try {
        const r = await fn();
        message.success(t(okKey));
        return r;
      } catch (e) {
        message.error(errorText(e, t));
        return undefined;
      }
    },
    [message, t],
  );
}

export function StatusTag({ value, colors, prefix }: { value: string; colors: Record<string, string>; prefix: string }) {
  const t = useT();
  return <Tag color={colors[value] ?? "default"}>{t(`${prefix}.${value}`)}</Tag>;
}

/** Shows its children only when the signed-in user holds the action (K-07): a role never sees a button it cannot use. */
export function IfCan({ action, children }: { action: string | readonly string[]; children: ReactNode }) {
  const { can } = useAuth();
  const ok = typeof action === "string" ? can(action) : action.some((a) => can(a));
  return ok ? <>{children}</> : null;
}
