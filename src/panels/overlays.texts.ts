/** Texts of the overlays (help, blank screen, damaged autosave, pause, refusals) in German and English. */
export const OVERLAY_TEXTS = {
  helpTitle: { de: 'Tastenkürzel', en: 'Keyboard shortcuts' },
  helpIntro: {
    de: 'Ein Präsentations-Klicker funktioniert wie Bild ↓ und Bild ↑, auch wenn eine Auswahlliste gewählt ist. In Eingabefeldern gelten die Tasten dem Feld.',
    en: 'A presentation clicker works like Page Down and Page Up, also while a drop-down list is selected. In input fields the keys belong to the field.',
  },
  keys: { de: 'Tasten', en: 'Keys' },
  does: { de: 'Wirkung', en: 'What it does' },
  or: { de: 'oder', en: 'or' },
  close: { de: 'Schließen', en: 'Close' },
  blanked: { de: 'Bildschirm schwarz. Eine beliebige Taste oder ein Klick holt ihn zurück.', en: 'Screen blanked. Any key or a click brings it back.' },
  damagedTitle: { de: 'Der letzte Spielstand lässt sich nicht wiederherstellen', en: 'The last session cannot be restored' },
  damagedChoice: {
    de: 'Sie können neu beginnen oder die beschädigten Daten als Datei sichern, um sie später prüfen zu lassen.',
    en: 'You can start fresh, or keep the damaged data as a file to have it looked at later.',
  },
  startFresh: { de: 'Neu beginnen', en: 'Start fresh' },
  downloadDamaged: { de: 'Beschädigte Daten herunterladen', en: 'Download the damaged data' },
  notice: { de: 'Hinweis', en: 'Notice' },
  ok: { de: 'OK', en: 'OK' },
  paused: { de: 'Pause', en: 'Paused' },
  pausedHint: { de: 'Weiter mit P oder „Fortsetzen“', en: 'Press P or “Resume” to go on' },
  refused: { de: 'Nicht möglich:', en: 'Not possible:' },
  dismiss: { de: 'Meldung schließen', en: 'Dismiss the message' },
};
