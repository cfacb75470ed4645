/** The row under the map: measures and proposals that act on the whole neighbourhood. */
import Phaser from 'phaser';
import type { Language } from '../scenario/schema';
import { boardText } from './board.texts';
import type { Rect } from './layout';
import type { Marker } from './markers';
import { BADGE } from './plan';
import { addText, placeBadges } from './sceneKit';

export class NeighbourhoodStrip {
  private readonly title: Phaser.GameObjects.Text;
  private badges: Phaser.GameObjects.Container[] = [];
  private drawn = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly resolution: number,
    private readonly rect: Rect,
  ) {
    this.title = addText(scene, rect.x, rect.y + 2, '', 22, { bold: true, resolution });
  }

  destroy(): void {
    for (const o of [this.title, ...this.badges]) o.destroy();
    this.badges = [];
  }

  show(markers: readonly Marker[], lang: Language): void {
    const key = `${lang}|${markers.map((m) => `${m.kind}:${m.name}:${m.count}`).join('|')}`;
    if (key === this.drawn) return;
    this.drawn = key;
    for (const b of this.badges) b.destroy();
    this.title.setText(markers.length > 0 ? `${boardText('wholeNeighbourhood', lang)}:` : '');
    const { x, y, width, height } = this.rect;
    const left = x + this.title.width + 14;
    this.badges = placeBadges(this.scene, markers, { x: left, y, width: x + width - left, height }, 1, BADGE.stripChars, this.resolution, 3);
  }
}
