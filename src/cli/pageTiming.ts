/**
 * Timing probes that run inside the page (handed to Playwright), measured with the page's own clock
 * (performance.now and event time stamps share its time origin, the navigation start).
 */

/** What the probes leave on `window.__bench`. */
export interface BenchProbe {
  /** Setup screen: when Start was first in the DOM, shown and enabled, and when the next frame was painted. */
  setupReady?: { dom: number; painted: number };
  /** Facilitator actions: the phase shown before and after, when the key was pressed, ms from then to the DOM change and to the painted frame. */
  transitions: { from: string; to: string; at: number; dom: number; painted: number }[];
  /** requestAnimationFrame time stamps while recording frames; undefined otherwise. */
  frames?: number[];
  /** When the board last described a finished view (its canvas's aria-label set), a sign that an animation ended. */
  boardShown?: number;
}

type BenchWindow = Window & { __bench: BenchProbe };

/**
 * Init script (runs before the app): records when the setup screen's Start button is first shown and enabled, and
 * times every Page Down to the change of the phase label. Self-contained, as Playwright hands it to the page as text.
 * It watches cheaply (a check per frame, an observer on the topbar only), so it hardly slows what it measures.
 */
export function installProbes(): void {
  const w = window as unknown as BenchWindow;
  w.__bench = { transitions: [] };
  /** Calls `then` with the time once the next frame is painted: a requestAnimationFrame, then a task after it. */
  const afterNextPaint = (then: (time: number) => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => then(performance.now());
      channel.port2.postMessage(undefined);
    });
  const checkSetup = () => {
    const start = document.querySelector<HTMLButtonElement>('[data-key="setup-start"]');
    if (!start || start.disabled || start.getClientRects().length === 0) return requestAnimationFrame(checkSetup);
    const dom = performance.now();
    return afterNextPaint((painted) => (w.__bench.setupReady = { dom, painted }));
  };
  requestAnimationFrame(checkSetup);
  const label = () => document.querySelector('#topbar .tb-phase')?.textContent ?? '';
  let pressed: { at: number; from: string } | undefined;
  window.addEventListener('keydown', (e) => {
    if (e.key === 'PageDown') pressed = { at: e.timeStamp, from: label() };
  }, { capture: true });
  // The app builds #topbar once the session storage has opened (after DOMContentLoaded) and keeps it for the page's life.
  const watchTopbar = () => {
    const topbar = document.getElementById('topbar');
    if (!topbar) return requestAnimationFrame(watchTopbar);
    return new MutationObserver(() => {
      const to = pressed && label();
      if (!pressed || to === pressed.from) return;
      const { at, from } = pressed;
      pressed = undefined;
      const dom = performance.now() - at;
      afterNextPaint((time) => w.__bench.transitions.push({ from, to: to!, at, dom, painted: time - at }));
    }).observe(topbar, { childList: true, subtree: true, characterData: true });
  };
  requestAnimationFrame(watchTopbar);
}

/** In the game: notes when the board shows a finished view (it sets its canvas's aria-label then). */
export function watchBoard(): void {
  const w = window as unknown as BenchWindow;
  const canvas = document.querySelector('#board canvas');
  if (canvas) new MutationObserver(() => (w.__bench.boardShown = performance.now())).observe(canvas, { attributeFilter: ['aria-label'] });
}

/** Starts collecting requestAnimationFrame time stamps until `stopFrames`. */
export function startFrames(): void {
  const w = window as unknown as BenchWindow;
  const frames: number[] = [];
  w.__bench.frames = frames;
  const tick = (time: number) => {
    if (w.__bench.frames !== frames) return;
    frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Stops collecting frames and returns their time stamps. */
export function stopFrames(): number[] {
  const w = window as unknown as BenchWindow;
  const frames = w.__bench.frames ?? [];
  w.__bench.frames = undefined;
  return frames;
}
