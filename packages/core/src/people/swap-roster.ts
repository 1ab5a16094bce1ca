/**
 * P-06 an approved swap changes the published roster (issue 14 item 3 of the missing parts): on the
 * swap's date the requester and the colleague exchange their assignments; when only one of them is
 * rostered that day the other takes the shift over. Attendance (P-11) then measures against it.
 */
export interface SwapAssignment {
  userId: string;
  date: string;
  shiftCode: string;
  start: string;
  end: string;
}

export type SwapApplication =
  | { kind: "exchanged" | "taken_over"; assignments: SwapAssignment[]; changes: Array<{ userId: string; before: string | null; after: string | null }> }
  | { kind: "nothing_rostered"; assignments: []; changes: [] };

/** The two people's assignments on `date` after the swap (input: their assignments on that date). */
export function applySwap(onDate: readonly SwapAssignment[], requesterId: string, withUserId: string, date: string): SwapApplication {
  const a = onDate.find((x) => x.userId === requesterId && x.date === date);
  const b = onDate.find((x) => x.userId === withUserId && x.date === date);
  if (!a && !b) return { kind: "nothing_rostered", assignments: [], changes: [] };
  const assignments: SwapAssignment[] = [];
  if (b) assignments.push({ ...b, userId: requesterId });
  if (a) assignments.push({ ...a, userId: withUserId });
  return {
    kind: a && b ? "exchanged" : "taken_over",
    assignments,
    changes: [
      { userId: requesterId, before: a?.shiftCode ?? null, after: b?.shiftCode ?? null },
      { userId: withUserId, before: b?.shiftCode ?? null, after: a?.shiftCode ?? null },
    ],
  };
}
