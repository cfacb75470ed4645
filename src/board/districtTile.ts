/** One district on the board: its colour, name and value, its blocks of flats and its badges; each part redrawn only when it changed. */
import Phaser from 'phaser';
import type { Slots } from './blocks';
import type { DistrictView } from './boardView';
import { INK, cssColour } from './colourScale';
import { blockGrid, inset, minBlockHeight, type Rect } from './layout';
import type { Marker } from './markers';
import { BADGE, DISTRICT } from './plan';
import { addText, fitWidth, paintBlock, placeBadges } from './sceneKit';

let tileCount = 0;

/** A district's interior: the padding is smaller in narrow districts. */
const interior = (r: Rect) => inset(r, Math.min(DISTRICT.pad, Math.round(r.width * 0.06)));

/** Block size the grid aims for when there is room; narrower districts get smaller blocks. */
const COMFORT = { width: 30, height: 16, gap: 5 };

export class DistrictTile {
  private readonly fill: Phaser.GameObjects.Rectangle;
  private readonly name: Phaser.GameObjects.Text;
  private readonly value: Phaser.GameObjects.Text;
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
  private drawn = { name: '', value: '', ink: -1, colour: -1, blocks: '', markers: '' };
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
    const maxRows = Math.floor((this.badgeArea.height + BADGE.gap) / (BADGE.height + BADGE.gap));
    this.badges = placeBadges(this.scene, markers, this.badgeArea, maxRows, BADGE.districtChars, this.resolution, 3);
  }

  /**
   * Fits the name, on one line with the value where the district is wide enough, else above it, never below the floor;
   * where it still does not fit (a narrow board), the short name, and at last a cut one. Then splits the interior.
   */
  private setName(name: string, shortName: string, slots: number): void {
    this.shownName = { name, shortName };
    const key = `${name}|${shortName}|${this.floor}`;
    if (key === this.drawn.name && this.slotCount === slots) return;
    this.drawn.name = key;
    this.slotCount = slots;
    let laid = this.layName(name, this.inner.width, this.floor);
    // The short name is no larger than the whole one on the full-width board: it stands in for it, it is no headline.
    if (!laid.fits && shortName !== name) laid = this.layName(shortName, this.inner.width, this.floor, this.fullNameSize);
    if (!laid.fits) {
      this.name.setWordWrapWidth(null);
      fitWidth(this.name, shortName, this.inner.width);
    }
    this.header = laid.oneLine ? this.name.height : this.name.height + DISTRICT.lineGap + DISTRICT.valueSize + 6;
    this.placeValue();
    this.partition(slots);
    this.drawn.blocks = '';
    this.drawn.markers = '';
  }

  /** The size the name has on the full 1080-wide board; the name is laid anew by the next `show`. */
  fullSize(name: string): number {
    this.drawn.name = '';
    this.fullNameSize = this.layName(name, this.fullWidth).size;
    return this.fullNameSize;
  }

  /** Sets `name` at the largest size (from `largest` down, not below `floor`) that fits `width`: beside the value, on a line of its own, or wrapped. */
  private layName(name: string, width: number, floor = 0, largest: number = DISTRICT.nameSize): { size: number; oneLine: boolean; fits: boolean } {
    const fits = (size: number, room: number, wrap: number | null = null) => {
      this.name.setWordWrapWidth(wrap).setFontSize(size).setText(name);
      return this.name.width <= room;
    };
    const oneLineRoom = width - DISTRICT.valueWidth;
    let size = largest;
    while (!fits(size, oneLineRoom) && size > Math.max(DISTRICT.minOneLineSize, floor)) size -= 2;
    if (this.name.width <= oneLineRoom) return { size, oneLine: true, fits: true };
    size = largest;
    while (!fits(size, width) && size > Math.max(DISTRICT.minNameSize, floor)) size -= 2;
    if (this.name.width <= width) return { size, oneLine: false, fits: true };
    // Still too wide ("Complex 5.2" in a narrow district): the name wraps, and shrinks until its longest word fits.
    size = largest;
    while (!fits(size, width, width) && size > Math.max(DISTRICT.smallestNameSize, floor)) size -= 2;
    return { size, oneLine: false, fits: this.name.width <= width };
  }

  private placeValue(): void {
    const oneLine = this.header <= this.name.height;
    if (oneLine) this.value.setPosition(this.inner.x + this.inner.width - this.value.width, this.inner.y + (this.name.height - this.value.height) / 2);
    else this.value.setPosition(this.inner.x, this.inner.y + this.name.height + DISTRICT.lineGap);
  }

  /** Blocks get a comfortable height where there is room, never less than legible, and always leave one row for badges. */
  private partition(slots: number): void {
    const top = this.inner.y + this.header + 6;
    const rest = this.inner.y + this.inner.height - top;
    const cols = Math.max(1, Math.floor((this.inner.width + COMFORT.gap) / (COMFORT.width + COMFORT.gap)));
    const comfortable = Math.ceil(slots / cols) * (COMFORT.height + COMFORT.gap) - COMFORT.gap;
    const oneBadgeRow = BADGE.height + 8;
    const height = Math.max(Math.min(comfortable, rest - oneBadgeRow), Math.min(minBlockHeight(this.inner.width, slots), rest));
    this.blockArea = { x: this.inner.x, y: top, width: this.inner.width, height: Math.max(0, height) };
    const badgeTop = top + this.blockArea.height + 8;
    this.badgeArea = { x: this.inner.x, y: badgeTop, width: this.inner.width, height: Math.max(0, this.inner.y + this.inner.height - badgeTop) };
    this.grid = blockGrid(this.blockArea, slots);
  }

  destroy(): void {
    for (const o of [this.fill, this.name, this.value, this.blocks, ...this.badges]) o.destroy();
    this.blockCanvas.destroy();
    this.badges = [];
  }
}
