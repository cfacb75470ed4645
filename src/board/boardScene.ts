/** The Phaser scene of the projected board: districts, headline, legend; it draws board views and animates the turn of a year. */
import Phaser from 'phaser';
import type { AppState } from '../app/store';
import { lastExplanation } from '../rules/explanations';
import { rulesFor } from '../rules/legacy';
import type { Scenario } from '../scenario/schema';
import { boardView, type BoardView } from './boardView';
import { BACKGROUND, BADGE, BOARD, boardPlan, HEADLINE, type Plan } from './plan';
import { DistrictTile } from './districtTile';
import { dotCounts, flowsFromReview } from './flows';
import { districtRects } from './layout';
import { Legend } from './legend';
import { reducedMotion } from './motion';
import { addText } from './sceneKit';
import { NeighbourhoodStrip } from './strip';
import { YearAnimation, type DotTextures } from './yearAnimation';

/** Frames drawn after the last change before the loop sleeps (a few, so the change is surely painted). */
const IDLE_FRAMES = 3;
const DOTS: DotTextures = { out: 'board-dot-out', in: 'board-dot-in' };
/** Size of a dot's texture, in board pixels. */
const DOT_SIZE = 22;

export class BoardScene extends Phaser.Scene {
  private tiles = new Map<string, DistrictTile>();
  private scenario?: Scenario;
  private headline!: Phaser.GameObjects.Text;
  private legend?: Legend;
  private strip?: NeighbourhoodStrip;
  private shown?: BoardView;
  private animation?: YearAnimation;
  private ready = false;
  /** The state last handed over: drawn once the scene is ready, and again for a new plan. */
  private latest?: AppState;
  private idleFrames = 0;
  /** The names the floor for names was worked out for, and its size. */
  private floor = { key: '', size: 0 };
  private current: Plan;

  constructor(
    private readonly resolution: number,
    private readonly onShown: (view: BoardView) => void,
    plan: Plan,
  ) {
    super({ key: 'board' });
    this.current = plan;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(BACKGROUND);
    this.dotTextures();
    this.headline = addText(this, HEADLINE.x, HEADLINE.y, '', HEADLINE.size, { bold: true, resolution: this.resolution });
    this.lay();
    this.ready = true;
    if (this.latest) this.render(this.latest);
  }

  /** The plan in use; the game's size is its size times the resolution. */
  get plan(): Plan {
    return this.current;
  }

  /** Lays the board out for a new plan (the screen changed shape) and draws the current state at once, without an animation. */
  relayout(plan: Plan): void {
    if (plan.width === this.current.width) return;
    this.current = plan;
    if (!this.ready) return;
    this.animation?.finish();
    this.lay();
    // Everything is drawn anew for the new plan, with no animation from the old one.
    this.scenario = undefined;
    this.shown = undefined;
    if (this.latest) this.render(this.latest);
  }

  /** Sizes of the texts on the board (not empty, not hidden), in board pixels: the smallest must stay legible. */
  textSizes(): number[] {
    const sizes: number[] = [];
    const visit = (objects: readonly Phaser.GameObjects.GameObject[], scale: number) => {
      for (const o of objects) {
        if (o instanceof Phaser.GameObjects.Container) {
          if (o.visible) visit(o.list, scale * o.scaleY);
        } else if (o instanceof Phaser.GameObjects.Text && o.visible && o.alpha > 0 && o.text.trim() !== '') {
          sizes.push(parseFloat(String(o.style.fontSize)) * scale * o.scaleY);
        }
      }
    };
    visit(this.children.list, 1);
    return sizes;
  }

  /** Camera, legend and strip for the current plan. */
  private lay(): void {
    const { width, height, legend, strip } = this.current;
    this.cameras.main.setZoom(this.resolution).centerOn(width / 2, height / 2);
    this.legend?.destroy();
    this.strip?.destroy();
    this.legend = new Legend(this, this.resolution, DOTS, legend, width);
    this.strip = new NeighbourhoodStrip(this, this.resolution, strip);
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

  /** Shows the store's state; a round's model years that just ran are animated, anything else is drawn at once. */
  render(s: AppState): void {
    this.latest = s;
    if (!this.ready) return;
    this.wake();
    if (!s.live || !s.scenario) return;
    if (s.scenario !== this.scenario) this.build(s.scenario);
    this.animation?.finish();
    const view = boardView(s.scenario, s.live, s.indicator, s.lang);
    const review = lastExplanation(rulesFor(s.scenario, s.live.session), s.live);
    const dots = dotCounts(flowsFromReview(review, s.scenario.districts.map((d) => d.id)));
    this.headline.setText(view.headline);
    this.fitHeadline();
    this.legend?.show(view, s.lang, dots.perDot);
    this.strip?.show(view.neighbourhood, s.lang, view.trendKey);
    const before = this.shown;
    // With reduced motion asked for, the new round is simply shown: no dots stream, nothing shrinks or glides.
    if (before && review && view.modelYear === before.modelYear + s.scenario.time.turnLength && before.indicator === view.indicator && !reducedMotion()) {
      for (const d of view.districts) this.tiles.get(d.id)?.setMarkers(d.markers);
      const animation = new YearAnimation(this, this.tiles, before, view, () => {
        if (this.animation === animation) this.animation = undefined;
        this.apply(view);
      }, this.resolution);
      this.animation = animation;
      this.shown = view;
      // Households leave towards, and arrive from, the edge of the map band.
      animation.play(dots, { x: 0, y: this.current.map.y, width: this.current.width, height: this.current.map.height }, DOTS);
      return;
    }
    this.apply(view);
  }

  private apply(view: BoardView): void {
    this.shown = view;
    const floor = this.nameFloor(view);
    for (const d of view.districts) this.tiles.get(d.id)?.show(d, floor);
    this.onShown(view);
  }

  /**
   * The smallest size a district's name may take: the smallest text of the full-width board (a badge's, or its smallest
   * name). A narrower board keeps it, so its smallest text is as large on screen as on the 1920 × 1080 one.
   */
  private nameFloor(view: BoardView): number {
    const key = view.districts.map((d) => d.name).join('|');
    if (key !== this.floor.key) {
      const sizes = view.districts.map((d) => this.tiles.get(d.id)?.fullSize(d.name) ?? BADGE.font);
      this.floor = { key, size: Math.min(BADGE.font, ...sizes) };
    }
    return this.floor.size;
  }

  private build(scenario: Scenario): void {
    for (const tile of this.tiles.values()) tile.destroy();
    this.tiles.clear();
    this.floor = { key: '', size: 0 };
    this.scenario = scenario;
    this.shown = undefined;
    const rects = districtRects(scenario.districts, this.current.map);
    // Where each district lies on the full-width board: the names' sizes there bound them on a narrower one (nameFloor).
    const full = districtRects(scenario.districts, boardPlan(BOARD.width).map);
    for (const d of scenario.districts) {
      const rect = rects.get(d.id);
      if (rect) this.tiles.set(d.id, new DistrictTile(this, rect, this.resolution, full.get(d.id)));
    }
  }

  private fitHeadline(): void {
    let size = HEADLINE.size;
    this.headline.setFontSize(size);
    while (this.headline.width > this.current.width - 2 * HEADLINE.x && size > 36) {
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
