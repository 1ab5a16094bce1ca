/** D-01 meetings as the contracts show them (attendees by name). */
import type { MeetingResponse } from "@ccms/contracts";
import type { Executor, MeetingRow } from "@ccms/db";
import { parseJson } from "./parse-json.js";
import { usersByIds } from "./staff-in-scope.js";

export interface FocusIssue {
  text: string;
  ownerId?: string;
  done: boolean;
  followUps: Array<{ at: string; byId: string; note: string }>;
}

export async function presentMeetings(ex: Executor, rows: MeetingRow[]): Promise<MeetingResponse[]> {
  const attendeesOf = (r: MeetingRow) => parseJson<Array<{ userId: string; present: boolean; note?: string }>>(r.attendees, []);
  const names = await usersByIds(ex, rows.flatMap((r) => attendeesOf(r).map((a) => a.userId)));
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    businessDate: r.business_date,
    hostId: r.host_id,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    scheduledFrom: r.scheduled_from,
    scheduledTo: r.scheduled_to,
    attendees: attendeesOf(r).map((a) => ({ ...a, displayName: names.get(a.userId)?.displayName ?? null })),
    review: r.review,
    topics: parseJson<string[]>(r.topics, []),
    caseStudies: parseJson<Array<{ caseId?: string; title: string; notes?: string }>>(r.case_studies, []),
    focusIssues: parseJson<FocusIssue[]>(r.focus_issues, []),
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}
