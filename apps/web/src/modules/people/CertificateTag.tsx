/** P-02 one certificate: kind, number, expiry, coloured by status (expiring within 30 days, expired). */
import type { CertificateView } from "@ccms/contracts";
import { Tag, Tooltip } from "antd";
import { useT } from "../../i18n";

export function CertificateTag({ cert }: { cert: CertificateView }) {
  const t = useT();
  const kind = t(`people.cert.kindValue.${cert.kind}`);
  const status =
    cert.status === "expired" ? t("people.cert.expired") : cert.status === "expiring" ? (cert.daysLeft === 0 ? t("people.cert.expiringToday") : t("people.cert.expiring", { days: cert.daysLeft ?? 0 })) : t("people.cert.valid");
  const color = cert.status === "expired" ? "red" : cert.status === "expiring" ? "orange" : "green";
  return (
    <Tooltip title={`${t("people.cert.number")} ${cert.number} · ${t("people.cert.expiresOn")} ${cert.expiresOn ?? t("people.cert.noExpiry")}`}>
      <Tag color={color}>
        {kind} · {status}
      </Tag>
    </Tooltip>
  );
}
