/** The row under the map: measures and proposals that act on the whole neighbourhood, and at its right end the key to the trend marks. */
import Phaser from 'phaser';
import type { Language } from '../scenario/schema';
import { boardText } from './board.texts';
import { TONES } from './colourScale';
import type { Rect } from './layout';
import { KEY_MARK, keyMark } from './legend';
import type { Marker } from './markers';
import { BADGE } from './plan';
import { addText, placeBadges } from './sceneKit';

/** Room kept between the badges and the trend key. */
const KEY_GAP = 24;

export class NeighbourhoodStrip {
  private readonly title: Phaser.GameObjects.Text;
  private readonly keyIcon: Phaser.GameObjects.Graphics;
  private readonly keyText: Phaser.GameObjects.Text;
  private badges: Phaser.GameObjects.Container[] = [];
  private drawn = '';

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly resolution: number,
    private readonly rect: Rect,
  ) {
    this.title = addText(scene, rect.x, rect.y + 2, '', 22, { bold: true, resolution });
    this.keyText = addText(scene, 0, rect.y + 4, '', 20, { resolution }).setOrigin(1, 0);
    this.keyIcon = scene.add.graphics();
    keyMark(this.keyIcon, 0, 'up', TONES.good);
    keyMark(this.keyIcon, KEY_MARK + 4, 'down', TONES.bad);
  }

  destroy(): void {
    for (const o of [this.title, this.keyIcon, this.keyText, ...this.badges]) o.destroy();
    this.badges = [];
  }

  /** `trendKey`: what the districts' trend marks compare with ("im Jahr 1997"), null before the first year has run. */
  show(markers: readonly Marker[], lang: Language, trendKey: string | null): void {
    const key = `${lang}|${trendKey}|${markers.map((m) => `${m.kind}:${m.name}:${m.count}`).join('|')}`;
    if (key === this.drawn) return;
    this.drawn = key;
    for (const b of this.badges) b.destroy();
    const { x, y, width, height } = this.rect;
    const right = x + width;
    this.keyText.setText(trendKey ?? '').setPosition(right, y + (height - this.keyText.height) / 2);
    this.keyIcon.setVisible(trendKey !== null).setPosition(right - this.keyText.width - 10 - (2 * KEY_MARK + 4), y + height / 2);
    const badgesEnd = trendKey === null ? right : this.keyIcon.x - KEY_GAP;
    this.title.setText(markers.length > 0 ? `${boardText('wholeNeighbourhood', lang)}:` : '');
    const left = x + this.title.width + 14;
    this.badges = placeBadges(this.scene, markers, { x: left, y, width: badgesEnd - left, height }, BADGE.stripLines, this.resolution, 3);
  }
}
