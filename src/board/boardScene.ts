/** The Phaser scene of the projected board: districts, headline, legend; it draws board views and animates the turn of a year. */
import Phaser from 'phaser';
import type { AppState } from '../app/store';
import type { Scenario } from '../scenario/schema';
import { boardView, type BoardView } from './boardView';
import { BACKGROUND, BOARD, HEADLINE, MAP } from './plan';
import { DistrictTile } from './districtTile';
import { dotCounts, flowsFromReview } from './flows';
import { districtRects, type Rect } from './layout';
import { Legend } from './legend';
import { addText } from './sceneKit';
import { NeighbourhoodStrip } from './strip';
import { YearAnimation, type DotTextures } from './yearAnimation';

/** Frames drawn after the last change before the loop sleeps (a few, so the change is surely painted). */
const IDLE_FRAMES = 3;
const DOTS: DotTextures = { out: 'board-dot-out', in: 'board-dot-in' };
/** Size of a dot's texture, in board pixels. */
const DOT_SIZE = 22;
/** Households leave towards, and arrive from, the edge of the map band. */
const EDGE: Rect = { x: 0, y: MAP.y, width: BOARD.width, height: MAP.height };

export class BoardScene extends Phaser.Scene {
  private tiles = new Map<string, DistrictTile>();
  private scenario?: Scenario;
  private headline!: Phaser.GameObjects.Text;
  private legend!: Legend;
  private strip!: NeighbourhoodStrip;
  private shown?: BoardView;
  private animation?: YearAnimation;
  private ready = false;
  private pending?: AppState;
  private idleFrames = 0;

  constructor(
    private readonly resolution: number,
    private readonly onShown: (view: BoardView) => void,
  ) {
    super({ key: 'board' });
  }

  create(): void {
    const camera = this.cameras.main;
    camera.setBackgroundColor(BACKGROUND);
    camera.setZoom(this.resolution).centerOn(BOARD.width / 2, BOARD.height / 2);
    this.dotTextures();
    this.headline = addText(this, HEADLINE.x, HEADLINE.y, '', HEADLINE.size, { bold: true, resolution: this.resolution });
    this.legend = new Legend(this, this.resolution, DOTS);
    this.strip = new NeighbourhoodStrip(this, this.resolution);
    this.ready = true;
    if (this.pending) this.render(this.pending);
  }

  /** The board sleeps while nothing moves: a projected game can rest on one phase for many minutes. */
  override update(): void {
    if (this.animation || this.tweens.getTweens().length > 0) this.idleFrames = 0;
    else if ((this.idleFrames += 1) > IDLE_FRAMES) this.game.loop.sleep();
  }

  /** Runs the game loop again, so a change (or a resize of the window) reaches the screen. */
  wake(): void {
    this.idleFrames = 0;
    this.game.loop.wake();
  }

  /** Shows the store's state; a model year that just advanced is animated, anything else is drawn at once. */
  render(s: AppState): void {
    if (!this.ready) {
      this.pending = s;
      return;
    }
    this.wake();
    if (!s.live || !s.scenario) return;
    if (s.scenario !== this.scenario) this.build(s.scenario);
    this.animation?.finish();
    const view = boardView(s.scenario, s.live, s.indicator, s.lang);
    const review = s.live.state.review;
    const dots = dotCounts(flowsFromReview(review, s.scenario.districts.map((d) => d.id)));
    this.headline.setText(view.headline);
    this.fitHeadline();
    this.legend.show(view, s.lang, dots.perDot);
    this.strip.show(view.neighbourhood, s.lang);
    const before = this.shown;
    if (before && review && view.modelYear === before.modelYear + 1 && before.indicator === view.indicator) {
      for (const d of view.districts) this.tiles.get(d.id)?.setMarkers(d.markers);
      const animation = new YearAnimation(this, this.tiles, before, view, () => {
        if (this.animation === animation) this.animation = undefined;
        this.apply(view);
      }, this.resolution);
      this.animation = animation;
      this.shown = view;
      animation.play(dots, EDGE, DOTS);
      return;
    }
    this.apply(view);
  }

  private apply(view: BoardView): void {
    this.shown = view;
    for (const d of view.districts) this.tiles.get(d.id)?.show(d);
    this.onShown(view);
  }

  private build(scenario: Scenario): void {
    for (const tile of this.tiles.values()) tile.destroy();
    this.tiles.clear();
    this.scenario = scenario;
    this.shown = undefined;
    const rects = districtRects(scenario.districts, MAP);
    for (const d of scenario.districts) {
      const rect = rects.get(d.id);
      if (rect) this.tiles.set(d.id, new DistrictTile(this, rect, this.resolution));
    }
  }

  private fitHeadline(): void {
    let size = HEADLINE.size;
    this.headline.setFontSize(size);
    while (this.headline.width > BOARD.width - 2 * HEADLINE.x && size > 36) {
      size -= 2;
      this.headline.setFontSize(size);
    }
    this.headline.setY(HEADLINE.y + (HEADLINE.size - size) / 2);
  }

  /** Households moving out are vermilion circles, moving in blue diamonds (Okabe–Ito), ringed white to stand out on any district. */
  private dotTextures(): void {
    const r = this.resolution;
    const s = DOT_SIZE * r;
    const c = s / 2;
    const out = this.add.graphics();
    out.fillStyle(0xffffff, 1).fillCircle(c, c, 10 * r);
    out.fillStyle(0xd55e00, 1).fillCircle(c, c, 7.5 * r);
    out.generateTexture(DOTS.out, s, s);
    out.destroy();
    const inward = this.add.graphics();
    const diamond = (half: number) => [
      new Phaser.Math.Vector2(c, c - half),
      new Phaser.Math.Vector2(c + half, c),
      new Phaser.Math.Vector2(c, c + half),
      new Phaser.Math.Vector2(c - half, c),
    ];
    inward.fillStyle(0xffffff, 1).fillPoints(diamond(11 * r), true);
    inward.fillStyle(0x0072b2, 1).fillPoints(diamond(8 * r), true);
    inward.generateTexture(DOTS.in, s, s);
    inward.destroy();
  }
}
