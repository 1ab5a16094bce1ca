/**
 * Q-05 voice announcements with the browser's speech synthesis (Mandarin). Calls are queued and
 * spoken one at a time — the next starts on `onend` — so no call is cut off. Where speech is not
 * available (headless browsers, no voices, autoplay blocked) the queue still advances and the text
 * stays on screen.
 *
 * Issue 10: a signed-in display starts speaking without a click. Kiosk-mode Chromium started with
 * `--autoplay-policy=no-user-gesture-required` (docs/devices.md) allows speech at once; elsewhere the
 * engine answers an utterance with the error "not-allowed", reported through `onBlocked` so the page
 * shows "点击启用语音" only then.
 */
export function announcementText(number: string, windowNumber: number | null): string {
  return windowNumber == null ? `请${number}号到窗口办理` : `请${number}号到${windowNumber}号窗口办理`;
}

export interface VoiceQueue {
  say(text: string, repeat?: number): void;
  readonly supported: boolean;
  /** Length of the queue including the utterance being spoken. */
  pending(): number;
  /** Speak a silent utterance from a user gesture so later calls are allowed (autoplay policy). */
  unlock(): void;
  /** Try speech without a gesture (a silent utterance); `onBlocked` fires when the browser refuses. */
  probe(): void;
  /** True after the browser refused speech for want of a user gesture (until unlock() or a spoken call). */
  blocked(): boolean;
  cancel(): void;
}

/** The error of an utterance refused by the autoplay policy ("not-allowed"). */
export function isAutoplayRefusal(e: unknown): boolean {
  const code = (e as { error?: unknown } | null)?.error;
  return code === "not-allowed";
}

export function createVoiceQueue(
  opts: { lang?: string; rate?: number; maxMsPerUtterance?: number; onSpeak?(text: string): void; onBlocked?(): void; onUnblocked?(): void } = {},
): VoiceQueue {
  const synth: SpeechSynthesis | null = typeof window !== "undefined" && "speechSynthesis" in window ? window.speechSynthesis : null;
  const supported = !!synth && typeof SpeechSynthesisUtterance !== "undefined";
  const queue: string[] = [];
  let speaking = false;
  let guard: ReturnType<typeof setTimeout> | undefined;
  let isBlocked = false;
  const setBlocked = (b: boolean) => {
    if (b === isBlocked) return;
    isBlocked = b;
    if (b) opts.onBlocked?.();
    else opts.onUnblocked?.();
  };

  const next = () => {
    if (guard) clearTimeout(guard);
    guard = undefined;
    speaking = false;
    pump();
  };
  const pump = () => {
    if (speaking) return;
    const text = queue.shift();
    if (text === undefined) return;
    speaking = true;
    opts.onSpeak?.(text);
    if (!supported || !synth) {
      // No speech: keep the pace of a spoken call so the on-screen text follows the same order.
      guard = setTimeout(next, 1500);
      return;
    }
    try {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = opts.lang ?? "zh-CN";
      u.rate = opts.rate ?? 0.9;
      const voice = synth.getVoices().find((v) => v.lang.replace("_", "-").toLowerCase().startsWith("zh-cn"));
      if (voice) u.voice = voice;
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        next();
      };
      u.onstart = () => setBlocked(false);
      u.onend = () => {
        setBlocked(false);
        finish();
      };
      u.onerror = (e: unknown) => {
        if (isAutoplayRefusal(e)) setBlocked(true);
        finish();
      };
      // Some engines never fire onend: do not let one stuck call block the hall.
      guard = setTimeout(finish, opts.maxMsPerUtterance ?? 12_000);
      synth.speak(u);
    } catch {
      next();
    }
  };
  return {
    supported,
    say(text, repeat = 1) {
      for (let i = 0; i < Math.max(1, repeat); i += 1) queue.push(text);
      pump();
    },
    pending: () => queue.length + (speaking ? 1 : 0),
    unlock() {
      if (!supported || !synth) return;
      try {
        const u = new SpeechSynthesisUtterance(" ");
        u.volume = 0;
        synth.speak(u);
        setBlocked(false);
      } catch {}
    },
    probe() {
      if (!supported || !synth) return;
      try {
        const u = new SpeechSynthesisUtterance(" ");
        u.volume = 0;
        u.onerror = (e: unknown) => {
          if (isAutoplayRefusal(e)) setBlocked(true);
        };
        synth.speak(u);
      } catch {}
    },
    blocked: () => isBlocked,
    cancel() {
      queue.length = 0;
      try {
        synth?.cancel();
      } catch {}
      next();
    },
  };
}
