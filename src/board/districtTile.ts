/** One district on the board: its colour, name and value, its blocks of flats and its badges; each part redrawn only when it changed. */
import Phaser from 'phaser';
import type { Slots } from './blocks';
import type { DistrictView } from './boardView';
import { INK, PAPER, TONES, cssColour } from './colourScale';
import type { Trend } from './indicatorScale';
import { blockGrid, inset, minBlockHeight, type Rect } from './layout';
import type { Marker } from './markers';
import { BADGE, DISTRICT, MARK } from './plan';
import { addText, paintBlock, placeBadges } from './sceneKit';
import { wrapLabel } from './wrap';

let tileCount = 0;

/** Width kept for the value ("100 %") where the trend mark stands beside it under the name. */
const VALUE_RESERVE = 80;

/** A district's interior: the padding is smaller in narrow districts. */
const interior = (r: Rect) => inset(r, Math.min(DISTRICT.pad, Math.round(r.width * 0.06)));

/** Block size the grid aims for when there is room; narrower districts get smaller blocks. */
const COMFORT = { width: 30, height: 16, gap: 5 };

export class DistrictTile {
  private readonly fill: Phaser.GameObjects.Rectangle;
  private readonly name: Phaser.GameObjects.Text;
  private readonly value: Phaser.GameObjects.Text;
  /** The trend mark: a square in the tone of the verdict, ringed white, with an arrow. */
  private readonly mark: Phaser.GameObjects.Graphics;
  private readonly blocks: Phaser.GameObjects.Image;
  private readonly blockCanvas: Phaser.Textures.CanvasTexture;
  private badges: Phaser.GameObjects.Container[] = [];
  private inner: Rect;
  private header = 0;
  private blockArea: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private badgeArea: Rect = { x: 0, y: 0, width: 0, height: 0 };
  private grid: Rect[] = [];
  private slotCount = -1;
  /** The names last shown: another number of slots lays them out again. */
  private shownName = { name: '', shortName: '' };
  /** What each part was last drawn from (for the name: both names and the floor), so unchanged parts are not redrawn. */
  private drawn = { name: '', value: '', ink: -1, colour: -1, blocks: '', markers: '', trend: '' };
  /** Height of one line of the name as laid out, for centring the value and the mark on the first line. */
  private nameLine = 0;
  /** The inner width the district has on the full 1080-wide board. */
  private readonly fullWidth: number;
  /** The smallest size for the name: no name on a narrower board is smaller than the smallest text on the full one. */
  private floor = 0;
  /** The size the name has on the full-width board. */
  private fullNameSize: number = DISTRICT.nameSize;

  constructor(
    private readonly scene: Phaser.Scene,
    readonly rect: Rect,
    private readonly resolution: number,
    /** The district's rectangle on the full-width board (the same as `rect` there). */
    full: Rect = rect,
  ) {
    this.inner = interior(rect);
    this.fullWidth = interior(full).width;
    this.fill = scene.add.rectangle(rect.x, rect.y, rect.width, rect.height, 0x808080).setOrigin(0, 0).setStrokeStyle(DISTRICT.border, INK).setDepth(0);
    this.name = addText(scene, this.inner.x, this.inner.y, '', DISTRICT.nameSize, { bold: true, resolution }).setDepth(2);
    this.value = addText(scene, 0, 0, '', DISTRICT.valueSize, { bold: true, resolution }).setDepth(2);
    this.mark = scene.add.graphics().setDepth(2);
    // All blocks of the district are painted into one canvas texture, redrawn only when they change: one image per frame, not hundreds of strokes.
    const key = `board-blocks-${(tileCount += 1)}`;
    this.blockCanvas = scene.textures.createCanvas(key, Math.max(1, Math.ceil(rect.width * resolution)), Math.max(1, Math.ceil(rect.height * resolution)))!;
    this.blocks = scene.add.image(rect.x, rect.y, key).setOrigin(0, 0).setScale(1 / resolution).setDepth(1);
  }

