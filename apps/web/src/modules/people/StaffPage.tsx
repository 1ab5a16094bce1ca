/** Staff records: posts, education, Mandarin level, skills, certificates with expiry warnings; exits start here. */
import { PlusOutlined } from "@ant-design/icons";
import type { CertificateInput, CreateStaffRecordRequest, StaffDirectory, StaffRecord, StaffRecordList, StartExitRequest } from "@ccms/contracts";
import { Button, Card, DatePicker, Flex, Form, Input, Modal, Select, Space, Table, Tag, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useAuth } from "../../auth";
import { ErrorResult, OrgUnitTreeSelect, PageContainer } from "../../components";
import { useT } from "../../i18n";
import { CertificateTag } from "./CertificateTag";

const POSTS = ["teller", "policyServicing", "claims", "guide", "dutyManager", "counterManager", "callAgent", "backOffice"] as const;
const EDUCATION = ["highSchool", "college", "bachelor", "master", "doctor"] as const;
const MANDARIN = ["1A", "1B", "2A", "2B", "3A", "3B"] as const;
const CERT_KINDS = ["policyServicing", "mandarin", "antiMoneyLaundering", "other"] as const;
const day = (d: Dayjs | undefined | null) => (d ? d.format("YYYY-MM-DD") : undefined);

interface RecordForm {
  userId: string;
  posts: CreateStaffRecordRequest["posts"];
  hireDate: Dayjs;
  education?: CreateStaffRecordRequest["education"];
  mandarinLevel?: CreateStaffRecordRequest["mandarinLevel"];
  skills?: string[];
  note?: string;
}
interface CertForm {
  kind: CertificateInput["kind"];
  number: string;
  issuedOn?: Dayjs;
  expiresOn?: Dayjs;
}
interface ExitForm {
  noticeDate: Dayjs;
  lastDay: Dayjs;
  reason?: string;
}

