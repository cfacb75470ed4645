/** The facilitator's commands as people read them, with their keys: shared by the topbar's buttons and the help overlay. */
import type { Command } from '../app/keyboard';
import type { Seat, Stance } from '../rules/types';
import type { Language, LocalText } from '../scenario/schema';

/** What each command does, as a button label and as a line of help. */
export const COMMAND_NAMES: Record<Command, LocalText> = {
  next: { de: 'Nächste Phase', en: 'Next phase' },
  previous: { de: 'Phase zurück', en: 'Previous phase' },
  pause: { de: 'Pause / weiter', en: 'Pause / resume' },
  undo: { de: 'Rückgängig', en: 'Undo' },
  blank: { de: 'Bildschirm schwarz', en: 'Blank the screen' },
  fullscreen: { de: 'Vollbild', en: 'Fullscreen' },
  help: { de: 'Hilfe', en: 'Help' },
  tools: { de: 'Moderation: Ereignis, Sitze, Regel, zur Einrichtung', en: 'Facilitation: events, seats, rule, back to setup' },
  close: { de: 'Fenster schließen', en: 'Close a window' },
};

/** The keys of each command, named as printed on German and English keyboards. */
export const COMMAND_KEYS: Record<Command, Record<Language, string[]>> = {
  next: { de: ['Bild ↓', '→', '↓'], en: ['Page Down', '→', '↓'] },
  previous: { de: ['Bild ↑', '←', '↑'], en: ['Page Up', '←', '↑'] },
  pause: { de: ['P'], en: ['P'] },
  undo: { de: ['Strg+Z'], en: ['Ctrl+Z'] },
  blank: { de: ['B', '.'], en: ['B', '.'] },
  fullscreen: { de: ['F'], en: ['F'] },
  help: { de: ['?', 'H'], en: ['?', 'H'] },
  tools: { de: ['M'], en: ['M'] },
  close: { de: ['Esc'], en: ['Esc'] },
};

/** Stances of the computer roles as players read them. */
export const STANCE_NAMES: Record<Stance, LocalText> = {
  cooperative: { de: 'kooperativ', en: 'cooperative' },
  pragmatic: { de: 'pragmatisch', en: 'pragmatic' },
  sectoral: { de: 'ressortbezogen', en: 'sectoral' },
  sceptical: { de: 'skeptisch', en: 'sceptical' },
};

/** Names that start a line or a heading (the rules' English names are written for the middle of a sentence). */
export const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const CONTROLLER_NAMES: Record<'human' | 'bot', LocalText> = {
  human: { de: 'Mensch', en: 'Human' },
  bot: { de: 'Computer', en: 'Computer' },
};

/** Who holds a seat: a person, or the computer with its stance. */
export function seatName(seat: Seat, lang: Language): string {
  return seat.controller === 'bot' ? `${CONTROLLER_NAMES.bot[lang]} (${STANCE_NAMES[seat.stance][lang]})` : CONTROLLER_NAMES.human[lang];
}