  /** Shows the district as the view says, redrawing only what changed; its name is not set below `floor` (see BoardScene's nameFloor). */
  show(view: DistrictView, floor = 0): void {
    this.floor = floor;
    this.setName(view.name, view.shortName, view.slots.length);
    this.setColour(view.colour);
    this.setValue(view.valueText, view.ink);
    this.setTrend(view.trend);
    this.drawBlocks(view.slots);
    this.setMarkers(view.markers);
  }

  setColour(colour: number): void {
    if (colour === this.drawn.colour) return;
    this.drawn.colour = colour;
    this.fill.setFillStyle(colour, 1);
  }

  setValue(text: string, ink: number): void {
    if (text !== this.drawn.value) {
      this.drawn.value = text;
      this.value.setText(text);
      this.placeValue();
    }
    if (ink !== this.drawn.ink) {
      this.drawn.ink = ink;
      this.name.setColor(cssColour(ink));
      this.value.setColor(cssColour(ink));
    }
  }

  /** Draws the trend mark (nothing before the first year has run): an arrow up, down or ahead on the verdict's tone. */
  setTrend(trend: Trend | null): void {
    const key = trend ? `${trend.direction}:${trend.verdict}` : '';
    if (key === this.drawn.trend) return;
    this.drawn.trend = key;
    this.drawMark();
  }

  private drawMark(): void {
    const g = this.mark.clear();
    const [direction, verdict] = this.drawn.trend.split(':') as [Trend['direction'] | '', Trend['verdict']];
    if (!direction) return;
    const { size, ring } = MARK;
    const { x, y } = this.markAt;
    g.fillStyle(PAPER, 1).fillRoundedRect(x - ring, y - ring, size + 2 * ring, size + 2 * ring, 8);
    g.fillStyle(TONES[verdict], 1).fillRoundedRect(x, y, size, size, 6);
    // The arrow: a bold triangle, its tip towards the change, white on the tone.
    const c = { x: x + size / 2, y: y + size / 2 };
    const r = size * 0.34;
    const points =
      direction === 'up'
        ? [c.x, c.y - r, c.x + r, c.y + r * 0.7, c.x - r, c.y + r * 0.7]
        : direction === 'down'
          ? [c.x, c.y + r, c.x + r, c.y - r * 0.7, c.x - r, c.y - r * 0.7]
          : [c.x + r, c.y, c.x - r * 0.7, c.y + r, c.x - r * 0.7, c.y - r];
    g.fillStyle(PAPER, 1).fillTriangle(points[0]!, points[1]!, points[2]!, points[3]!, points[4]!, points[5]!);
  }

  /** Block slots in this district's grid, in board pixels. */
  slotRects(): readonly Rect[] {
    return this.grid;
  }

  /** Where households' dots start and end inside the district. */
  area(): Rect {
    return this.blockArea.height > 0 ? this.blockArea : this.inner;
  }

  /** Draws the slots' blocks, leaving out the `hidden` slots (animated separately). */
  drawBlocks(slots: Slots, hidden: ReadonlySet<number> = new Set()): void {
    if (this.slotCount !== slots.length) this.setName(this.shownName.name, this.shownName.shortName, slots.length);
    const key = `${this.grid.length}:${slots.map((s, i) => (hidden.has(i) || !s ? '_' : s[0])).join('')}`;
    if (key === this.drawn.blocks) return;
    this.drawn.blocks = key;
    const ctx = this.blockCanvas.context;
    ctx.clearRect(0, 0, this.blockCanvas.width, this.blockCanvas.height);
    slots.forEach((s, i) => {
      const r = this.grid[i];
      if (s && r && !hidden.has(i)) paintBlock(ctx, { ...r, x: r.x - this.rect.x, y: r.y - this.rect.y }, s === 'renovated', this.resolution);
    });
    this.blockCanvas.refresh();
  }

