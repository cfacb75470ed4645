/** One district on the board: its colour, name and value, its blocks of flats and its badges; each part redrawn only when it changed. */
import Phaser from 'phaser';
import type { Slots } from './blocks';
import type { DistrictView } from './boardView';
import { INK, cssColour } from './colourScale';
import { blockGrid, inset, minBlockHeight, type Rect } from './layout';
import type { Marker } from './markers';
import { BADGE, DISTRICT } from './plan';
import { addText, paintBlock, placeBadges } from './sceneKit';

let tileCount = 0;

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
  private drawn = { name: '', value: '', ink: -1, colour: -1, blocks: '', markers: '' };

  constructor(
    private readonly scene: Phaser.Scene,
    readonly rect: Rect,
    private readonly resolution: number,
  ) {
    this.inner = inset(rect, Math.min(DISTRICT.pad, Math.round(rect.width * 0.06)));
    this.fill = scene.add.rectangle(rect.x, rect.y, rect.width, rect.height, 0x808080).setOrigin(0, 0).setStrokeStyle(DISTRICT.border, INK).setDepth(0);
    this.name = addText(scene, this.inner.x, this.inner.y, '', DISTRICT.nameSize, { bold: true, resolution }).setDepth(2);
    this.value = addText(scene, 0, 0, '', DISTRICT.valueSize, { bold: true, resolution }).setDepth(2);
    // All blocks of the district are painted into one canvas texture, redrawn only when they change: one image per frame, not hundreds of strokes.
    const key = `board-blocks-${(tileCount += 1)}`;
    this.blockCanvas = scene.textures.createCanvas(key, Math.max(1, Math.ceil(rect.width * resolution)), Math.max(1, Math.ceil(rect.height * resolution)))!;
    this.blocks = scene.add.image(rect.x, rect.y, key).setOrigin(0, 0).setScale(1 / resolution).setDepth(1);
  }

  /** Shows the district as the view says, redrawing only what changed. */
  show(view: DistrictView): void {
    this.setName(view.name, view.slots.length);
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
    if (this.slotCount !== slots.length) this.setName(this.drawn.name, slots.length);
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

  /** Fits the name, on one line with the value where the district is wide enough, else above it; then splits the interior. */
  private setName(name: string, slots: number): void {
    if (name === this.drawn.name && this.slotCount === slots) return;
    this.drawn.name = name;
    this.slotCount = slots;
    const fits = (size: number, room: number, wrap: number | null = null) => {
      this.name.setWordWrapWidth(wrap).setFontSize(size).setText(name);
      return this.name.width <= room;
    };
    const oneLineRoom = this.inner.width - DISTRICT.valueWidth;
    let size = DISTRICT.nameSize;
    while (!fits(size, oneLineRoom) && size > DISTRICT.minOneLineSize) size -= 2;
    const oneLine = this.name.width <= oneLineRoom;
    if (!oneLine) {
      size = DISTRICT.nameSize;
      while (!fits(size, this.inner.width) && size > DISTRICT.minNameSize) size -= 2;
    }
    if (this.name.width > this.inner.width) {
      // Still too wide ("Complex 5.2" in a narrow district): the name wraps, and shrinks until its longest word fits.
      size = DISTRICT.nameSize;
      while (!fits(size, this.inner.width, this.inner.width) && size > DISTRICT.smallestNameSize) size -= 2;
    }
    this.header = oneLine ? this.name.height : this.name.height + DISTRICT.lineGap + DISTRICT.valueSize + 6;
    this.placeValue();
    this.partition(slots);
    this.drawn.blocks = '';
    this.drawn.markers = '';
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
