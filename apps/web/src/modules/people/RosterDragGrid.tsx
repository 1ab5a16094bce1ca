/**
 * The roster's week grid per person with drag to edit: each move is checked live by the server against
 * the hard rules and applied only without violations. WCAG 2.1.1: every shift is also a focusable button
 * whose "移动到…" dialog picks the person and date, checked live by the same move endpoint.
 */
import type { RosterMoveResult, RosterView } from "@ccms/contracts";
import { Alert, Button, Form, Modal, Select, Table, Tag, Typography, message } from "antd";
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
  // the keyboard alternative: the shift being moved, where to, and the live check of that target
  const [moving, setMoving] = useState<(Cell & { userName: string; shift: string }) | null>(null);
  const [dest, setDest] = useState<Cell | null>(null);
  const [destCheck, setDestCheck] = useState<RosterMoveResult | null>(null);
  const [applying, setApplying] = useState(false);
  const destKey = useRef("");

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

  const openMove = (from: Cell & { userName: string; shift: string }) => {
    setMoving(from);
    setDest(null);
    setDestCheck(null);
    setCheck(null);
  };
  const pickDest = (to: Cell) => {
    setDest(to);
    setDestCheck(null);
    if (!moving) return;
    const key = `${to.userId}|${to.date}`;
    destKey.current = key;
    void api
      .post<RosterMoveResult>(`/rosters/${encodeURIComponent(roster.id)}/moves`, { userId: moving.userId, date: moving.date, toUserId: to.userId, toDate: to.date, apply: false })
      .then((r) => {
        if (destKey.current === key) setDestCheck(r);
      })
      .catch((e: unknown) => void message.error(errorText(e, t)));
  };
  const applyDest = async () => {
    if (!moving || !dest) return;
    setApplying(true);
    try {
      const r = await api.post<RosterMoveResult>(`/rosters/${encodeURIComponent(roster.id)}/moves`, { userId: moving.userId, date: moving.date, toUserId: dest.userId, toDate: dest.date, apply: true });
      if (r.applied) {
        void message.success(t("peopleTraining.drag.moved"));
        setMoving(null);
        onChanged();
      } else setDestCheck(r);
    } catch (e) {
      void message.error(errorText(e, t));
    } finally {
      setApplying(false);
    }
  };
  const violationText = (r: RosterMoveResult) =>
    r.violations.length === 0 ? t("peopleTraining.drag.ok") : `${t("peopleTraining.drag.violations")} ${r.violations.map((v) => `${v.userName}${v.date ? ` ${v.date}` : ""} ${t(`people.roster.rule.${v.rule}`)}`).join("；")}`;

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
            editable ? (
              <Button
                size="small"
                draggable
                style={{ cursor: "grab" }}
                aria-haspopup="dialog"
                aria-label={t("peopleSettings.move.cellLabel", { name: row.userName, date: dayjs(d).format("MM-DD"), shift: row.cells[d] })}
                title={t("peopleSettings.move.action")}
                onClick={() => openMove({ userId: row.userId, date: d, userName: row.userName, shift: row.cells[d]! })}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = "move";
                  dragged.current = { userId: row.userId, date: d };
                  target.current = "";
                  setCheck(null);
                }}
              >
                {row.cells[d]}
              </Button>
            ) : (
              <Tag>{row.cells[d]}</Tag>
            )
          ) : (
            <span aria-label={t("people.roster.off")}>·</span>
          ),
      })),
    ];
    return { columns, dates, rows: [...people.values()].sort((a, b) => a.userName.localeCompare(b.userName, "zh-CN")) };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [roster, editable, t]);

  return (
    <>
      {editable && <Typography.Text type="secondary">{t("peopleTraining.drag.hint")}</Typography.Text>}
      {check && (
        <Alert
          type={check.result.violations.length === 0 ? "success" : "error"}
          showIcon
          message={violationText(check.result)}
        />
      )}
      <Table<Row> rowKey="userId" size="small" pagination={false} columns={grid.columns} dataSource={grid.rows} scroll={{ x: 130 + grid.columns.length * 84 }} />
      <Modal
        open={moving !== null}
        title={t("peopleSettings.move.title")}
        okText={t("peopleSettings.move.apply")}
        okButtonProps={{ disabled: !dest || !destCheck || destCheck.violations.length > 0 }}
        confirmLoading={applying}
        onOk={() => void applyDest()}
        onCancel={() => setMoving(null)}
        destroyOnHidden
      >
        {moving && (
          <Form layout="vertical">
            <Typography.Paragraph>{t("peopleSettings.move.from", { name: moving.userName, date: moving.date, shift: moving.shift })}</Typography.Paragraph>
            <Form.Item label={t("peopleSettings.move.person")} htmlFor="roster-move-person">
              <Select
                id="roster-move-person"
                showSearch={{ optionFilterProp: "label" }}
                aria-label={t("peopleSettings.move.person")}
                value={dest?.userId ?? moving.userId}
                onChange={(userId: string) => pickDest({ userId, date: dest?.date ?? moving.date })}
                options={grid.rows.map((r) => ({ value: r.userId, label: r.userName }))}
              />
            </Form.Item>
            <Form.Item label={t("peopleSettings.move.date")} htmlFor="roster-move-date">
              <Select
                id="roster-move-date"
                showSearch={{ optionFilterProp: "label" }}
                aria-label={t("peopleSettings.move.date")}
                value={dest?.date ?? moving.date}
                onChange={(date: string) => pickDest({ userId: dest?.userId ?? moving.userId, date })}
                options={grid.dates.map((d) => ({ value: d, label: `${dayjs(d).format("MM-DD")} ${t(`people.roster.wd.${WEEKDAYS[(dayjs(d).day() + 6) % 7]}`)}` }))}
              />
            </Form.Item>
            <div role="status" aria-live="polite">
              {dest && !destCheck && <Typography.Text type="secondary">{t("peopleSettings.move.checking")}</Typography.Text>}
              {destCheck && <Alert type={destCheck.violations.length === 0 ? "success" : "error"} showIcon message={violationText(destCheck)} />}
            </div>
          </Form>
        )}
      </Modal>
    </>
  );
}
