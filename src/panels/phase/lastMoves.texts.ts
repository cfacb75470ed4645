/** Texts of the computer roles' last moves in negotiation, in German and English. */
import type { Language, LocalText } from '../../scenario/schema';

export const LAST_MOVES = {
  comingUp: {
    de: 'Weiter (Bild ↓) holt zuerst die letzten Züge der Computerrollen; danach können Sie noch antworten, bevor abgestimmt wird.',
    en: 'Next (Page Down) first asks the computer roles for their last moves; you can still answer them before the vote.',
  },
} satisfies Record<string, LocalText>;

export function movesMade(n: number, lang: Language): string {
  if (lang === 'de') {
    const what = n === 0 ? 'Die Computerrollen haben keine letzten Züge gemacht' : `Die Computerrollen haben ihre letzten Züge gemacht (${n} ${n === 1 ? 'Zug' : 'Züge'}, siehe die Karten)`;
    return `${what}. Weiter (Bild ↓) führt zur Abstimmung.`;
  }
  const what = n === 0 ? 'The computer roles made no last moves' : `The computer roles have made their last moves (${n} ${n === 1 ? 'move' : 'moves'}, see the cards)`;
  return `${what}. Next (Page Down) goes on to the decision.`;
}
