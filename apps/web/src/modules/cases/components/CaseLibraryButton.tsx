/**
 * I-03 "加入案例库" on a closed case: POST /information/knowledge/from-case makes (once per case) a draft
 * typical case referencing it; the page then links to the entry in the knowledge base. Shown only to
 * users with the knowledge write permission; the server decides (closed case, scope).
 */
import { BookOutlined } from "@ant-design/icons";
import type * as C from "@ccms/contracts";
import { Button, Flex, message } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { z } from "zod";
import { api, errorText } from "../../../api/client";
import { useAuth } from "../../../auth";
import { useT } from "../../../i18n";
import type { CaseDetail } from "../api";

type KnowledgeEntryView = z.infer<typeof C.KnowledgeEntryView>;
const FROM_CASE = "/information/knowledge/from-case";
const LIBRARY_STATES: ReadonlySet<string> = new Set(["closed", "archivedUnsatisfied"]);

export function CaseLibraryButton({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const { can } = useAuth();
  const [busy, setBusy] = useState(false);
  const [entry, setEntry] = useState<KnowledgeEntryView | null>(null);
  if (!can("information.knowledge.write") || !LIBRARY_STATES.has(detail.state)) return null;

  const add = async () => {
    setBusy(true);
    try {
      const e = await api.post<KnowledgeEntryView>(FROM_CASE, { caseId: detail.id });
      setEntry(e);
      void message.success(t("caseLinks.addedToLibrary", { title: e.title }));
    } catch (err) {
      void message.error(errorText(err, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex gap={8} wrap align="center" style={{ marginTop: 12 }} data-testid="case-library">
      <Button icon={<BookOutlined />} onClick={() => void add()} loading={busy} title={t("caseLinks.addToLibraryHint")} data-testid="case-add-to-library">
        {t("caseLinks.addToLibrary")}
      </Button>
      {entry && (
        <Link to={`/information/knowledge?entry=${encodeURIComponent(entry.id)}`} data-testid="case-library-entry">
          {t("caseLinks.openLibraryEntry")}
        </Link>
      )}
    </Flex>
  );
}
