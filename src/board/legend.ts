/**
 * The legend under the map: the colour scale with its ends (the indicator's name is the picker above it, a DOM control),
 * and what blocks, badges and dots mean.
 */
import Phaser from 'phaser';
import { number } from '../scenario/numberFormat';
import type { Language } from '../scenario/schema';
import { FLATS_PER_BLOCK } from './blocks';
import { boardText } from './board.texts';
import type { BoardView } from './boardView';
import { INK, viridis } from './colourScale';
import type { Plan } from './plan';
import { addText, blockTexture, drawBadgeShape } from './sceneKit';
import type { DotTextures } from './yearAnimation';

const SCALE_WIDTH = 400;
const COLUMN_B = 480;
const COLUMN_GAP = 30;
const TEXT = 20;
const ICON_GAP = 10;
const PAIR_GAP = 26;

type Icon = Phaser.GameObjects.Graphics | Phaser.GameObjects.Image;

/** An icon followed by its words, laid out in a line after the previous pair. */
interface Pair {
  icon: Icon;
  iconWidth: number;
  text: Phaser.GameObjects.Text;
}

export class Legend {
  private readonly minText: Phaser.GameObjects.Text;
  private readonly maxText: Phaser.GameObjects.Text;
  private readonly blocks: [Pair, Pair];
  private readonly perBlock: Phaser.GameObjects.Text;
  private readonly running: Pair;
  private readonly proposed: Pair;
  private readonly flows: [Pair, Pair];
  private readonly perDot: Phaser.GameObjects.Text;
  private readonly objects: Phaser.GameObjects.GameObject[];
  private drawn = '';

  constructor(scene: Phaser.Scene, resolution: number, dots: DotTextures, private readonly place: Plan['legend']) {
    const { x, y, line } = place;
    const text = () => addText(scene, 0, 0, '', TEXT, { resolution });
    const shape = (draw: (g: Phaser.GameObjects.Graphics) => void, width: number): Pair => {
      const g = scene.add.graphics();
      draw(g);
      return { icon: g, iconWidth: width, text: text() };
    };
    const dot = (key: string): Pair => ({ icon: scene.add.image(0, 0, key).setOrigin(0, 0.5).setScale(1 / resolution), iconWidth: 22, text: text() });

    const bar = scene.add.graphics();
    const steps = 64;
    for (let i = 0; i < steps; i++) {
      bar.fillStyle(viridis(i / (steps - 1)), 1);
      bar.fillRect(x + (i * SCALE_WIDTH) / steps, y + line, SCALE_WIDTH / steps + 0.5, 24);
    }
    bar.lineStyle(2, INK, 1);
    bar.strokeRect(x, y + line, SCALE_WIDTH, 24);
    this.minText = addText(scene, x, y + 2 * line - 6, '', TEXT, { resolution });
    this.maxText = addText(scene, x + SCALE_WIDTH, y + 2 * line - 6, '', TEXT, { resolution }).setOrigin(1, 0);

    const block = (renovated: boolean): Pair => ({
      icon: scene.add.image(0, 0, blockTexture(scene, 30, 18, renovated, resolution)).setOrigin(0, 0.5).setScale(1 / resolution),
      iconWidth: 30,
      text: text(),
    });
    this.blocks = [block(true), block(false)];
    this.perBlock = addText(scene, COLUMN_B, y + line, '', TEXT, { resolution });
    this.running = shape((g) => drawBadgeShape(g, { x: 0, y: -13, width: 34, height: 26 }, 'running'), 34);
    this.proposed = shape((g) => drawBadgeShape(g, { x: 0, y: -13, width: 34, height: 26 }, 'proposed'), 34);
    this.flows = [dot(dots.out), dot(dots.in)];
    this.perDot = text();
    const pairs = [...this.blocks, this.running, this.proposed, ...this.flows].flatMap((p) => [p.icon, p.text]);
    this.objects = [bar, this.minText, this.maxText, this.perBlock, this.perDot, ...pairs];
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
  }

  show(view: BoardView, lang: Language, perDot: number): void {
    const key = `${lang}|${view.domainText.min}|${view.domainText.max}|${perDot}`;
    if (key === this.drawn) return;
    this.drawn = key;
    const { x, y, line, wide } = this.place;
    this.minText.setText(view.domainText.min);
    this.maxText.setText(view.domainText.max);
    this.blocks[0].text.setText(boardText('renovated', lang));
    this.blocks[1].text.setText(boardText('unrenovated', lang));
    this.perBlock.setText(boardText('perBlock', lang, number(FLATS_PER_BLOCK, lang)));
    this.running.text.setText(boardText('running', lang));
    this.proposed.text.setText(boardText('proposed', lang));
    this.flows[0].text.setText(boardText('movingOut', lang));
    this.flows[1].text.setText(boardText('movingIn', lang));
    this.perDot.setText(`(${boardText('perDot', lang, number(perDot, lang))})`);
    if (wide) {
      const blocksEnd = this.line([...this.blocks], COLUMN_B, y);
      this.perBlock.setPosition(COLUMN_B, y + line);
      // The badge column starts after the longer of the two block lines, whose length depends on the language.
      const columnC = Math.max(blocksEnd, this.perBlock.x + this.perBlock.width) + COLUMN_GAP;
      this.line([this.running], columnC, y);
      this.line([this.proposed], columnC, y + line);
      const after = this.line([...this.flows], COLUMN_B, y + 2 * line);
      this.perDot.setPosition(after + ICON_GAP, y + 2 * line);
      return;
    }
    // Narrow: the badges beside the colour scale, blocks and households on two lines of their own under it.
    this.line([this.running], COLUMN_B, y);
    this.line([this.proposed], COLUMN_B, y + line);
    const blocksEnd = this.line([...this.blocks], x, y + 3 * line);
    this.perBlock.setPosition(blocksEnd + COLUMN_GAP, y + 3 * line);
    const after = this.line([...this.flows], x, y + 4 * line);
    this.perDot.setPosition(after + ICON_GAP, y + 4 * line);
  }

  /** Places icon–text pairs in a line from `left`; returns where the line ends. */
  private line(pairs: Pair[], left: number, top: number): number {
    let at = left;
    for (const p of pairs) {
      p.icon.setPosition(at, top + p.text.height / 2);
      p.text.setPosition(at + p.iconWidth + ICON_GAP, top);
      at = p.text.x + p.text.width + PAIR_GAP;
    }
    return at - PAIR_GAP;
  }
}
