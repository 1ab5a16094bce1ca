import { CopyOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Tag, TimePicker, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { WEEKDAYS, type Weekday } from "../api/types";
import { useT } from "../i18n";

export type Frame = [string, string];
export type Hours = Partial<Record<Weekday, Frame[]>>;

const toDayjs = (hhmm: string): Dayjs => {
  const [h, m] = hhmm.split(":").map(Number);
  return dayjs().hour(h ?? 0).minute(m ?? 0).second(0).millisecond(0);
};

/** Read-only view: one row per weekday with its frames as tags (CAL-05: a 7×24 unit says so instead). */
export function BusinessHoursView({ hours, alwaysOpen = false }: { hours: Record<string, Frame[]>; alwaysOpen?: boolean }) {
  const t = useT();
  if (alwaysOpen) return <Tag color="green" bordered={false} data-testid="hours-always-open">{t("calendar.hours.alwaysOpen")}</Tag>;
  return (
    <Flex vertical gap={2}>
      {WEEKDAYS.map((wd) => {
        const frames = hours[wd] ?? [];
        return (
          <Flex key={wd} gap={8} align="center" style={{ minHeight: 26 }}>
            <Typography.Text type="secondary" style={{ width: 48, flex: "none" }}>
              {t(`weekdays.${wd}`)}
            </Typography.Text>
            {frames.length === 0 ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("org.closed")}
              </Typography.Text>
            ) : (
              frames.map((f) => (
                <Tag key={f.join("-")} color="blue" bordered={false} style={{ fontVariantNumeric: "tabular-nums" }}>
                  {f[0]}–{f[1]}
                </Tag>
              ))
            )}
          </Flex>
        );
      })}
    </Flex>
  );
}

/**
 * Editor of business hours per weekday, Saturday and Sunday included, with several frames a day (CAL-02),
 * at most 6 per day. `alwaysOpen` (CAL-05 7×24) greys the frames out: they do not apply then.
 */
export function BusinessHoursEditor({ value, onChange, alwaysOpen = false }: { value?: Hours; onChange?: (v: Hours) => void; alwaysOpen?: boolean }) {
  const t = useT();
  const hours: Hours = value ?? {};
  const set = (wd: Weekday, frames: Frame[]) => onChange?.({ ...hours, [wd]: frames });
  return (
    <div data-testid="hours-editor" style={alwaysOpen ? { opacity: 0.45, pointerEvents: "none" } : undefined} aria-disabled={alwaysOpen || undefined}>
      {WEEKDAYS.map((wd) => {
        const frames = hours[wd] ?? [];
        return (
          <div key={wd} className="ccms-hours-row">
            <span className="ccms-hours-day">{t(`weekdays.${wd}`)}</span>
            <Flex wrap gap={8} style={{ flex: 1 }} align="center">
              {frames.length === 0 && (
                <Typography.Text type="secondary" style={{ lineHeight: "32px" }}>
                  {t("org.closed")}
                </Typography.Text>
              )}
              {frames.map((f, i) => (
                <Flex key={i} gap={2} align="center">
                  <TimePicker.RangePicker
                    format="HH:mm"
                    minuteStep={5}
                    allowClear={false}
                    needConfirm={false}
                    value={[toDayjs(f[0]), toDayjs(f[1])]}
                    onChange={(v) => {
                      if (!v || !v[0] || !v[1]) return;
                      const next = [...frames];
                      next[i] = [v[0].format("HH:mm"), v[1].format("HH:mm")];
                      set(wd, next);
                    }}
                    style={{ width: 168 }}
                  />
                  <Button type="text" size="small" icon={<DeleteOutlined />} onClick={() => set(wd, frames.filter((_, j) => j !== i))} aria-label={t("common.remove")} />
                </Flex>
              ))}
              {frames.length < 6 && (
                <Button
                  size="small"
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => {
                    const last = frames[frames.length - 1];
                    set(wd, [...frames, last ? nextFrame(last) : ["08:30", "17:30"]]);
                  }}
                >
                  {t("org.addFrame")}
                </Button>
              )}
              {wd === "mon" && (
                <Tooltip title={t("org.copyMonday")}>
                  <Button
                    size="small"
                    type="text"
                    icon={<CopyOutlined />}
                    onClick={() => onChange?.({ ...hours, tue: [...frames], wed: [...frames], thu: [...frames], fri: [...frames] })}
                  />
                </Tooltip>
              )}
            </Flex>
          </div>
        );
      })}
    </div>
  );
}

function nextFrame(last: Frame): Frame {
  const [h] = last[1].split(":").map(Number);
  const start = Math.min((h ?? 12) + 1, 22);
  return [`${String(start).padStart(2, "0")}:00`, `${String(Math.min(start + 2, 23)).padStart(2, "0")}:00`];
}

/** Fill every weekday (absent = closed) so the server stores exactly what was shown. */
export function completeHours(h: Hours): Record<Weekday, Frame[]> {
  const out = {} as Record<Weekday, Frame[]>;
  for (const wd of WEEKDAYS) out[wd] = h[wd] ?? [];
  return out;
}