  setMarkers(markers: readonly Marker[]): void {
    const key = markers.map((m) => `${m.kind}:${m.name}:${m.count}`).join('|');
    if (key === this.drawn.markers) return;
    this.drawn.markers = key;
    for (const b of this.badges) b.destroy();
    this.badges = placeBadges(this.scene, markers, this.badgeArea, BADGE.districtLines, this.resolution, 3);
  }

  /**
   * Fits the name, on one line with the value where the district is wide enough, else above it, never below the floor;
   * where it still does not fit (a narrow board), the short name, and at last the short name wrapped onto as many
   * lines as it needs. The trend mark keeps the top right corner. Then splits the interior.
   */
  private setName(name: string, shortName: string, slots: number): void {
    this.shownName = { name, shortName };
    const key = `${name}|${shortName}|${this.floor}`;
    if (key === this.drawn.name && this.slotCount === slots) return;
    this.drawn.name = key;
    this.slotCount = slots;
    // The mark stands in the top right corner; where the name needs the whole width, beside the value under it.
    const below = this.inner.width >= VALUE_RESERVE + MARK.gap + MARK.size;
    let laid = this.layName(name, this.inner.width, this.floor);
    if (!laid.fits && below) laid = this.layName(name, this.inner.width, this.floor, DISTRICT.nameSize, true);
    // The short name is no larger than the whole one on the full-width board: it stands in for it, it is no headline.
    if (!laid.fits && shortName !== name) laid = this.layName(shortName, this.inner.width, this.floor, this.fullNameSize);
    if (!laid.fits && shortName !== name && below) laid = this.layName(shortName, this.inner.width, this.floor, this.fullNameSize, true);
    if (!laid.fits) {
      // At last the short name wraps as it must, between syllables too: never cut off.
      const room = Math.max(1, this.inner.width - MARK.size - MARK.gap);
      const lines = wrapLabel(shortName, room, this.measure) ?? [shortName];
      this.name.setText(lines.join('\n'));
      this.nameLine = this.name.height / lines.length;
      laid = { ...laid, oneLine: false, below: false };
    }
    this.markBelow = laid.below;
    const first = laid.below ? this.nameLine : Math.max(this.nameLine, MARK.size);
    this.name.setY(this.inner.y + (!laid.below && this.nameLine < MARK.size && this.name.height === this.nameLine ? (MARK.size - this.nameLine) / 2 : 0));
    const nameBottom = Math.max(this.name.y + this.name.height, this.inner.y + first);
    const valueLine = laid.below ? Math.max(DISTRICT.valueSize + 6, MARK.size + 2) : DISTRICT.valueSize + 6;
    this.header = laid.oneLine ? first : nameBottom - this.inner.y + DISTRICT.lineGap + valueLine;
    this.oneLine = laid.oneLine;
    this.placeValue();
    this.drawMark();
    this.partition(slots);
    this.drawn.blocks = '';
    this.drawn.markers = '';
  }

  /** Whether the mark stands beside the value under the name, not in the corner. */
  private markBelow = false;
  /** The mark's top left corner, set with the value. */
  private markAt = { x: 0, y: 0 };

  private oneLine = true;

  private readonly measure = (s: string) => {
    this.name.setText(s);
    return this.name.width;
  };

  /** The size the name has on the full 1080-wide board; the name is laid anew by the next `show`. */
  fullSize(name: string): number {
    this.drawn.name = '';
    this.fullNameSize = this.layName(name, this.fullWidth).size;
    return this.fullNameSize;
  }

