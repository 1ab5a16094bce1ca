// `npm start`: install if needed, build, then serve API + web on http://localhost:3000 (PORT to change).
// Migrations run at boot; the demo organisation is loaded on first run (CCMS_DEMO=0 to skip).
// Listens on 127.0.0.1 unless HOST is set (K-06: the demo's published passwords stay on this machine;
// on any other address demo users must change the password at first sign-in).
import { spawn } from "node:child_process";
import { build, ensureDependencies, root } from "./lib.mjs";

ensureDependencies();
build();
const env = { ...process.env };
env.CCMS_DEMO ??= "1";
if (!env.HOST) env.HOST = "127.0.0.1";
env.CCMS_WEB_DIST ??= `${root}apps/web/dist`;
const child = spawn(process.execPath, [`${root}apps/server/dist/main.js`], { stdio: "inherit", env, cwd: root });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
