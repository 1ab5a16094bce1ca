/** Full screen for the hall devices on the first touch. */
import { useEffect } from "react";

/** Keeps the screen awake-ish and full: requests fullscreen on the first touch where allowed. */
export function useFullscreenOnTouch() {
  useEffect(() => {
    const go = () => {
      if (!document.fullscreenElement && document.documentElement.requestFullscreen) {
        document.documentElement.requestFullscreen().catch(() => undefined);
      }
    };
    window.addEventListener("pointerdown", go, { once: true });
    return () => window.removeEventListener("pointerdown", go);
  }, []);
}
