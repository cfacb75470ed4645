/** The guided first year: per phase, what happens now and why it matters, in German and English. */
import type { Phase } from '../../rules/types';
import type { LocalText } from '../../scenario/schema';

export const GUIDE_HINTS: Record<Exclude<Phase, 'debrief'>, LocalText> = {
  news: {
    de: 'Jede Runde beginnt mit Nachrichten: geplante Ereignisse und einige zufällige. Sie verändern das Quartier, was immer beschlossen wird – achten Sie darauf, was sie für Ihre Rolle bedeuten.',
    en: 'Each round begins with news: planned events and some drawn by chance. They change the neighbourhood whatever is decided – look for what they mean for your role.',
  },
  situation: {
    de: 'Hier steht, wie sich jeder Indikator in der letzten Runde bewegt hat und warum. Wo es schlechter wird, kann eine Karte helfen – das ist die Grundlage für Ihre Vorschläge.',
    en: 'Here is how each indicator moved last round, and why. Where things get worse, a card can help – this is what your proposals build on.',
  },
  briefings: {
    de: 'Das Briefing ist vertraulich: Ihre Ziele, Ihr Geld und was nur Sie in dieser Runde wissen. Ihre Wertung misst, wie sich das Quartier bei Ihren Zielen entwickelt – kennen Sie sie, bevor Sie Karten einbringen.',
    en: 'The briefing is private: your objectives, your money and what only you know this round. Your score measures how the neighbourhood moves on your objectives – know them before you table.',
  },
  proposals: {
    de: 'Jetzt kommen Karten auf den Tisch. Eine Karte braucht Geld: Bitten Sie Partner im Finanzierungsplan um Anteile. Ein Förderprogramm zahlt mit, wenn andere mitfinanzieren. Wählen Sie Karten, die Ihren Zielen dienen.',
    en: 'Now the cards go on the table. A card needs money: ask partners for shares in the financing split. A funding programme pays a share when others co-finance. Choose cards that serve your objectives.',
  },
  negotiation: {
    de: 'Jetzt entscheidet das Geld: Eine Karte scheitert bei der Umsetzung, wenn Zusagen und Fördergeld nicht reichen. Sagen Sie Karten zu, die Sie wollen, und lesen Sie die Antworten der Computer-Rollen auf Ihre Anfragen.',
    en: "Now money decides: a card fails at implementation when pledges and programme money fall short. Pledge to the cards you want, and read the computer roles' answers to what you asked.",
  },
  decision: {
    de: 'Die Entscheidungsregel zählt. Die Liste zeigt, welche Karten durchkämen und welchen Geld fehlt – jetzt ist die letzte Gelegenheit, das zu sehen.',
    en: 'The decision rule counts. The list shows which cards would pass and which lack money – this is the last chance to see it.',
  },
  implementation: {
    de: 'Beschlossene Karten werden bezahlt: Zusagen und Fördergeld; nicht gebrauchte Zusagen gehen zurück. Wem Geld fehlt, der scheitert hier.',
    en: 'Passed cards are paid for: pledges and programme money; pledges not needed go back. A card short of money fails here.',
  },
  simulation: {
    de: 'Das Modell rechnet die Jahre der Runde: Haushalte ziehen zu oder weg, Gebäude altern, Ereignisse und begonnene Maßnahmen wirken. Niemand handelt jetzt – die Karte zeigt die Folgen.',
    en: 'The model runs the round’s years: households move in or out, buildings age, events and started measures act. Nobody acts now – the board shows what follows.',
  },
  review: {
    de: 'Was sich geändert hat und warum: Vergleichen Sie es mit Ihren Zielen. Ihre Wertung folgt diesen Zahlen – in der nächsten Runde können Sie reagieren.',
    en: 'What changed and why: compare it with your objectives. Your score follows these numbers – next round you can react.',
  },
};

export const GUIDE = {
  label: { de: 'Hinweis für die erste Runde', en: 'Hint for the first round' },
  tutorialLabel: { de: 'Hinweis', en: 'Hint' },
  dismiss: { de: 'Verstanden', en: 'Got it' },
  off: { de: 'Keine Hinweise mehr', en: 'No more hints' },
} satisfies Record<string, LocalText>;
