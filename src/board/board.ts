/** The projected board: one Phaser game in the #board region, drawn from the store and cleaned up on destroy. */
import Phaser from 'phaser';
import type { App, AppState } from '../app/store';
import { boardText } from './board.texts';
import { BoardScene } from './boardScene';
import type { BoardView } from './boardView';
import { indicatorPicker } from './indicatorPicker';
import { BOARD, boardPlan, type Plan } from './plan';

/** The plan that fills the #board region at its full height: the region's shape decides how wide the board is laid out. */
const planFor = (region: HTMLElement): Plan => {
  const { width, height } = region.getBoundingClientRect();
  return boardPlan(height > 0 ? (BOARD.height * width) / height : BOARD.width);
};

export function mountBoard(parent: HTMLElement, app: App): { destroy(): void } {
  // The canvas is drawn at the screen's pixel density (at most 2×) so text and lines stay sharp when scaled.
  const resolution = Math.min(2, Math.max(1, Math.round(window.devicePixelRatio || 1)));
  const picker = indicatorPicker(app);
  const host = document.createElement('div');
  host.className = 'board-canvas';
  host.style.width = '100%';
  host.style.height = '100%';
  parent.append(host, picker.element);

  let canvas: HTMLCanvasElement | undefined;
  /** The view last drawn: the scene may draw it before the canvas is handed over, and the label must follow then. */
  let described: BoardView | undefined;
  const describe = (view: BoardView) => {
    const { lang } = app.store.getState();
    described = view;
    canvas?.setAttribute('aria-label', `${boardText('mapLabel', lang)}: ${view.headline}. ${boardText('colourShows', lang)}: ${view.indicatorName}, ${view.scale.title}.`);
  };
  const scene = new BoardScene(resolution, describe, planFor(parent));
  const game = new Phaser.Game({
    // Canvas, not WebGL: the board is flat shapes, text and a few hundred dots. Where Chromium has no GPU
    // (headless, older laptops) WebGL runs in software at ~30 fps with GPU-stall warnings; canvas holds 60 fps.
    type: Phaser.CANVAS,
    parent: host,
    backgroundColor: '#e8e4da',
    banner: false,
    audio: { noAudio: true },
    // The board is for looking at; the DOM panels and the picker take all input, so no key is ever swallowed here.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    render: { antialias: true, pixelArt: false, roundPixels: false },
    scale: {
      mode: Phaser.Scale.FIT,
      autoCenter: Phaser.Scale.CENTER_BOTH,
      width: scene.plan.width * resolution,
      height: scene.plan.height * resolution,
    },
    scene,
  });

  /** Keeps the picker over the colour scale, at the canvas's scale, wherever the canvas was fitted. */
  const alignPicker = () => {
    if (!canvas) return;
    const c = canvas.getBoundingClientRect();
    const p = parent.getBoundingClientRect();
    const { width, picker: at } = scene.plan;
    const k = c.width / width;
    picker.element.style.transform = `scale(${k})`;
    picker.element.style.left = `${c.left - p.left + at.x * k}px`;
    picker.element.style.top = `${c.top - p.top + at.y * k}px`;
  };
  /** A region of another shape gets a plan of another width; the loop sleeps while the board is still, so it is woken to fit the canvas again. */
  const fit = () => {
    if (!canvas) return;
    const plan = planFor(parent);
    if (plan.width !== scene.plan.width) {
      game.scale.setGameSize(plan.width * resolution, plan.height * resolution);
      scene.relayout(plan);
    }
    // The game's resize event comes before the scene takes the new plan: the picker follows the plan in use now.
    alignPicker();
    scene.wake();
  };
  const resized = new ResizeObserver(fit);
  game.events.once(Phaser.Core.Events.READY, () => {
    canvas = game.canvas;
    canvas.setAttribute('role', 'img');
    if (described) describe(described);
    alignPicker();
    game.scale.on(Phaser.Scale.Events.RESIZE, alignPicker);
    resized.observe(parent);
  });
  // Browser tests read the sizes of the board's texts on screen, in CSS pixels; production builds leave this out.
  if (import.meta.env.DEV) {
    const textPx = () => {
      const k = canvas ? canvas.getBoundingClientRect().width / scene.plan.width : 0;
      return scene.textSizes().map((size) => size * k);
    };
    Object.assign(window, { __boardTextPx: textPx });
  }

  let last: Pick<AppState, 'live' | 'indicator' | 'lang' | 'scenario'> | undefined;
  const render = (s: AppState) => {
    picker.update(s);
    // Only what the board shows matters: panel-only changes (help, acting role) redraw nothing.
    if (last && last.live === s.live && last.indicator === s.indicator && last.lang === s.lang && last.scenario === s.scenario) return;
    last = { live: s.live, indicator: s.indicator, lang: s.lang, scenario: s.scenario };
    scene.render(s);
  };
  const unsubscribe = app.store.subscribe(render);
  render(app.store.getState());

  return {
    destroy() {
      unsubscribe();
      resized.disconnect();
      game.scale.off(Phaser.Scale.Events.RESIZE, alignPicker);
      // Phaser destroys the game on its next step, so a sleeping loop is woken for it.
      if (canvas) scene.wake();
      game.destroy(true);
      host.remove();
      picker.element.remove();
    },
  };
}
