import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { announcementText, createVoiceQueue } from "./voice";

class FakeUtterance {
  text: string;
  lang = "";
  rate = 1;
  volume = 1;
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

function installSpeech() {
  const spoken: FakeUtterance[] = [];
  const synth = { speak: (u: FakeUtterance) => spoken.push(u), cancel: vi.fn(), getVoices: () => [{ lang: "zh-CN", name: "zh" }] };
  (globalThis as Record<string, unknown>).window = { speechSynthesis: synth };
  (globalThis as Record<string, unknown>).SpeechSynthesisUtterance = FakeUtterance;
  return spoken;
}

describe("voice queue (Q-05)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    delete (globalThis as Record<string, unknown>).window;
    delete (globalThis as Record<string, unknown>).SpeechSynthesisUtterance;
  });

  it("Q-05 announces in Mandarin: 请A001号到3号窗口办理", () => {
    expect(announcementText("A001", 3)).toBe("请A001号到3号窗口办理");
    expect(announcementText("B012", null)).toBe("请B012号到窗口办理");
  });

  it("Q-05 speaks one call at a time and starts the next only on onend, so no call is cut off", () => {
    const spoken = installSpeech();
    const heard: string[] = [];
    const q = createVoiceQueue({ onSpeak: (t) => heard.push(t) });
    q.say("请A001号到3号窗口办理");
    q.say("请B002号到1号窗口办理");
    expect(spoken.map((u) => u.text)).toEqual(["请A001号到3号窗口办理"]);
    expect(spoken[0]!.lang).toBe("zh-CN");
    expect(q.pending()).toBe(2);
    spoken[0]!.onend!();
    expect(spoken.map((u) => u.text)).toEqual(["请A001号到3号窗口办理", "请B002号到1号窗口办理"]);
    spoken[1]!.onend!();
    expect(q.pending()).toBe(0);
    expect(heard).toEqual(["请A001号到3号窗口办理", "请B002号到1号窗口办理"]);
  });

  it("Q-05 repeats a call the asked number of times, each after the previous ends", () => {
    const spoken = installSpeech();
    const q = createVoiceQueue();
    q.say("请A001号到3号窗口办理", 2);
    expect(spoken).toHaveLength(1);
    spoken[0]!.onend!();
    expect(spoken).toHaveLength(2);
    expect(spoken[1]!.text).toBe("请A001号到3号窗口办理");
  });

  it("Q-05 an engine that never fires onend does not block the hall: the guard moves on", () => {
    const spoken = installSpeech();
    const q = createVoiceQueue({ maxMsPerUtterance: 5000 });
    q.say("first");
    q.say("second");
    vi.advanceTimersByTime(4999);
    expect(spoken).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(spoken.map((u) => u.text)).toEqual(["first", "second"]);
  });

  it("Q-05 without speech synthesis (headless) the text still goes through the queue in order", () => {
    const heard: string[] = [];
    const q = createVoiceQueue({ onSpeak: (t) => heard.push(t) });
    expect(q.supported).toBe(false);
    q.say("one");
    q.say("two");
    expect(heard).toEqual(["one"]);
    vi.advanceTimersByTime(1500);
    expect(heard).toEqual(["one", "two"]);
  });
});

describe("voice without a click on a signed-in display (issue 10)", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    delete (globalThis as Record<string, unknown>).window;
    delete (globalThis as Record<string, unknown>).SpeechSynthesisUtterance;
  });

  it("speaks at once; reports 'blocked' only when the browser refuses for want of a gesture", () => {
    const spoken: Array<{ text: string; onerror: ((e: unknown) => void) | null; onend: (() => void) | null; onstart?: () => void }> = [];
    (globalThis as Record<string, unknown>).window = { speechSynthesis: { speak: (u: any) => spoken.push(u), cancel: vi.fn(), getVoices: () => [] } };
    (globalThis as Record<string, unknown>).SpeechSynthesisUtterance = class {
      text: string;
      onerror = null;
      onend = null;
      constructor(t: string) {
        this.text = t;
      }
    };
    let blockedCalls = 0;
    let unblockedCalls = 0;
    const q = createVoiceQueue({ onBlocked: () => (blockedCalls += 1), onUnblocked: () => (unblockedCalls += 1) });
    q.probe();
    expect(spoken).toHaveLength(1); // a silent utterance, no click needed
    spoken[0]!.onerror!({ error: "interrupted" });
    expect(q.blocked()).toBe(false);
    q.say("请A001号到3号窗口办理");
    spoken[1]!.onerror!({ error: "not-allowed" });
    expect(q.blocked()).toBe(true);
    expect(blockedCalls).toBe(1);
    q.unlock(); // the fallback button
    expect(q.blocked()).toBe(false);
    expect(unblockedCalls).toBe(1);
  });
});
