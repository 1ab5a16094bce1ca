/** The hall devices' clock hook (CAL-04): re-read the view at the next opening boundary and every minute. */
import { useEffect, useRef } from "react";
import { RECHECK_MS, boundaryDelay } from "./shared-clock";

/** CAL-04 devices follow the clock: a timer to the next boundary and a re-check every minute. */
export function useOpeningClock(view: { at: string; nextChangeAt?: string | null } | undefined, reload: () => void) {
  const reloadRef = useRef(reload);
  reloadRef.current = reload;
  useEffect(() => {
    // Runs as the new view is committed: "now" is when the device received it.
    const received = Date.now();
    const delay = boundaryDelay(view, received, received);
    if (delay === null) return;
    const id = setTimeout(() => reloadRef.current(), delay);
    return () => clearTimeout(id);
  }, [view]);
  useEffect(() => {
    const id = setInterval(() => reloadRef.current(), RECHECK_MS);
    return () => clearInterval(id);
  }, []);
}
