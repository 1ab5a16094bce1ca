/** The roster's week grid per person with drag to edit: each move is checked live by the server against the hard rules and applied only without violations. */
import type { RosterMoveResult, RosterView } from "@ccms/contracts";
import { Alert, Table, Tag, Typography, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import dayjs from "dayjs";
import { useMemo, useRef, useState } from "react";
import { api, errorText } from "../../api/client";
import { useT } from "../../i18n";

const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
type Row = { userId: string; userName: string; cells: Record<string, string> };
type Cell = { userId: string; date: string };

export function RosterDragGrid({ roster, editable, onChanged }: { roster: RosterView; editable: boolean; onChanged: () => void }) {
  const t = useT();
  const dragged = useRef<Cell | null>(null);
  const target = useRef<string>("");
  const [check, setCheck] = useState<{ over: Cell; result: RosterMoveResult } | null>(null);

  const move = (to: Cell, apply: boolean) => {
    const from = dragged.current;
    if (!from) return Promise.resolve(null);
    return api.post<RosterMoveResult>(`/rosters/${encodeURIComponent(roster.id)}/moves`, { userId: from.userId, date: from.date, toUserId: to.userId, toDate: to.date, apply });
  };
  const onOver = (to: Cell) => {
    const key = `${to.userId}|${to.date}`;
    if (target.current === key) return;
    target.current = key;
    void move(to, false)
      .then((result) => result && target.current === key && setCheck({ over: to, result }))
      .catch(() => undefined);
  };
  const onDrop = async (to: Cell) => {
    try {
      const r = await move(to, true);
      if (r?.applied) {
        void message.success(t("peopleTraining.drag.moved"));
        onChanged();
      } else if (r) setCheck({ over: to, result: r });
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      dragged.current = null;
      target.current = "";
    }
  };

  const grid = useMemo(() => {
    const dates: string[] = [];
    for (let d = dayjs(roster.from); !d.isAfter(dayjs(roster.to)); d = d.add(1, "day")) dates.push(d.format("YYYY-MM-DD"));
    const people = new Map<string, Row>();
    for (const a of roster.assignments) {
      const row = people.get(a.userId) ?? { userId: a.userId, userName: a.userName, cells: {} };
      row.cells[a.date] = a.shiftCode;
      people.set(a.userId, row);
    }
    const columns: ColumnsType<Row> = [
      { title: t("people.roster.person"), dataIndex: "userName", fixed: "left", width: 130 },
      ...dates.map((d) => ({
        title: `${dayjs(d).format("MM-DD")} ${t(`people.roster.wd.${WEEKDAYS[(dayjs(d).day() + 6) % 7]}`)}`,
        key: d,
        width: 84,
        onCell: (row: Row) =>
          editable
            ? {
                onDragOver: (e: React.DragEvent) => {
                  e.preventDefault();
                  onOver({ userId: row.userId, date: d });
                },
                onDrop: (e: React.DragEvent) => {
                  e.preventDefault();
                  void onDrop({ userId: row.userId, date: d });
                },
              }
            : {},
        render: (_: unknown, row: Row) =>
          row.cells[d] ? (
            <Tag
              draggable={editable}
              style={editable ? { cursor: "grab" } : undefined}
              onDragStart={(e) => {
                e.dataTransfer.effectAllowed = "move";
                dragged.current = { userId: row.userId, date: d };
                target.current = "";
                setCheck(null);
              }}
            >
              {row.cells[d]}
            </Tag>
          ) : (
            <span aria-label={t("people.roster.off")}>·</span>
          ),
      })),
    ];
    return { columns, rows: [...people.values()].sort((a, b) => a.userName.localeCompare(b.userName, "zh-CN")) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roster, editable, t]);

  return (
    <>
      {editable && <Typography.Text type="secondary">{t("peopleTraining.drag.hint")}</Typography.Text>}
      {check && (
        <Alert
          type={check.result.violations.length === 0 ? "success" : "error"}
          showIcon
          message={
            check.result.violations.length === 0
              ? t("peopleTraining.drag.ok")
              : `${t("peopleTraining.drag.violations")} ${check.result.violations.map((v) => `${v.userName}${v.date ? ` ${v.date}` : ""} ${t(`people.roster.rule.${v.rule}`)}`).join("；")}`
          }
        />
      )}
      <Table<Row> rowKey="userId" size="small" pagination={false} columns={grid.columns} dataSource={grid.rows} scroll={{ x: 130 + grid.columns.length * 84 }} />
    </>
  );
}
