/** D-01 morning meeting 15–20 minutes before opening; manager and host arrive 5 minutes earlier. */
export function morningMeetingWindow(opening: Date): { from: Date; to: Date; arriveBy: Date } {
  const min = 60_000;
  const from = new Date(opening.getTime() - 20 * min);
  return { from, to: new Date(opening.getTime() - 15 * min), arriveBy: new Date(from.getTime() - 5 * min) };
}
