/**
 * 031 Report templates (issue 16 item 3; I-04, seed 001 十, 003-2 Art.28): a submitted periodic report
 * records the template it was written after (null: the period's default) and the template's other
 * free-text sections (JSON {key: text}; summary and plan keep their own columns).
 */
import type { Migration } from "./migration-db.js";

export const m031ReportTemplates: Migration = {
  id: "031-report-templates",
  async up(db) {
    await db.schema.alterTable("report_submissions").addColumn("template", "text").execute();
    await db.schema.alterTable("report_submissions").addColumn("texts", "text").execute();
  },
};