export default function StaffPage() {
  const t = useT();
  const { me, can } = useAuth();
  const [orgUnitId, setOrgUnitId] = useState<string | undefined>(me?.user.orgUnitId);
  const list = useApi((signal) => api.get<StaffRecordList>("/people/staff", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId });
  const people = useApi((signal) => api.get<StaffDirectory>("/org/staff-directory", { orgUnitId }, { signal }), [orgUnitId], { enabled: !!orgUnitId && can("people.manage") });
  const [recordForm] = Form.useForm<RecordForm>();
  const [certForm] = Form.useForm<CertForm>();
  const [exitForm] = Form.useForm<ExitForm>();
  const [creating, setCreating] = useState(false);
  const [certFor, setCertFor] = useState<StaffRecord | null>(null);
  const [exitFor, setExitFor] = useState<StaffRecord | null>(null);
  const [busy, setBusy] = useState(false);
  const manage = can("people.manage");

  const run = async (fn: () => Promise<unknown>, ok: string): Promise<boolean> => {
    setBusy(true);
    try {
      await fn();
      void message.success(ok);
      await list.reload();
      return true;
    } catch (e) {
      void message.error(errorText(e, t));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const saveRecord = async () => {
    const v = await recordForm.validateFields().catch(() => null);
    if (!v) return;
    const body: CreateStaffRecordRequest = {
      userId: v.userId,
      posts: v.posts,
      hireDate: day(v.hireDate)!,
      skills: v.skills ?? [],
      certificates: [],
      ...(v.education ? { education: v.education } : {}),
      ...(v.mandarinLevel ? { mandarinLevel: v.mandarinLevel } : {}),
      ...(v.note?.trim() ? { note: v.note.trim() } : {}),
    };
    if (await run(() => api.post("/people/staff", body), t("people.staff.createdOk"))) setCreating(false);
  };
  const saveCert = async () => {
    if (!certFor) return;
    const v = await certForm.validateFields().catch(() => null);
    if (!v) return;
    const body: CertificateInput = { kind: v.kind, number: v.number.trim(), ...(v.issuedOn ? { issuedOn: day(v.issuedOn)! } : {}), ...(v.expiresOn ? { expiresOn: day(v.expiresOn)! } : {}) };
    if (await run(() => api.post(`/people/staff/${encodeURIComponent(certFor.userId)}/certificates`, body), t("people.staff.certificateOk"))) setCertFor(null);
  };
  const saveExit = async () => {
    if (!exitFor) return;
    const v = await exitForm.validateFields().catch(() => null);
    if (!v) return;
    const body: StartExitRequest = { noticeDate: day(v.noticeDate)!, lastDay: day(v.lastDay)!, ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) };
    if (await run(() => api.post(`/people/staff/${encodeURIComponent(exitFor.userId)}/exit`, body), t("people.exit.startedOk"))) setExitFor(null);
  };

  const withRecord = new Set((list.data?.items ?? []).map((r) => r.userId));
  const candidates = (people.data?.items ?? []).filter((p) => p.active && !withRecord.has(p.id));

  const columns: ColumnsType<StaffRecord> = [
    { title: t("people.staff.person"), dataIndex: "displayName", width: 140, fixed: "left" },
    { title: t("people.staff.unit"), dataIndex: "orgUnitName", width: 150 },
    { title: t("people.staff.posts"), dataIndex: "posts", width: 160, render: (v: StaffRecord["posts"]) => v.map((p) => <Tag key={p}>{t(`people.post.${p}`)}</Tag>) },
    { title: t("people.staff.hireDate"), dataIndex: "hireDate", width: 110 },
    { title: t("people.staff.education"), dataIndex: "education", width: 90, render: (v: string | null) => (v ? t(`people.educationValue.${v}`) : "—") },
    { title: t("people.staff.mandarin"), dataIndex: "mandarinLevel", width: 100, render: (v: string | null) => (v ? t(`people.mandarinValue.${v}`) : "—") },
    {
      title: t("people.staff.certificates"),
      key: "certs",
      render: (_, r) => (
        <Flex gap={4} wrap>
          {r.certificates.length === 0 && r.missingCertificates.length === 0 && <span>{t("people.staff.noCertificates")}</span>}
          {r.certificates.map((c) => (
            <CertificateTag key={c.id} cert={c} />
          ))}
          {r.missingCertificates.map((k) => (
            <Tag key={k} color="red">
              {t("people.staff.missing", { kind: t(`people.cert.kindValue.${k}`) })}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: t("people.staff.status"),
      key: "status",
      width: 120,
      render: (_, r) => <Tag color={r.status === "active" ? "green" : r.status === "leaving" ? "orange" : "default"}>{t(`people.statusValue.${r.status}`)}</Tag>,
    },
    ...(manage
      ? [
          {
            title: "",
            key: "actions",
            width: 200,
            render: (_: unknown, r: StaffRecord) =>
              r.status === "left" ? null : (
                <Space wrap size={4}>
                  <Button
                    size="small"
                    onClick={() => {
                      certForm.resetFields();
                      setCertFor(r);
                    }}
                  >
                    {t("people.staff.addCertificate")}
                  </Button>
                  {r.status === "active" && r.userId !== me?.user.id && (
                    <Button
                      size="small"
                      danger
                      onClick={() => {
                        exitForm.resetFields();
                        setExitFor(r);
                      }}
                    >
                      {t("people.staff.startExit")}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer
      title={t("people.staff.title")}
      subtitle={t("people.staff.subtitle")}
      rules="P-02 · P-15"
      extra={
        <>
          <OrgUnitTreeSelect value={orgUnitId} onChange={setOrgUnitId} style={{ minWidth: 260 }} aria-label={t("people.staff.unit")} />
          {manage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => {
                recordForm.resetFields();
                setCreating(true);
              }}
            >
              {t("people.staff.add")}
            </Button>
          )}
        </>
      }
    >
      {list.error ? (
        <ErrorResult error={list.error} onRetry={() => void list.reload()} />
      ) : (
        <Card>
          <Table<StaffRecord> rowKey="userId" loading={list.loading} dataSource={list.data?.items ?? []} columns={columns} scroll={{ x: 1200 }} locale={{ emptyText: t("people.staff.empty") }} pagination={{ pageSize: 50 }} />
        </Card>
      )}

      <Modal open={creating} title={t("people.staff.add")} onCancel={() => setCreating(false)} onOk={() => void saveRecord()} confirmLoading={busy} destroyOnHidden>
        <Form form={recordForm} layout="vertical">
          <Form.Item name="userId" label={t("people.staff.person")} rules={[{ required: true, message: t("common.required") }]}>
            <Select showSearch optionFilterProp="label" placeholder={t("people.staff.pickPerson")} options={candidates.map((p) => ({ value: p.id, label: `${p.displayName} · ${p.orgUnitName}` }))} />
          </Form.Item>
          <Form.Item name="posts" label={t("people.staff.posts")} rules={[{ required: true, message: t("common.required") }]}>
            <Select mode="multiple" options={POSTS.map((p) => ({ value: p, label: t(`people.post.${p}`) }))} />
          </Form.Item>
          <Form.Item name="hireDate" label={t("people.staff.hireDate")} rules={[{ required: true, message: t("common.required") }]}>
            <DatePicker />
          </Form.Item>
          <Space wrap>
            <Form.Item name="education" label={t("people.staff.education")}>
              <Select allowClear style={{ minWidth: 140 }} options={EDUCATION.map((e) => ({ value: e, label: t(`people.educationValue.${e}`) }))} />
            </Form.Item>
            <Form.Item name="mandarinLevel" label={t("people.staff.mandarin")}>
              <Select allowClear style={{ minWidth: 140 }} options={MANDARIN.map((m) => ({ value: m, label: t(`people.mandarinValue.${m}`) }))} />
            </Form.Item>
          </Space>
          <Form.Item name="skills" label={t("people.staff.skills")} extra={t("people.staff.skillsHint")}>
            <Select mode="tags" tokenSeparators={[",", " "]} />
          </Form.Item>
          <Form.Item name="note" label={t("people.staff.note")}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal open={!!certFor} title={`${t("people.staff.addCertificate")} · ${certFor?.displayName ?? ""}`} onCancel={() => setCertFor(null)} onOk={() => void saveCert()} confirmLoading={busy} destroyOnHidden>
        <Form form={certForm} layout="vertical" initialValues={{ kind: "policyServicing" }}>
          <Form.Item name="kind" label={t("people.cert.kind")} rules={[{ required: true, message: t("common.required") }]}>
            <Select options={CERT_KINDS.map((k) => ({ value: k, label: t(`people.cert.kindValue.${k}`) }))} />
          </Form.Item>
          <Form.Item name="number" label={t("people.cert.number")} rules={[{ required: true, whitespace: true, message: t("common.required") }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Space wrap>
            <Form.Item name="issuedOn" label={t("people.cert.issuedOn")}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="expiresOn" label={t("people.cert.expiresOn")} extra={t("people.cert.noExpiry")}>
              <DatePicker />
            </Form.Item>
          </Space>
        </Form>
      </Modal>

      <Modal open={!!exitFor} title={`${t("people.staff.startExit")} · ${exitFor?.displayName ?? ""}`} onCancel={() => setExitFor(null)} onOk={() => void saveExit()} confirmLoading={busy} destroyOnHidden>
        <Form form={exitForm} layout="vertical">
          <Space wrap>
            <Form.Item name="noticeDate" label={t("people.exit.noticeDate")} rules={[{ required: true, message: t("common.required") }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="lastDay" label={t("people.exit.lastDay")} rules={[{ required: true, message: t("common.required") }]}>
              <DatePicker />
            </Form.Item>
          </Space>
          <Form.Item name="reason" label={t("people.exit.reason")}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
