/**
 * The legend under the map: the colour scale (the indicator's name is the picker above it, a DOM control) with what it
 * shows, the change since the game's start, and its ends; then what blocks, badges and dots mean (the trend marks'
 * key stands at the right end of the strip above, see strip.ts).
 */
import Phaser from 'phaser';
import { number } from '../scenario/numberFormat';
import type { Language } from '../scenario/schema';
import { FLATS_PER_BLOCK } from './blocks';
import { boardText } from './board.texts';
import type { BoardView } from './boardView';
import { INK, PAPER, judging, neutral } from './colourScale';
import type { Plan } from './plan';
import { addText, blockTexture, drawBadgeShape } from './sceneKit';
import type { DotTextures } from './yearAnimation';

const SCALE_WIDTH = 440;
const SCALE_HEIGHT = 30;
/** Where the key starts on the lines beside the colour scale. */
const COLUMN_B = 494;
const TEXT = 20;
const ICON_GAP = 10;
const PAIR_GAP = 26;
/** The key keeps this far from the board's right edge. */
const RIGHT_MARGIN = 20;
/** Lines the colour scale takes (picker, bar, ends); the key starts at COLUMN_B beside them and at the left below. */
const SCALE_LINES = 3;
/** The trend marks in the key: two small marks, up and better, down and worse. */
export const KEY_MARK = 24;

type Icon = Phaser.GameObjects.Graphics | Phaser.GameObjects.Image;

/** An icon followed by its words. */
interface Pair {
  icon: Icon;
  iconWidth: number;
  text: Phaser.GameObjects.Text;
}

/** Pairs and plain texts shown on one line of the key, in this order; a group never breaks across lines. */
type Group = (Pair | Phaser.GameObjects.Text)[];

export class Legend {
  private readonly bar: Phaser.GameObjects.Graphics;
  private readonly title: Phaser.GameObjects.Text;
  private readonly leftEnd: Phaser.GameObjects.Text;
  private readonly rightEnd: Phaser.GameObjects.Text;
  private readonly blocks: [Pair, Pair];
  private readonly perBlock: Phaser.GameObjects.Text;
  private readonly running: Pair;
  private readonly proposed: Pair;
  private readonly flows: [Pair, Pair];
  private readonly perDot: Phaser.GameObjects.Text;
  private readonly objects: Phaser.GameObjects.GameObject[];
  private drawn = '';

  constructor(
    scene: Phaser.Scene,
    resolution: number,
    dots: DotTextures,
    private readonly place: Plan['legend'],
    private readonly boardWidth: number,
  ) {
    const { x, y, line } = place;
    const text = () => addText(scene, 0, 0, '', TEXT, { resolution });
    const shape = (draw: (g: Phaser.GameObjects.Graphics) => void, width: number): Pair => {
      const g = scene.add.graphics();
      draw(g);
      return { icon: g, iconWidth: width, text: text() };
    };
    const dot = (key: string): Pair => ({ icon: scene.add.image(0, 0, key).setOrigin(0, 0.5).setScale(1 / resolution), iconWidth: 22, text: text() });

    this.bar = scene.add.graphics();
    this.title = addText(scene, x + SCALE_WIDTH / 2, y + line + (SCALE_HEIGHT - 26) / 2, '', TEXT, { bold: true, resolution }).setOrigin(0.5, 0);
    this.leftEnd = addText(scene, x, y + 2 * line - 2, '', TEXT, { resolution });
    this.rightEnd = addText(scene, x + SCALE_WIDTH, y + 2 * line - 2, '', TEXT, { resolution }).setOrigin(1, 0);

    const block = (renovated: boolean): Pair => ({
      icon: scene.add.image(0, 0, blockTexture(scene, 30, 18, renovated, resolution)).setOrigin(0, 0.5).setScale(1 / resolution),
      iconWidth: 30,
      text: text(),
    });
    this.blocks = [block(true), block(false)];
    this.perBlock = text();
    this.running = shape((g) => drawBadgeShape(g, { x: 0, y: -13, width: 34, height: 26 }, 'running'), 34);
    this.proposed = shape((g) => drawBadgeShape(g, { x: 0, y: -13, width: 34, height: 26 }, 'proposed'), 34);
    this.flows = [dot(dots.out), dot(dots.in)];
    this.perDot = text();
    const pairs = [...this.blocks, this.running, this.proposed, ...this.flows].flatMap((p) => [p.icon, p.text]);
    this.objects = [this.bar, this.title, this.leftEnd, this.rightEnd, this.perBlock, this.perDot, ...pairs];
  }

