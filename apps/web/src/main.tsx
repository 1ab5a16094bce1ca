import { type ReactNode, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./styles.css";

const root = createRoot(document.getElementById("root")!);
const render = (app: ReactNode) => root.render(<StrictMode>{app}</StrictMode>);

// Hall devices (kiosk, display, rating pad) load a small app of their own (DeviceApp.tsx, issue 12 item 9);
// everything else the staff app. Both are loaded on demand, so neither weighs on the other.
if (/^\/queue\/(kiosk|display|rating)(\/|$)/.test(window.location.pathname)) {
  void import("./DeviceApp").then(({ DeviceApp }) => render(<DeviceApp />));
} else {
  void import("./App").then(({ App }) => render(<App />));
}
