/**
 * One small modal form per case action (POST /cases/{id}/actions). The fields follow the contract's
 * CaseAction union; the server decides whether the action is allowed (state, permission, time window).
 */
import { useOrgUnits } from "../../../components/OrgUnits";
import { Alert, type Button, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, message } from "antd";
import type React from "react";
import type { Dayjs } from "dayjs";
import dayjs from "dayjs";
import { useEffect, useMemo, useState } from "react";
import { api, errorText } from "../../../api/client";
import { useT } from "../../../i18n";
import {
  CASES_API,
  type CaseActionType,
  type CaseDetail,
  NON_RESPONSIBLE_CATEGORIES,
  RESPONSIBLE_CATEGORIES,
} from "../api";

type FieldKind = "text" | "textarea" | "date" | "datetime" | "select" | "radio";
interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: Array<{ value: string | boolean; label: string }>;
  max?: number;
  placeholder?: string;
  /** Shown only when this returns true for the current form values. */
  when?: (values: Record<string, unknown>) => boolean;
}

const CONTACT_METHODS = ["phone", "letter", "visit", "sms", "onSite"] as const;
const REPLY_METHODS = ["phone", "letter", "visit"] as const;

export function useActionFields(type: CaseActionType, detail: CaseDetail | null, presetCallbackId?: string): FieldSpec[] {
  const t = useT();
  const { units } = useOrgUnits();
  return useMemo(() => {
    const f = (k: string) => t(`cases.field.${k}`);
    const note = (required = false, name = "note", label = f("note")): FieldSpec => ({ name, label, kind: "textarea", required, max: 2000 });
    switch (type) {
      case "accept":
      case "investigate":
      case "close":
      case "resume":
        return [note(false)];
      case "contact":
        return [
          { name: "method", label: f("method"), kind: "radio", required: true, options: CONTACT_METHODS.map((m) => ({ value: m, label: t(`cases.contactMethod.${m}`) })) },
          note(true),
        ];
      case "pause":
      case "escalate":
      case "reopen":
      case "appeal":
        return [note(true, "reason", f("reason"))];
      case "reply":
        return [
          // C-08 phone, in writing, or by visit
          { name: "method", label: f("method"), kind: "radio", required: true, options: REPLY_METHODS.map((m) => ({ value: m, label: t(`cases.replyMethod.${m}`) })) },
          { name: "content", label: f("content"), kind: "textarea", required: true, max: 4000 },
          // C-20 a complaint's reply tells the customer how and where to ask for reconsideration
          ...(detail?.kind === "complaint"
            ? [{ name: "reconsiderationInfo", label: f("reconsiderationInfo"), kind: "radio" as const, required: true, options: [{ value: true, label: f("reconsiderationInfoGiven") }] }]
            : []),
        ];
      case "explain-delay":
        // C-07 the customer is told within the limit and the upper level informed in writing
        return [
          { name: "customerExplanation", label: f("customerExplanation"), kind: "textarea", required: true, max: 2000 },
          { name: "upperNote", label: f("upperNote"), kind: "textarea", required: true, max: 2000 },
        ];
      case "request-extension":
        return [note(true, "reason", f("reason")), { name: "untilDate", label: f("untilDate"), kind: "date" }];
      // C-07 decide-pause: the counter manager (or the level above) decides; until approved the clock runs
      case "decide-pause":
      case "approve-extension":
        return [
          { name: "approved", label: f("approved"), kind: "radio", required: true, options: [{ value: true, label: f("approve") }, { value: false, label: f("reject") }] },
          note(false),
        ];
      case "callback": {
        const pending = (detail?.callbacks ?? []).filter((c) => c.status === "pending");
        const specs: FieldSpec[] = [];
        if (pending.length > 1 && !presetCallbackId)
          specs.push({
            name: "callbackId",
            label: f("callbackId"),
            kind: "select",
            options: pending.map((c) => ({ value: c.id, label: `${t(`cases.callbacks.levelShort.${c.level}`)} · ${c.dueAt ? dayjs(c.dueAt).format("MM-DD") : ""}` })),
          });
        specs.push(
          { name: "result", label: f("result"), kind: "radio", required: true, options: [{ value: "satisfied", label: f("satisfied") }, { value: "unsatisfied", label: f("unsatisfied") }] },
          note(true),
        );
        return specs;
      }
      case "archive-unsatisfied":
        return [note(true)];
      case "apply-reconsideration":
        return [note(true, "reason", f("reason")), { name: "appliedAt", label: f("appliedAt"), kind: "datetime" }];
      case "decide-reconsideration":
        return [
          { name: "outcome", label: f("outcome"), kind: "radio", required: true, options: [{ value: "upheld", label: f("upheld") }, { value: "revised", label: f("revised") }] },
          { name: "content", label: f("content"), kind: "textarea", required: true, max: 4000 },
        ];
      case "rule":
        // C-12 responsible / non-responsible with reason categories
        return [
          { name: "outcome", label: f("outcome"), kind: "radio", required: true, options: ["responsible", "nonResponsible"].map((o) => ({ value: o, label: t(`cases.outcome.${o}`) })) },
          {
            name: "category",
            label: f("category"),
            kind: "select",
            required: true,
            when: (v) => v.outcome === "responsible",
            options: RESPONSIBLE_CATEGORIES.map((c) => ({ value: c, label: t(`cases.category.${c}`) })),
          },
          {
            name: "category",
            label: f("category"),
            kind: "select",
            required: true,
            when: (v) => v.outcome === "nonResponsible",
            options: NON_RESPONSIBLE_CATEGORIES.map((c) => ({ value: c, label: t(`cases.category.${c}`) })),
          },
          // C-12 the unit's responsibility committee: members (one per line) and votes in favour
          { name: "committeeMembers", label: f("committeeMembers"), kind: "textarea", required: true, max: 800, placeholder: f("committeeMembersHint") },
          { name: "committeeInFavour", label: f("committeeInFavour"), kind: "radio", required: true, options: [2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: String(n) })) },
          note(true),
        ];
      case "decide-appeal":
        return [
          { name: "outcome", label: f("outcome"), kind: "radio", required: true, options: [{ value: "upheld", label: f("appealUpheld") }, { value: "overturned", label: f("overturned") }] },
          {
            name: "category",
            label: f("category"),
            kind: "select",
            when: (v) => v.outcome === "overturned",
            options: [...RESPONSIBLE_CATEGORIES, ...NON_RESPONSIBLE_CATEGORIES].map((c) => ({ value: c, label: t(`cases.category.${c}`) })),
          },
          note(true),
        ];
      case "add-rectification": {
        const findings = detail?.findings ?? [];
        return [
          ...(findings.length
            ? [{ name: "findingId", label: f("finding"), kind: "select" as const, options: findings.map((x) => ({ value: x.id, label: `${t(`cases.findingKind.${x.kind}`)} · ${x.note}` })) }]
            : []),
          { name: "action", label: f("action"), kind: "textarea", required: true, max: 2000 },
          { name: "ownerName", label: f("ownerName"), kind: "text", required: true, max: 100 },
          { name: "dueDate", label: f("dueDate"), kind: "date", required: true },
        ];
      }
      case "complete-rectification": {
        const open = (detail?.rectifications ?? []).filter((r) => r.status === "open");
        return [
          { name: "rectificationId", label: f("rectification"), kind: "select", required: true, options: open.map((r) => ({ value: r.id, label: `${r.action} · ${r.ownerName}` })) },
          { name: "effect", label: f("effect"), kind: "textarea", required: true, max: 2000 },
        ];
      }
      case "forward": {
        // C-19 down to a responsible unit below the handling unit
        const here = units.find((u) => u.id === detail?.orgUnitId);
        const below = here ? units.filter((u) => u.id !== here.id && u.path.startsWith(here.path)) : [];
        return [
          { name: "toUnitId", label: f("toUnit"), kind: "select", required: true, options: below.map((u) => ({ value: u.id, label: u.name })) },
          note(true),
        ];
      }
      case "note":
        return [{ name: "text", label: f("text"), kind: "textarea", required: true, max: 4000 }];
    }
  }, [type, detail, presetCallbackId, t, units]);
}

