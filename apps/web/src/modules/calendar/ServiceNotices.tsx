/**
 * CAL-02/CAL-04 what a counter announces in advance (公示) on the hall display and the kiosk: opening
 * on a holiday with its hours, closures, and hours changes from a date. Large, high-contrast text for
 * elderly customers (≥ 22 px, dark on light).
 */
import type { ServiceNoticesResponse } from "@ccms/contracts";
import dayjs from "dayjs";
import type { z } from "zod";
import { useApi } from "../../api/hooks";
import { useI18n } from "../../i18n";
import { serviceNoticeText } from "./service-notice-text";

type Notices = z.infer<typeof ServiceNoticesResponse>;

export function ServiceNotices(props: { load: () => Promise<Notices>; counterId: string; reloadKey?: unknown }) {
  const { locale } = useI18n();
  const notices = useApi(() => props.load(), [props.counterId, props.reloadKey]);
  const items = notices.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section
      aria-label={locale === "zh-CN" ? "营业公告" : "Service notices"}
      data-testid="service-notices"
      style={{ background: "#fff7d6", color: "#1f1f1f", fontSize: 24, lineHeight: 1.4, padding: "10px 20px", borderTop: "3px solid #ad6800" }}
    >
      <strong style={{ marginRight: 12 }}>{locale === "zh-CN" ? "营业公告" : "Notice"}</strong>
      {items.map((n) => (
        <span key={`${n.date}-${n.kind}`} style={{ marginRight: 24 }}>
          {serviceNoticeText(n, locale, dayjs(n.date).format(locale === "zh-CN" ? "M月D日" : "MMM D"))}
        </span>
      ))}
    </section>
  );
}
