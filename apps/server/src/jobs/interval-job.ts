/**
 * Background jobs: started when the server listens (never in tests, which inject and call the job's
 * use case with the test clock, or `runIntervalJobNow`); one run at a time in an instance; on
 * PostgreSQL one instance at a time (advisory lock, see job-lock.ts); stopped on close. `seconds <= 0`
 * disables.
 */
import type { FastifyInstance } from "fastify";
import type { JobLock } from "./job-lock.js";

interface JobEntry {
  running: boolean;
  tick(): Promise<"ran" | "skipped" | "busy">;
}

const locks = new WeakMap<FastifyInstance, JobLock>();
const jobs = new WeakMap<FastifyInstance, Map<string, JobEntry>>();

/** The app's job lock (set once when the app is built). */
export function useJobLock(app: FastifyInstance, lock: JobLock): void {
  locks.set(app, lock);
  app.addHook("onClose", async () => {
    await lock.close();
  });
}

function rootOf(app: FastifyInstance): FastifyInstance {
  // Plugins get child instances; the lock and the job list live on the root.
  let a = app as FastifyInstance & { parent?: FastifyInstance };
  while (!locks.has(a) && a.parent) a = a.parent as FastifyInstance & { parent?: FastifyInstance };
  return a;
}

export function installIntervalJob(app: FastifyInstance, name: string, seconds: number, run: () => Promise<unknown>): void {
  const root = rootOf(app);
  let list = jobs.get(root);
  if (!list) jobs.set(root, (list = new Map()));
  const entry: JobEntry = {
    running: false,
    async tick() {
      if (entry.running) return "busy";
      entry.running = true;
      try {
        const lock = locks.get(root);
        return lock ? await lock.runExclusive(name, run) : (await run(), "ran");
      } finally {
        entry.running = false;
      }
    },
  };
  list.set(name, entry);
  let timer: NodeJS.Timeout | undefined;
  app.addHook("onListen", async () => {
    if (seconds <= 0) return;
    timer = setInterval(() => {
      entry.tick().catch((err: unknown) => app.log.error({ err }, `${name} failed`));
    }, seconds * 1000);
    timer.unref();
  });
  app.addHook("onClose", async () => {
    if (timer) clearInterval(timer);
  });
}

/** One tick of a job now, as its timer would run it (tests; operations). */
export async function runIntervalJobNow(app: FastifyInstance, name: string): Promise<"ran" | "skipped" | "busy"> {
  const entry = jobs.get(rootOf(app))?.get(name);
  if (!entry) throw new Error(`no interval job named ${name}`);
  return entry.tick();
}