function toBody(type: CaseActionType, values: Record<string, unknown>, extra: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = { type, ...extra };
  if (type === "rule") {
    const { committeeMembers, committeeInFavour, ...rest } = values;
    const members = String(committeeMembers ?? "").split(/[\n,，、]+/).map((m) => m.trim()).filter(Boolean);
    body.committee = { members, inFavour: Number(committeeInFavour ?? 0) };
    values = rest;
  }
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === "" || (k === "singlePerson" && v !== true)) continue;
    if (dayjs.isDayjs(v)) body[k] = k === "appliedAt" ? (v as Dayjs).toISOString() : (v as Dayjs).format("YYYY-MM-DD");
    else if (typeof v === "string") body[k] = v.trim();
    else body[k] = v;
  }
  return body;
}

export function ActionModal(props: {
  caseId: string;
  type: CaseActionType | null;
  detail: CaseDetail | null;
  /** Extra body fields (e.g. callbackId from the callbacks list). */
  extra?: Record<string, unknown>;
  onClose(): void;
  onDone(detail: CaseDetail): void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const type = props.type ?? "note";
  const allFields = useActionFields(type, props.detail, props.extra?.callbackId as string | undefined);
  const fields = allFields.filter((f) => !props.extra || !(f.name in props.extra));
  const values = (Form.useWatch([], form) ?? {}) as Record<string, unknown>;

  useEffect(() => {
    if (props.type) {
      form.resetFields();
      setError(null);
    }
  }, [props.type, form]);

  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown>;
    setBusy(true);
    setError(null);
    try {
      const res = await api.post<CaseDetail>(CASES_API.actions(props.caseId), toBody(type, v, props.extra ?? {}));
      void message.success(t("cases.action.done"));
      props.onDone(res);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  const help = t.has(`cases.help.${type}`) ? t(`cases.help.${type}`) : null;
  return (
    <Modal
      open={!!props.type}
      title={t(`cases.action.${type}`)}
      onCancel={props.onClose}
      onOk={() => void submit()}
      okText={t("common.submit")}
      confirmLoading={busy}
      destroyOnHidden
      width={560}
      okButtonProps={{ "data-testid": "action-submit" } as React.ComponentProps<typeof Button>}
      data-testid={`action-modal-${type}`}
    >
      <div data-testid={`action-modal-${type}`}>
        {help && <Alert type="info" showIcon message={help} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} data-testid="action-error" />}
        <Form
          form={form}
          layout="vertical"
          requiredMark
          onValuesChange={(changed: Record<string, unknown>) => {
            if ("outcome" in changed) form.setFieldValue("category", undefined);
          }}
        >
          {fields
            .filter((s) => !s.when || s.when(values))
            .map((s, i) => (
              <Form.Item
                key={`${s.name}-${i}`}
                name={s.name}
                label={s.label}
                rules={[
                  { required: !!s.required, message: t("common.required") },
                  ...(s.kind === "textarea" || s.kind === "text" ? [{ whitespace: true, message: t("common.required") }] : []),
                ]}
              >
                {s.kind === "textarea" ? (
                  <Input.TextArea rows={3} maxLength={s.max} showCount data-testid={`field-${s.name}`} placeholder={s.placeholder} />
                ) : s.kind === "text" ? (
                  <Input maxLength={s.max} data-testid={`field-${s.name}`} />
                ) : s.kind === "date" ? (
                  <DatePicker style={{ width: "100%" }} data-testid={`field-${s.name}`} />
                ) : s.kind === "datetime" ? (
                  <DatePicker showTime style={{ width: "100%" }} disabledDate={(d) => d.isAfter(dayjs(), "day")} data-testid={`field-${s.name}`} />
                ) : s.kind === "select" ? (
                  <Select options={s.options as Array<{ value: string; label: string }>} data-testid={`field-${s.name}`} allowClear={!s.required} />
                ) : (
                  <Radio.Group data-testid={`field-${s.name}`}>
                    {s.options?.map((o) => (
                      <Radio.Button key={String(o.value)} value={o.value} data-testid={`option-${s.name}-${String(o.value)}`}>
                        {o.label}
                      </Radio.Button>
                    ))}
                  </Radio.Group>
                )}
              </Form.Item>
            ))}
          {/* K-12 done by one person alone: the server puts the action in the counter's post-review queue (counter level only) */}
          {(!props.detail || props.detail.level === "outlet") && (
            <Form.Item name="singlePerson" valuePropName="checked" style={{ marginBottom: 0 }}>
              <Checkbox data-testid="field-singlePerson" title={t("caseLinks.singlePersonHint")}>
                {t("caseLinks.singlePerson")}
              </Checkbox>
            </Form.Item>
          )}
        </Form>
      </div>
    </Modal>
  );
}
