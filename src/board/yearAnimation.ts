/** Between two years: households' dots stream out and in, demolished blocks shrink away, colours settle; done in about two seconds. */
import Phaser from 'phaser';
import { blockChanges } from './blocks';
import type { BoardView, DistrictView } from './boardView';
import { inkOn, mix } from './colourScale';
import type { DistrictTile } from './districtTile';
import { dotAlpha, dotPaths, seededRandom, type DotCounts } from './flows';
import type { Rect } from './layout';
import { blockTexture } from './sceneKit';

/** Milliseconds from the start; the whole animation ends at `end`, well inside 2.5 s. */
export const TIMING = { stagger: 700, dot: 1000, demolishAt: 150, demolish: 750, switchAt: 1000, appear: 400, colour: 800, end: 1950 };

export interface DotTextures {
  out: string;
  in: string;
}

export class YearAnimation {
  private readonly tweens: Phaser.Tweens.Tween[] = [];
  private readonly timers: Phaser.Time.TimerEvent[] = [];
  private readonly objects: Phaser.GameObjects.GameObject[] = [];
  private finished = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly tiles: ReadonlyMap<string, DistrictTile>,
    private readonly before: BoardView,
    private readonly after: BoardView,
    private readonly onDone: () => void,
    /** The canvas resolution: textures are painted this much larger and shown scaled back. */
    private readonly scale: number,
  ) {}

  /** Starts every part; the board shows `after` when it ends or is cut short. */
  play(dots: DotCounts, bounds: Rect, textures: DotTextures): void {
    const previous = new Map(this.before.districts.map((d) => [d.id, d]));
    for (const next of this.after.districts) {
      const tile = this.tiles.get(next.id);
      const prev = previous.get(next.id);
      if (tile && prev) this.blocks(tile, prev, next);
    }
    this.colours(previous);
    const random = seededRandom(this.after.modelYear);
    for (const d of dots.districts) {
      const tile = this.tiles.get(d.id);
      if (tile) for (const path of dotPaths(tile.area(), bounds, d.out, d.in, random)) this.dot(path, textures);
    }
    this.timers.push(this.scene.time.delayedCall(TIMING.end, () => this.finish()));
  }

  /** Stops everything at once and leaves the board in the new year's state. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    for (const t of this.tweens) t.stop();
    for (const t of this.timers) t.remove(false);
    for (const o of this.objects) o.destroy();
    this.onDone();
  }

  private blocks(tile: DistrictTile, prev: DistrictView, next: DistrictView): void {
    if (prev.slots.length !== next.slots.length) {
      this.at(TIMING.switchAt, () => tile.drawBlocks(next.slots));
      return;
    }
    const changes = blockChanges(prev.slots, next.slots);
    tile.drawBlocks(prev.slots, new Set(changes.removed));
    const rects = tile.slotRects();
    for (const i of changes.removed) {
      const ghost = this.ghost(rects[i], prev.slots[i] === 'renovated');
      if (ghost) this.tween({ targets: ghost, scale: 0.15 / this.scale, alpha: 0, delay: TIMING.demolishAt, duration: TIMING.demolish, ease: 'Quad.easeIn' });
    }
    this.at(TIMING.switchAt, () => {
      tile.drawBlocks(next.slots, new Set(changes.added));
      for (const i of changes.added) {
        const ghost = this.ghost(rects[i], next.slots[i] === 'renovated');
        if (!ghost) continue;
        ghost.setAlpha(0).setScale(0.5 / this.scale);
        this.tween({ targets: ghost, scale: 1 / this.scale, alpha: 1, duration: TIMING.appear, ease: 'Back.easeOut' });
      }
    });
  }

  /** One block as its own image, centred on its slot, so it can shrink or grow. */
  private ghost(r: Rect | undefined, renovated: boolean): Phaser.GameObjects.Image | undefined {
    if (!r) return undefined;
    const key = blockTexture(this.scene, r.width, r.height, renovated, this.scale);
    const img = this.scene.add.image(r.x + r.width / 2, r.y + r.height / 2, key).setScale(1 / this.scale).setDepth(4);
    this.objects.push(img);
    return img;
  }

  /** Every district's colour glides to its new value; the number and the trend mark change halfway. */
  private colours(previous: ReadonlyMap<string, DistrictView>): void {
    const pairs = this.after.districts.flatMap((next) => {
      const tile = this.tiles.get(next.id);
      const prev = previous.get(next.id);
      return tile && prev ? [{ tile, prev, next }] : [];
    });
    for (const { tile, prev } of pairs) {
      tile.setValue(prev.valueText, prev.ink);
      tile.setTrend(prev.trend);
    }
    const counter = this.scene.tweens.addCounter({
      from: 0,
      to: 1,
      delay: TIMING.switchAt,
      duration: TIMING.colour,
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => {
        const t = tween.getValue() ?? 0;
        for (const { tile, prev, next } of pairs) {
          const colour = mix(prev.colour, next.colour, t);
          tile.setColour(colour);
          tile.setValue(t < 0.5 ? prev.valueText : next.valueText, inkOn(colour));
          tile.setTrend(t < 0.5 ? prev.trend : next.trend);
        }
      },
    });
    this.tweens.push(counter);
  }

  private dot(path: ReturnType<typeof dotPaths>[number], textures: DotTextures): void {
    const out = path.direction === 'out';
    const img = this.scene.add
      .image(path.from.x, path.from.y, out ? textures.out : textures.in)
      .setScale(1 / this.scale)
      .setDepth(5)
      .setAlpha(0);
    this.objects.push(img);
    this.tween({
      targets: img,
      x: path.to.x,
      y: path.to.y,
      delay: path.delay * TIMING.stagger,
      duration: TIMING.dot,
      ease: out ? 'Sine.easeIn' : 'Sine.easeOut',
      onUpdate: (tween) => img.setAlpha(dotAlpha(path.direction, tween.progress)),
    });
  }

  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    this.tweens.push(this.scene.tweens.add(config));
  }

  private at(ms: number, run: () => void): void {
    this.timers.push(this.scene.time.delayedCall(ms, run));
  }
}
