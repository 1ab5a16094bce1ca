/**
 * Form errors announced (issue 18 item 4). antd's Form links an error to its field (aria-describedby,
 * aria-invalid) but does not announce it when it appears; this one polite live region, mounted once
 * in the shell, reads out every validation message as it is shown (WCAG 4.1.3 status messages).
 */
import { useEffect, useRef, useState } from "react";

const ERROR_SELECTOR = ".ant-form-item-explain-error";

export function FormErrorAnnouncer() {
  const [text, setText] = useState("");
  const last = useRef("");
  useEffect(() => {
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      window.clearTimeout(timer);
      // Collect after antd's show animation has inserted every message of the submit.
      timer = window.setTimeout(() => {
        const messages = [...document.querySelectorAll<HTMLElement>(ERROR_SELECTOR)].map((e) => e.innerText.trim()).filter(Boolean);
        const next = [...new Set(messages)].join("；");
        if (next && next !== last.current) setText(next);
        last.current = next;
      }, 150);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <div aria-live="assertive" role="alert" className="ccms-sr-only" data-testid="form-error-announcer">
      {text}
    </div>
  );
}
