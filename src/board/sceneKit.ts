/** Small Phaser helpers shared by the board's pieces: crisp text, badges and blocks. */
import Phaser from 'phaser';
import { INK, PAPER, cssColour } from './colourScale';
import { dashedOutline, flowBoxes, hatchLines, type Rect } from './layout';
import { leadingPhrases, type Marker } from './markers';
import { wrapLabel } from './wrap';
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

/** A badge's look: solid ink for a measure in force, dashed outline for a proposal, plain outline for "+n more". */
export type BadgeKind = 'running' | 'proposed' | 'more';

/**
 * The badge's text in lines no wider than `width`, at most `maxLines`: the whole name if it fits so, else its leading
 * phrases ("Wohnumfeld" of "Wohnumfeld und Höfe"); undefined when none fits (the badge then joins the "+n").
 */
export function badgeLines(text: Phaser.GameObjects.Text, name: string, width: number, maxLines: number, suffix = ''): string[] | undefined {
  const measure = (s: string) => {
    text.setText(s);
    return text.width;
  };
  // The count stays with the last word: a non-breaking space joins them.
  const glued = (s: string) => (suffix ? `${s}${suffix.replace(/^ /, '\u00a0')}` : s);
  for (const candidate of [name, ...leadingPhrases(name)]) {
    const lines = wrapLabel(glued(candidate), width, measure, maxLines);
    if (lines) return lines;
  }
  return undefined;
}

/** A badge with its lines, or undefined when its name does not fit `maxWidth` in `maxLines` lines. */
export function addBadge(scene: Phaser.Scene, label: string, kind: BadgeKind, maxWidth: number, resolution: number, suffix = '', maxLines = 1): Phaser.GameObjects.Container | undefined {
  const text = addText(scene, BADGE.padX, BADGE.padY, label, BADGE.font, { bold: true, colour: kind === 'running' ? PAPER : INK, resolution });
  text.setLineSpacing(BADGE.lineSpacing);
  const lines = badgeLines(text, label, Math.max(10, maxWidth - 2 * BADGE.padX), maxLines, suffix);
  if (!lines) {
    text.destroy();
    return undefined;
  }
  text.setText(lines.join('\n'));
  const width = text.width + 2 * BADGE.padX;
  const height = lines.length === 1 ? BADGE.height : text.height + 2 * BADGE.padY;
  if (lines.length === 1) text.setY((BADGE.height - text.height) / 2);
  const g = scene.add.graphics();
  drawBadgeShape(g, { x: 0, y: 0, width, height }, kind);
  const c = scene.add.container(0, 0, [g, text]);
  c.setSize(width, height);
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
 * Badges for the markers flowed into `area`, each of at most `maxLines` lines; what does not fit (a name too long for
 * the area even when wrapped, or no room left) is summed up in a "+n" badge. Nothing is cut off.
 */
export function placeBadges(scene: Phaser.Scene, markers: readonly Marker[], area: Rect, maxLines: number, resolution: number, depth: number): Phaser.GameObjects.Container[] {
  if (markers.length === 0) return [];
  // No more lines than the area is high for.
  const lines = Math.max(1, Math.min(maxLines, Math.floor((area.height - 2 * BADGE.padY) / BADGE.lineHeight)));
  const probe = addBadge(scene, `+${markers.length}`, 'more', Infinity, resolution)!;
  const more = { width: probe.width, height: probe.height };
  probe.destroy();
  const lay = (n: number) => {
    const badges = markers.map((m) => addBadge(scene, m.name, m.kind, area.width, resolution, m.count > 1 ? ` ×${m.count}` : '', n));
    // A badge that could not be laid out counts as wider than the area: it never fits, and the "+n" counts it.
    const sizes = badges.map((b) => (b ? { width: b.width, height: b.height } : { width: Infinity, height: BADGE.height }));
    return { badges, flow: flowBoxes(sizes, area.width, area.height, BADGE.gap, more) };
  };
  // Wrapped badges say more, one-line badges leave room for more of them: whichever shows more badges.
  let { badges, flow } = lay(lines);
  if (lines > 1 && flow.hidden > 0) {
    const single = lay(1);
    const better = single.flow.hidden < flow.hidden;
    for (const b of (better ? badges : single.badges)) b?.destroy();
    if (better) ({ badges, flow } = single);
  }
  const kept: Phaser.GameObjects.Container[] = [];
  badges.forEach((b, i) => {
    const p = flow.placed[i];
    if (b && p) kept.push(b.setPosition(area.x + p.x, area.y + p.y).setDepth(depth));
    else b?.destroy();
  });
  if (flow.hidden > 0 && flow.moreAt) kept.push(addBadge(scene, `+${flow.hidden}`, 'more', Infinity, resolution)!.setPosition(area.x + flow.moreAt.x, area.y + flow.moreAt.y).setDepth(depth));
  return kept;
}