  destroy(): void {
    for (const o of this.objects) o.destroy();
  }

  show(view: BoardView, lang: Language, perDot: number): void {
    const { scale } = view;
    const key = `${lang}|${view.direction}|${scale.title}|${scale.left.word}|${scale.left.change}|${scale.right.change}|${perDot}`;
    if (key === this.drawn) return;
    this.drawn = key;
    this.drawBar(view.direction === 0 ? neutral : judging);
    this.title.setText(scale.title);
    this.leftEnd.setText(`${scale.left.word}: ${scale.left.change}`);
    this.rightEnd.setText(`${scale.right.word}: ${scale.right.change}`);
    this.blocks[0].text.setText(boardText('renovated', lang));
    this.blocks[1].text.setText(boardText('unrenovated', lang));
    this.perBlock.setText(boardText('perBlock', lang, number(FLATS_PER_BLOCK, lang)));
    this.running.text.setText(boardText('running', lang));
    this.proposed.text.setText(boardText('proposed', lang));
    this.flows[0].text.setText(boardText('movingOut', lang));
    this.flows[1].text.setText(boardText('movingIn', lang));
    this.perDot.setText(`(${boardText('perDot', lang, number(perDot, lang))})`);
    const groups: Group[] = [[...this.blocks, this.perBlock], [this.running], [this.proposed], [...this.flows, this.perDot]];
    this.flow(groups);
  }

  /** The scale's bar in the scale's colours, with a tick where nothing changed. */
  private drawBar(colourAt: (t: number) => number): void {
    const { x, y, line } = this.place;
    const g = this.bar.clear();
    const steps = 88;
    for (let i = 0; i < steps; i++) {
      g.fillStyle(colourAt(i / (steps - 1)), 1);
      g.fillRect(x + (i * SCALE_WIDTH) / steps, y + line, SCALE_WIDTH / steps + 0.5, SCALE_HEIGHT);
    }
    g.lineStyle(2, INK, 1);
    g.strokeRect(x, y + line, SCALE_WIDTH, SCALE_HEIGHT);
  }

  /**
   * Lays the groups out line by line, each on the first line where it fits: beside the colour scale from COLUMN_B on
   * its first lines, from the left edge below it.
   */
  private flow(groups: Group[]): void {
    const { x, y, line, lines } = this.place;
    const right = this.boardWidth - RIGHT_MARGIN;
    // Where each line ends so far (a gap before its start while empty).
    const ends = Array.from({ length: lines }, (_, i) => (i < SCALE_LINES ? COLUMN_B : x) - PAIR_GAP);
    for (const group of groups) {
      const width = this.groupWidth(group);
      let i = ends.findIndex((end) => end + PAIR_GAP + width <= right);
      // Nowhere room enough (not on the boards planned for): the line that ends first.
      if (i < 0) i = ends.indexOf(Math.min(...ends));
      ends[i] = this.line(group, ends[i]! + PAIR_GAP, y + i * line);
    }
  }

  private groupWidth(group: Group): number {
    let width = -PAIR_GAP;
    for (const item of group) width += PAIR_GAP + ('icon' in item ? item.iconWidth + ICON_GAP + item.text.width : item.width - PAIR_GAP + ICON_GAP);
    return width;
  }

  /** Places icon–text pairs and texts in a line from `left`; returns where the line ends. */
  private line(group: Group, left: number, top: number): number {
    let at = left;
    for (const item of group) {
      if ('icon' in item) {
        item.icon.setPosition(at, top + item.text.height / 2);
        item.text.setPosition(at + item.iconWidth + ICON_GAP, top);
        at = item.text.x + item.text.width + PAIR_GAP;
      } else {
        // A plain text follows its pair closely: "ziehen zu (je 25 Haushalte)".
        item.setPosition(at - PAIR_GAP + ICON_GAP, top);
        at = item.x + item.width + PAIR_GAP;
      }
    }
    return at - PAIR_GAP;
  }
}

/** A small trend mark for the key, as on the districts: a square in the tone with a white arrow. */
export function keyMark(g: Phaser.GameObjects.Graphics, left: number, direction: 'up' | 'down', tone: number): void {
  const s = KEY_MARK;
  const top = -s / 2;
  g.fillStyle(tone, 1).fillRoundedRect(left, top, s, s, 5);
  const c = { x: left + s / 2, y: 0 };
  const r = s * 0.34;
  const k = direction === 'up' ? 1 : -1;
  g.fillStyle(PAPER, 1).fillTriangle(c.x, c.y - k * r, c.x + r, c.y + k * r * 0.7, c.x - r, c.y + k * r * 0.7);
}
