/** The projected board: one Phaser game in the #board region, drawn from the store and cleaned up on destroy. */
import Phaser from 'phaser';
import type { App, AppState } from '../app/store';
import { boardText } from './board.texts';
import { BoardScene } from './boardScene';
import type { BoardView } from './boardView';
import { indicatorPicker } from './indicatorPicker';
import { BOARD, PICKER } from './plan';

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
    canvas?.setAttribute('aria-label', `${boardText('mapLabel', lang)}: ${view.headline}. ${boardText('colourShows', lang)}: ${view.indicatorName}.`);
  };
  const scene = new BoardScene(resolution, describe);
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
      width: BOARD.width * resolution,
      height: BOARD.height * resolution,
    },
    scene,
  });

  /** Keeps the picker over the colour scale, at the canvas's scale, wherever the canvas was fitted. */
  const alignPicker = () => {
    if (!canvas) return;
    const c = canvas.getBoundingClientRect();
    const p = parent.getBoundingClientRect();
    const k = c.width / BOARD.width;
    picker.element.style.transform = `scale(${k})`;
    picker.element.style.left = `${c.left - p.left + PICKER.x * k}px`;
    picker.element.style.top = `${c.top - p.top + PICKER.y * k}px`;
  };
  // The loop sleeps while the board is still; a new window size must wake it so the canvas is fitted again.
  const onWindowResize = () => {
    if (canvas) scene.wake();
  };
  game.events.once(Phaser.Core.Events.READY, () => {
    canvas = game.canvas;
    canvas.setAttribute('role', 'img');
    if (described) describe(described);
    alignPicker();
    game.scale.on(Phaser.Scale.Events.RESIZE, alignPicker);
    window.addEventListener('resize', onWindowResize);
  });

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
      window.removeEventListener('resize', onWindowResize);
      game.scale.off(Phaser.Scale.Events.RESIZE, alignPicker);
      // Phaser destroys the game on its next step, so a sleeping loop is woken for it.
      if (canvas) scene.wake();
      game.destroy(true);
      host.remove();
      picker.element.remove();
    },
  };
}
