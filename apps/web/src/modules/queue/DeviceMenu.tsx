/**
 * The device's own settings and the staff menu of the hall devices (issue 10 item 1, issue 18): a long
 * press on the device name, the staff PIN, then large text, page-specific items and sign-out.
 * Device-only: a native <dialog> instead of antd Modal (issue 12 item 9).
 */
import { Button, Input, Switch } from "antd";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { api, errorText } from "../../api/client";
import { useApi } from "../../api/hooks";
import { useT } from "../../i18n";
import { type DeviceSession, deviceApi, isSessionLost } from "./api";

export interface DeviceSelf {
  id: string;
  orgUnitId: string;
  kind: string;
  name: string;
  windowId: string | null;
  largeText: boolean;
  hasPin: boolean;
}

/** The device's server-side settings (large text, window), re-read every minute. */
export function useDeviceSelf(session: DeviceSession, onLost: () => void) {
  const state = useApi(() => api.get<DeviceSelf>("/devices/self", undefined, { skipAuthRedirect: true }), [session.device.id]);
  const { reload } = state;
  useEffect(() => {
    const id = setInterval(() => void reload(), 60_000);
    return () => clearInterval(id);
  }, [reload]);
  useEffect(() => {
    if (state.error && isSessionLost(state.error)) onLost();
  }, [state.error, onLost]);
  return state;
}

export const LONG_PRESS_MS = 2000;

/**
 * The device's name in a corner: a long press (≥ 2 s, pointer or Enter/Space held) asks for the staff
 * PIN and opens the device menu. A tap or a double tap does nothing (issue 18 item 2).
 */
export function DeviceMenuButton(props: { name: string; onLongPress(): void; className?: string }) {
  const t = useT();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [pressing, setPressing] = useState(false);
  const start = () => {
    if (timer.current) return;
    setPressing(true);
    timer.current = setTimeout(() => {
      timer.current = null;
      setPressing(false);
      props.onLongPress();
    }, LONG_PRESS_MS);
  };
  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setPressing(false);
  };
  useEffect(() => () => stop(), []);
  return (
    <button
      type="button"
      className={`q-device-name${pressing ? " pressing" : ""}${props.className ? ` ${props.className}` : ""}`}
      onPointerDown={start}
      onPointerUp={stop}
      onPointerLeave={stop}
      onPointerCancel={stop}
      onContextMenu={(e) => e.preventDefault()}
      onKeyDown={(e) => {
        if ((e.key === "Enter" || e.key === " ") && !e.repeat) {
          e.preventDefault();
          start();
        }
      }}
      onKeyUp={(e) => {
        if (e.key === "Enter" || e.key === " ") stop();
      }}
      title={t("queue.device.longPress")}
      aria-label={`${props.name} · ${t("queue.device.longPress")}`}
      data-testid="device-name"
    >
      {props.name}
    </button>
  );
}

/** The staff menu behind the PIN: large text, page-specific items (window, voice) and sign-out. */
export function DeviceMenu(props: {
  open: boolean;
  session: DeviceSession;
  self: DeviceSelf | undefined;
  onClose(): void;
  onSignOut(): void;
  onChanged(): void;
  extra?: (pin: string, close: () => void) => ReactNode;
}) {
  const t = useT();
  const dev = useMemo(() => deviceApi(props.session), [props.session]);
  const [pin, setPin] = useState("");
  const [unlocked, setUnlocked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmOut, setConfirmOut] = useState(false);
  const close = useCallback(() => {
    setPin("");
    setUnlocked(null);
    setError(null);
    setConfirmOut(false);
    props.onClose();
  }, [props]);
  // The menu closes by itself after 2 minutes so it is never left open for customers.
  useEffect(() => {
    if (!props.open) return;
    const id = setTimeout(close, 120_000);
    return () => clearTimeout(id);
  }, [props.open, unlocked, close]);

  const unlock = async () => {
    setBusy(true);
    setError(null);
    try {
      await dev.post("/devices/self/unlock", { pin });
      setUnlocked(pin);
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
      setPin("");
    }
  };
  const setLargeText = async (on: boolean) => {
    if (!unlocked) return;
    setBusy(true);
    try {
      await dev.post("/devices/self/settings", { pin: unlocked, largeText: on });
      props.onChanged();
    } catch (e) {
      setError(errorText(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <MenuDialog open={props.open} onClose={close} title={t("queue.device.menuTitle")} closeLabel={t("common.close")}>
      {!unlocked ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void unlock();
          }}
        >
          <label htmlFor="q-device-pin" className="q-menu-label">
            {t("queue.device.pinLabel")}
          </label>
          <Input.Password
            id="q-device-pin"
            size="large"
            inputMode="numeric"
            autoComplete="off"
            maxLength={8}
            value={pin}
            onChange={(e) => setPin(e.target.value.replace(/\D/g, ""))}
            autoFocus
            data-testid="device-pin"
          />
          {props.self && !props.self.hasPin && <p className="q-menu-note">{t("queue.device.noPin")}</p>}
          {error && (
            <p className="q-menu-error" role="alert">
              {error}
            </p>
          )}
          <div className="q-menu-actions">
            <Button size="large" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button size="large" type="primary" htmlType="submit" loading={busy} disabled={pin.length < 4} data-testid="device-pin-submit">
              {t("queue.device.unlock")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="q-menu" data-testid="device-menu">
          <div className="q-menu-row">
            <span id="q-large-label">{t("queue.device.largeText")}</span>
            <Switch aria-labelledby="q-large-label" checked={!!props.self?.largeText} loading={busy} onChange={(v) => void setLargeText(v)} data-testid="device-large-text" />
          </div>
          {props.extra?.(unlocked, close)}
          {error && (
            <p className="q-menu-error" role="alert">
              {error}
            </p>
          )}
          <div className="q-menu-actions">
            {confirmOut ? (
              <>
                <span className="q-menu-note">{t("queue.device.signOutConfirm")}</span>
                <Button size="large" danger type="primary" onClick={props.onSignOut} data-testid="device-sign-out-confirm">
                  {t("queue.device.signOut")}
                </Button>
              </>
            ) : (
              <Button size="large" danger onClick={() => setConfirmOut(true)} data-testid="device-sign-out">
                {t("queue.device.signOut")}
              </Button>
            )}
            <Button size="large" type="primary" onClick={close}>
              {t("common.close")}
            </Button>
          </div>
        </div>
      )}
    </MenuDialog>
  );
}

/**
 * A modal <dialog> (top layer, focus kept inside, Esc closes): what the device menu needs of a modal
 * without antd Modal. Its content is unmounted while closed, so an entered PIN never lingers.
 */
function MenuDialog(props: { open: boolean; onClose(): void; title: string; closeLabel: string; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { open } = props;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === "function") d.showModal();
      else d.setAttribute("open", "");
    } else if (!open && d.open) {
      if (typeof d.close === "function") d.close();
      else d.removeAttribute("open");
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="q-device-menu q-menu-dialog"
      aria-labelledby={open ? "q-menu-title" : undefined}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog box itself, outside its panel) closes it.
        if (e.target === e.currentTarget) props.onClose();
      }}
    >
      {open && (
        <div className="q-menu-panel">
          <div className="q-menu-head">
            <h2 id="q-menu-title" className="q-menu-title">
              {props.title}
            </h2>
            <button type="button" className="q-menu-x" aria-label={props.closeLabel} onClick={props.onClose}>
              ×
            </button>
          </div>
          {props.children}
        </div>
      )}
    </dialog>
  );
}
