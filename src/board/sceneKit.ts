/** Small Phaser helpers shared by the board's pieces: crisp text, badges and blocks. */
import Phaser from 'phaser';
import { INK, PAPER, cssColour } from './colourScale';
import { dashedOutline, flowRow, hatchLines, type Rect } from './layout';
import { leadingPhrases, shortName, type Marker } from './markers';
import { BADGE, FONT } from './plan';

/** Text rendered at the canvas resolution, so it stays sharp on high-density screens. */
export function addText(scene: Phaser.Scene, x: number, y: number, text: string, size: number, options: { bold?: boolean; colour?: number; resolution: number }): Phaser.GameObjects.Text {
  return scene.add.text(x, y, text, {
    fontFamily: FONT,
    fontSize: `${size}px`,
    fontStyle: options.bold ? 'bold' : 'normal',
    color: cssColour(options.colour ?? INK),
    resolution: options.resolution,
  });
}

/**
 * Shortens a text until it fits `width`, keeping its `suffix` (a count): first to a leading phrase ("Wohnumfeld",
 * not "Wohnumfel…"), else cut with "…". Long names never spill out of their district.
 */
export function fitWidth(text: Phaser.GameObjects.Text, full: string, width: number, suffix = ''): void {
  text.setText(full + suffix);
  for (const phrase of leadingPhrases(full)) {
    if (text.width <= width) return;
    text.setText(phrase + suffix);
  }
  let n = full.length;
  while (n > 1 && text.width > width) {
    n -= 1;
    text.setText(`${full.slice(0, n).trimEnd()}…${suffix}`);
  }
}

/** A badge's look: solid ink for a measure in force, dashed outline for a proposal, plain outline for "+n more". */
export type BadgeKind = 'running' | 'proposed' | 'more';

export function addBadge(scene: Phaser.Scene, label: string, kind: BadgeKind, maxWidth: number, resolution: number, suffix = ''): Phaser.GameObjects.Container {
  const text = addText(scene, BADGE.padX, 0, label, BADGE.font, { bold: true, colour: kind === 'running' ? PAPER : INK, resolution });
  fitWidth(text, label, Math.max(10, maxWidth - 2 * BADGE.padX), suffix);
  text.setY((BADGE.height - text.height) / 2);
  const width = Math.min(maxWidth, text.width + 2 * BADGE.padX);
  const g = scene.add.graphics();
  drawBadgeShape(g, { x: 0, y: 0, width, height: BADGE.height }, kind);
  const c = scene.add.container(0, 0, [g, text]);
  c.setSize(width, BADGE.height);
  return c;
}

export function drawBadgeShape(g: Phaser.GameObjects.Graphics, r: Rect, kind: BadgeKind): void {
  if (kind !== 'proposed') {
    g.fillStyle(kind === 'running' ? INK : PAPER, 1);
    g.fillRoundedRect(r.x, r.y, r.width, r.height, BADGE.radius);
    g.lineStyle(2, kind === 'running' ? PAPER : INK, 1);
    g.strokeRoundedRect(r.x, r.y, r.width, r.height, BADGE.radius);
    return;
  }
  g.fillStyle(PAPER, 0.92);
  g.fillRect(r.x, r.y, r.width, r.height);
  // One path for all dashes: one stroke to paint, not forty.
  g.lineStyle(2.5, INK, 1);
  g.beginPath();
  for (const [a, b] of dashedOutline(r, 7, 4)) {
    g.moveTo(a.x, a.y);
    g.lineTo(b.x, b.y);
  }
  g.strokePath();
}

/** A block of flats painted on a 2D canvas: renovated solid, unrenovated hatched; both light with an ink outline, legible on every district colour. */
export function paintBlock(ctx: CanvasRenderingContext2D, r: Rect, renovated: boolean, scale: number): void {
  const x = r.x * scale;
  const y = r.y * scale;
  const w = r.width * scale;
  const h = r.height * scale;
  ctx.fillStyle = cssColour(PAPER);
  ctx.fillRect(x, y, w, h);
  ctx.strokeStyle = cssColour(INK);
  if (!renovated) {
    ctx.lineWidth = 1.5 * scale;
    ctx.beginPath();
    for (const [a, b] of hatchLines({ x, y, width: w, height: h }, 5 * scale)) {
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    }
    ctx.stroke();
  }
  ctx.lineWidth = 2 * scale;
  ctx.strokeRect(x + scale, y + scale, w - 2 * scale, h - 2 * scale);
}

/**
 * The texture of one block of the given size, painted once and shared: ghosts of demolished blocks and the legend use it.
 * Painted at `scale` times the size, so the image is shown at 1 / scale.
 */
export function blockTexture(scene: Phaser.Scene, width: number, height: number, renovated: boolean, scale: number): string {
  const key = `board-block-${renovated ? 'r' : 'u'}-${width.toFixed(1)}x${height.toFixed(1)}@${scale}`;
  if (!scene.textures.exists(key)) {
    const texture = scene.textures.createCanvas(key, Math.ceil(width * scale), Math.ceil(height * scale));
    if (texture) {
      paintBlock(texture.context, { x: 0, y: 0, width, height }, renovated, scale);
      texture.refresh();
    }
  }
  return key;
}

/**
 * Badges for the markers flowed into `area` (at most `maxRows` rows), names shortened to `maxChars`;
 * what does not fit is summed up in a "+n" badge.
 */
export function placeBadges(scene: Phaser.Scene, markers: readonly Marker[], area: Rect, maxRows: number, maxChars: number, resolution: number, depth: number): Phaser.GameObjects.Container[] {
  const badges = markers.map((m) => addBadge(scene, shortName(m.name, maxChars), m.kind, area.width, resolution, m.count > 1 ? ` ×${m.count}` : ''));
  const probe = addBadge(scene, `+${markers.length}`, 'more', area.width, resolution);
  const row = flowRow(badges.map((b) => b.width), area.width, BADGE.height, BADGE.gap, maxRows, probe.width);
  probe.destroy();
  const kept: Phaser.GameObjects.Container[] = [];
  badges.forEach((b, i) => {
    const p = row.placed[i];
    if (p) kept.push(b.setPosition(area.x + p.x, area.y + p.y).setDepth(depth));
    else b.destroy();
  });
  if (row.hidden > 0 && row.moreAt) kept.push(addBadge(scene, `+${row.hidden}`, 'more', area.width, resolution).setPosition(area.x + row.moreAt.x, area.y + row.moreAt.y).setDepth(depth));
  return kept;
}
