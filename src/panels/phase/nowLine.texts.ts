/** The "now:" line in German and English: the acting role's moves joined into one sentence, or what the phase is for. */
import type { Language } from '../../scenario/schema';
import type { NowFacts, NowPart } from './nowLine';

const cards = (n: number, lang: Language) => (lang === 'de' ? (n === 1 ? 'eine Karte' : `${n} Karten`) : n === 1 ? 'one card' : `${n} cards`);

const PART: { [K in NowPart['kind']]: Record<Language, (p: Extract<NowPart, { kind: K }>) => string> } = {
  table: {
    de: (p) => (p.left === p.max ? `bis zu ${cards(p.left, 'de')} einbringen` : p.left === 1 ? 'noch eine Karte einbringen' : `noch bis zu ${p.left} Karten einbringen`),
    en: (p) => (p.left === p.max ? `table up to ${cards(p.left, 'en')}` : p.left === 1 ? 'table one more card' : `table up to ${p.left} more cards`),
  },
  tableDone: {
    de: (p) => (p.max === 1 ? 'Ihre Karte liegt schon auf dem Tisch' : `Ihre ${p.max} Karten liegen schon auf dem Tisch`),
    en: (p) => (p.max === 1 ? 'your card is on the table' : `your ${p.max} cards are on the table`),
  },
  amend: { de: () => 'eigene Karten ändern', en: () => 'amend your own cards' },
  pledge: {
    de: () => 'bei einer Karte „Details“ öffnen und Geld, Personal- oder Ehrenamtsstunden zusagen',
    en: () => 'open a card’s Details to pledge money, staff time or volunteer hours',
  },
  vote: { de: () => 'Karten unterstützen oder ihnen widersprechen', en: () => 'back or oppose a card' },
  dots: { de: (p) => `Punkte kleben (noch ${p.left} von ${p.of})`, en: (p) => `place dots (${p.left} of ${p.of} left)` },
  concept: { de: () => 'Personalstunden ins Handlungskonzept stecken', en: () => 'put staff hours into the action concept' },
};

function partText(p: NowPart, lang: Language): string {
  return (PART[p.kind][lang] as (p: NowPart) => string)(p);
}

/** "a, b or c" in the language. */
function either(items: readonly string[], lang: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${lang === 'de' ? 'oder' : 'or'} ${items[items.length - 1]}`;
}

const capital = (s: string) => (s ? `${s[0]!.toUpperCase()}${s.slice(1)}` : s);

/** What the computer roles and the facilitator do meanwhile, in the phases at the table. */
function meanwhile({ phase, computers }: NowFacts, lang: Language): string | undefined {
  if (phase === 'proposals' && computers.count > 0) {
    if (computers.tabled === 0) return lang === 'de' ? 'die Computer-Rollen bringen in dieser Runde keine Karte ein' : 'the computer roles table none this round';
    return lang === 'de' ? `die Computer-Rollen haben ihre schon eingebracht (${cards(computers.tabled, 'de')})` : `the computer roles have tabled theirs (${cards(computers.tabled, 'en')})`;
  }
  if (phase === 'negotiation' && computers.count > 0) return lang === 'de' ? 'Computer-Rollen beantworten Anfragen sofort' : 'computer roles answer requests at once';
  if (phase === 'decision') return lang === 'de' ? 'Bild ↓ zählt aus' : 'Page Down counts the votes';
  return undefined;
}

/** What a phase without moves for the acting role is for. */
function phaseText(f: NowFacts, lang: Language): string {
  const de = lang === 'de';
  switch (f.phase) {
    case 'news':
      return de
        ? `Die Nachrichten gemeinsam lesen${f.inject ? '; die Moderation kann ein Ereignis aus dem Stapel hinzufügen (M)' : ''}.`
        : `Read the news together${f.inject ? '; the facilitator may add an event from the deck (M)' : ''}.`;
    case 'situation':
      return de
        ? 'Sehen, wo das Quartier steht und warum es sich bewegt hat; auf der Karte einen Indikator oder ein Teilgebiet wählen.'
        : 'See where the neighbourhood stands and why it moved; choose an indicator or a district on the board.';
    case 'briefings':
      return f.role === undefined
        ? de
          ? 'Alle Rollen spielt der Computer; ihre Briefings bleiben verborgen.'
          : 'The computer plays every role; their briefings stay hidden.'
        : de
          ? 'Jede Person liest ihr vertrauliches Briefing allein, eine nach der anderen; die anderen schauen weg.'
          : 'Each person reads their private briefing alone, one after the other; the others look away.';
    case 'implementation':
      return de ? 'Sehen, welche Karten umgesetzt werden, wer was zahlt und welche am Geld scheitern.' : 'See which cards are carried out, who pays what, and which fail for lack of money.';
    case 'simulation':
      return de ? 'Das Modell rechnet die Jahre der Runde mit den begonnenen Maßnahmen und den Ereignissen.' : "The model runs the round's years with the measures that started and the events.";
    case 'review':
      return de
        ? `Sehen, was sich in dieser Runde geändert hat und warum; Bild ↓ ${f.lastYear ? 'öffnet die Auswertung' : 'beginnt die nächste Runde'}.`
        : `See what changed this round and why; Page Down ${f.lastYear ? 'opens the debrief' : 'starts the next round'}.`;
    default:
      return de ? 'Alle Rollen spielt der Computer: zusehen; Bild ↓ geht weiter.' : 'The computer plays every role: watch; Page Down moves on.';
  }
}

/** The sentence: the acting role's moves (and what happens meanwhile), or what the phase is for. */
export function nowSentence(f: NowFacts, lang: Language): string {
  if (f.parts.length === 0) return phaseText(f, lang);
  const also = meanwhile(f, lang);
  return `${capital(either(f.parts.map((p) => partText(p, lang)), lang))}${also ? `; ${also}` : ''}.`;
}

/** The line's label: "Now" and the acting role, when it has moves. */
export function nowLabel(role: string | undefined, lang: Language): string {
  const now = lang === 'de' ? 'Jetzt' : 'Now';
  return role ? `${now} – ${role}:` : `${now}:`;
}