  /**
   * Sets `name` at the largest size (from `largest` down, not below `floor`) that fits `width` beside the trend mark
   * (or, `below`, the whole width with the mark beside the value): with the value on its line, on a line of its own,
   * or on two lines broken between words or at the name's own hyphens.
   */
  private layName(name: string, width: number, floor = 0, largest: number = DISTRICT.nameSize, below = false): { size: number; oneLine: boolean; fits: boolean; below: boolean } {
    const room = below ? width : width - MARK.size - MARK.gap;
    const set = (size: number, lines: readonly string[]) => {
      this.name.setFontSize(size).setText(lines.join('\n'));
      this.nameLine = this.name.height / lines.length;
      return this.name.width;
    };
    let size = largest;
    if (!below) {
      const oneLineRoom = room - DISTRICT.valueWidth;
      while (set(size, [name]) > oneLineRoom && size > Math.max(DISTRICT.minOneLineSize, floor)) size -= 2;
      if (this.name.width <= oneLineRoom) return { size, oneLine: true, fits: true, below };
      size = largest;
    }
    while (set(size, [name]) > room && size > Math.max(DISTRICT.minNameSize, floor)) size -= 2;
    if (this.name.width <= room) return { size, oneLine: false, fits: true, below };
    // Still too wide ("Complex 5.2" in a narrow district): the name goes onto two lines, and shrinks until it fits so.
    for (size = largest; ; size -= 2) {
      this.name.setFontSize(size);
      const lines = wrapLabel(name, room, this.measure, 2, false);
      if (lines) {
        set(size, lines);
        return { size, oneLine: false, fits: true, below };
      }
      if (size - 2 < Math.max(DISTRICT.smallestNameSize, floor)) break;
    }
    set(size, [name]);
    return { size, oneLine: false, fits: false, below };
  }

  private placeValue(): void {
    const first = Math.max(this.nameLine, MARK.size);
    if (this.oneLine) this.value.setPosition(this.inner.x + this.inner.width - MARK.size - MARK.gap - this.value.width, this.inner.y + (first - this.value.height) / 2);
    else if (this.markBelow) this.value.setPosition(this.inner.x, this.inner.y + this.header - Math.max(DISTRICT.valueSize + 6, MARK.size + 2) / 2 - this.value.height / 2);
    else this.value.setPosition(this.inner.x, this.inner.y + this.header - DISTRICT.valueSize - 6);
    const at = this.markBelow
      ? { x: Math.min(this.inner.x + this.inner.width - MARK.size, this.value.x + this.value.width + MARK.gap), y: this.value.y + (this.value.height - MARK.size) / 2 }
      : { x: this.inner.x + this.inner.width - MARK.size, y: this.inner.y + Math.max(0, (this.nameLine - MARK.size) / 2) };
    if (at.x !== this.markAt.x || at.y !== this.markAt.y) {
      this.markAt = at;
      this.drawMark();
    }
  }

  /** Blocks get a comfortable height where there is room, never less than legible, and always leave room for a two-line badge. */
  private partition(slots: number): void {
    const top = this.inner.y + this.header + 6;
    const rest = this.inner.y + this.inner.height - top;
    const cols = Math.max(1, Math.floor((this.inner.width + COMFORT.gap) / (COMFORT.width + COMFORT.gap)));
    const comfortable = Math.ceil(slots / cols) * (COMFORT.height + COMFORT.gap) - COMFORT.gap;
    // Room for a badge of two lines: a long measure's name wraps rather than being cut.
    const oneBadgeRow = 2 * BADGE.lineHeight + 2 * BADGE.padY + 8;
    const height = Math.max(Math.min(comfortable, rest - oneBadgeRow), Math.min(minBlockHeight(this.inner.width, slots), rest));
    this.blockArea = { x: this.inner.x, y: top, width: this.inner.width, height: Math.max(0, height) };
    const badgeTop = top + this.blockArea.height + 8;
    this.badgeArea = { x: this.inner.x, y: badgeTop, width: this.inner.width, height: Math.max(0, this.inner.y + this.inner.height - badgeTop) };
    this.grid = blockGrid(this.blockArea, slots);
  }

  destroy(): void {
    for (const o of [this.fill, this.name, this.value, this.mark, this.blocks, ...this.badges]) o.destroy();
    this.blockCanvas.destroy();
    this.badges = [];
  }
}
