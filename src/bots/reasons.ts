/** The one-line reasons computer roles give, in German and English, with the scenario's own names. */
import { cardById } from '../scenario/catalogue';
import type { ConceptComponent, IndicatorId, Language, LocalText } from '../scenario/schema';
import type { Proposal, Resources } from '../rules/types';
import type { PublicScenario } from './board';
import type { Motive } from './valuation';

type Texts = Record<Language, string>;
const both = (f: (lang: Language) => string): LocalText => ({ de: f('de'), en: f('en') });

/** What a change of an indicator is for, as a phrase that fits any card name (singular or plural): for a rise and for a fall. */
const MOTIVES: Record<IndicatorId, { up: Texts; down: Texts }> = {
  population: { up: { en: 'to keep people in the neighbourhood', de: 'damit Menschen im Stadtteil bleiben' }, down: { en: 'for a smaller population', de: 'für weniger Einwohner' } },
  households: { up: { en: 'to keep households here', de: 'damit Haushalte bleiben' }, down: { en: 'for fewer households', de: 'für weniger Haushalte' } },
  flats: { up: { en: 'for more flats', de: 'für mehr Wohnungen' }, down: { en: 'to take surplus flats off the market', de: 'um überzählige Wohnungen vom Markt zu nehmen' } },
  vacancy: { up: { en: 'for more empty flats', de: 'für mehr Leerstand' }, down: { en: 'for lower vacancy', de: 'für weniger Leerstand' } },
  renovatedShare: { up: { en: 'for a renovated stock', de: 'für einen sanierten Bestand' }, down: { en: 'for a smaller renovated stock', de: 'für weniger sanierten Bestand' } },
  condition: { up: { en: 'for buildings in better repair', de: 'für Häuser in besserem Zustand' }, down: { en: 'for buildings in worse repair', de: 'für Häuser in schlechterem Zustand' } },
  vandalism: { up: { en: 'for more vandalism', de: 'für mehr Vandalismus' }, down: { en: 'against vandalism', de: 'gegen Vandalismus' } },
  image: { up: { en: 'for a better image', de: 'für ein besseres Image' }, down: { en: 'for a worse image', de: 'für ein schlechteres Image' } },
  cohesion: { up: { en: 'for stronger neighbourly ties', de: 'für eine stärkere Nachbarschaft' }, down: { en: 'for weaker neighbourly ties', de: 'für eine schwächere Nachbarschaft' } },
  trust: { up: { en: "for residents' trust", de: 'für das Vertrauen der Bewohner' }, down: { en: "at the cost of residents' trust", de: 'auf Kosten des Vertrauens der Bewohner' } },
  unemployment: { up: { en: 'for more unemployment', de: 'für mehr Arbeitslosigkeit' }, down: { en: 'against unemployment', de: 'gegen Arbeitslosigkeit' } },
  services: { up: { en: 'for better local services', de: 'für bessere Angebote im Stadtteil' }, down: { en: 'for fewer local services', de: 'für weniger Angebote im Stadtteil' } },
  seniorShare: { up: { en: 'to keep older tenants', de: 'damit ältere Mieter bleiben' }, down: { en: 'for younger households', de: 'für jüngere Haushalte' } },
  lowIncomeShare: { up: { en: 'for more low-income households', de: 'für mehr Haushalte mit wenig Geld' }, down: { en: 'against concentrated poverty', de: 'gegen die Konzentration von Armut' } },
};

const CREDIT: Texts = { en: 'to show what we do', de: 'um zu zeigen, was wir leisten' };

const COMPONENTS: Record<ConceptComponent, Texts> = {
  cityFunction: { en: "the area's function in the city", de: 'Funktion des Gebiets in der Stadt' },
  problems: { en: 'problems and potentials', de: 'Probleme und Potenziale' },
  existingPlans: { en: 'existing programmes and plans', de: 'vorhandene Programme und Pläne' },
  vision: { en: 'a guiding vision', de: 'Leitbild' },
  projects: { en: 'strategies and projects', de: 'Strategien und Projekte' },
  steering: { en: 'area steering', de: 'Gebietssteuerung' },
  participation: { en: 'participation', de: 'Beteiligung' },
  evaluation: { en: 'evaluation', de: 'Evaluation' },
  financing: { en: 'cost and financing overview', de: 'Kosten- und Finanzierungsübersicht' },
};

/** What the card is for, in the role's eyes. */
function motive(w: Motive, lang: Language): string {
  if (!w) return CREDIT[lang];
  return MOTIVES[w.id][w.delta >= 0 ? 'up' : 'down'][lang];
}

/** Whole numbers with the thousands grouped as each language writes them. */
function grouped(n: number, lang: Language): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = String(Math.abs(Math.round(n)));
  const separator = lang === 'de' ? '.' : ',';
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return Math.round(n) < 0 ? `-${out}` : out;
}

/** Money and hours as a sentence names them: "41,300 € and 210 staff hours". */
function amount(r: Resources, lang: Language): string {
  const parts: string[] = [];
  if (r.money >= 0.5) parts.push(`${grouped(r.money, lang)} €`);
  if (r.staffTime >= 0.5) parts.push(`${grouped(r.staffTime, lang)} ${lang === 'de' ? 'Arbeitsstunden' : 'staff hours'}`);
  if (r.volunteerHours >= 0.5) parts.push(`${grouped(r.volunteerHours, lang)} ${lang === 'de' ? 'Ehrenamtsstunden' : 'volunteer hours'}`);
  return parts.join(lang === 'de' ? ' und ' : ' and ');
}

/** A card as players name it: its title, and where it is placed. */
function cardName(scenario: PublicScenario, p: Pick<Proposal, 'measure' | 'district'>, lang: Language): string {
  const m = cardById(scenario.measures, p.measure)!;
  const d = p.district ? scenario.districts.find((x) => x.id === p.district) : undefined;
  return d ? `${m.name[lang]} in ${d.name[lang]}` : m.name[lang];
}

function roleName(scenario: PublicScenario, role: string, lang: Language): string {
  return scenario.roles.find((r) => r.id === role)?.name[lang] ?? role;
}

function programmeName(scenario: PublicScenario, id: string, lang: Language): string {
  return scenario.programmes.find((g) => g.id === id)?.name[lang] ?? id;
}

const percent = (share: number) => Math.round(share * 100);

/** Names as a list: "A, B and C", "A, B und C". */
function listed(names: string[], lang: Language): string {
  if (names.length < 2) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${names[names.length - 1]}`;
}

export const reasons = {
  table(s: PublicScenario, p: Pick<Proposal, 'measure' | 'district'>, w: Motive, share: number, partners: string[], programme?: { id: string; money: number }): LocalText {
    return both((lang) => {
      const names = listed(partners.map((r) => roleName(s, r, lang)), lang);
      const ask = partners.length === 0 ? '' : lang === 'de' ? ` und bitten ${names} dazu` : ` and ask ${names} to join`;
      const grant = !programme ? '' : lang === 'de' ? `; ${programmeName(s, programme.id, lang)} gibt ${grouped(programme.money, lang)} € dazu` : `; ${programmeName(s, programme.id, lang)} adds ${grouped(programme.money, lang)} €`;
      return lang === 'de'
        ? `${cardName(s, p, lang)}, ${motive(w, lang)}: wir tragen ${percent(share)} %${ask}${grant}.`
        : `${cardName(s, p, lang)}, ${motive(w, lang)}: we pay ${percent(share)} %${ask}${grant}.`;
    });
  },
  ownShare(s: PublicScenario, p: Proposal, r: Resources): LocalText {
    return both((lang) => (lang === 'de' ? `Unser Anteil an ${cardName(s, p, lang)}: ${amount(r, lang)}.` : `Our share of ${cardName(s, p, lang)}: ${amount(r, lang)}.`));
  },
  askedShare(s: PublicScenario, p: Proposal, w: Motive, r: Resources): LocalText {
    return both((lang) =>
      lang === 'de'
        ? `${cardName(s, p, lang)}, ${motive(w, lang)}: wir geben den von ${roleName(s, p.tabledBy, lang)} erbetenen Anteil, ${amount(r, lang)}.`
        : `${cardName(s, p, lang)}, ${motive(w, lang)}: we give what ${roleName(s, p.tabledBy, lang)} asked of us, ${amount(r, lang)}.`,
    );
  },
  residentsShare(s: PublicScenario, p: Proposal, r: Resources): LocalText {
    return both((lang) =>
      lang === 'de'
        ? `Bei ${cardName(s, p, lang)} gestalten Bewohner mit; wir bringen ${amount(r, lang)} ein.`
        : `Residents help shape ${cardName(s, p, lang)}; we bring ${amount(r, lang)}.`,
    );
  },
  offer(s: PublicScenario, p: Proposal, own: Proposal, r: Resources): LocalText {
    return both((lang) =>
      lang === 'de'
        ? `Paket: Wir geben ${amount(r, lang)} für ${cardName(s, p, lang)} – gegen die Unterstützung von ${roleName(s, p.tabledBy, lang)} für ${cardName(s, own, lang)}.`
        : `Package deal: we give ${amount(r, lang)} to ${cardName(s, p, lang)} on condition of support from ${roleName(s, p.tabledBy, lang)} for ${cardName(s, own, lang)}.`,
    );
  },
  answer(s: PublicScenario, p: Proposal, own: Proposal, from: string, r: Resources): LocalText {
    return both((lang) =>
      lang === 'de'
        ? `Paket: Die Zusage von ${roleName(s, from, lang)} für ${cardName(s, own, lang)} gilt, wenn ${cardName(s, p, lang)} durchkommt – also geben wir ${amount(r, lang)}.`
        : `Package deal: the pledge of ${roleName(s, from, lang)} to ${cardName(s, own, lang)} holds if ${cardName(s, p, lang)} passes, so we give ${amount(r, lang)}.`,
    );
  },
  topUp(s: PublicScenario, p: Proposal, r: Resources): LocalText {
    return both((lang) =>
      lang === 'de' ? `Für ${cardName(s, p, lang)} fehlt noch etwas; wir decken den Rest: ${amount(r, lang)}.` : `${cardName(s, p, lang)} is still short; we cover the rest: ${amount(r, lang)}.`,
    );
  },
  fillGap(s: PublicScenario, p: Proposal, w: Motive, r: Resources): LocalText {
    return both((lang) =>
      lang === 'de'
        ? `${cardName(s, p, lang)}, ${motive(w, lang)}, ist noch nicht ausfinanziert; wir schließen die Lücke mit ${amount(r, lang)}.`
        : `${cardName(s, p, lang)}, ${motive(w, lang)}, is not fully funded yet; we close the gap with ${amount(r, lang)}.`,
    );
  },
  withdraw(s: PublicScenario, p: Proposal): LocalText {
    return both((lang) =>
      lang === 'de'
        ? `${cardName(s, p, lang)} ist ohne weitere Partner nicht zu finanzieren; wir ziehen unsere Zusage zurück.`
        : `${cardName(s, p, lang)} cannot be funded without more partners; we take our pledge back.`,
    );
  },
  concept(s: PublicScenario, component: ConceptComponent, hours: number, programme: string, needed: number): LocalText {
    return both((lang) =>
      lang === 'de'
        ? `Wir erarbeiten den Baustein „${COMPONENTS[component].de}“ des Handlungskonzepts (${grouped(hours, lang)} Arbeitsstunden): ${programmeName(s, programme, lang)} fördert erst ab ${percent(needed)} % Abdeckung.`
        : `We write "${COMPONENTS[component].en}" for the action concept (${grouped(hours, lang)} staff hours): ${programmeName(s, programme, lang)} pays only from ${percent(needed)} % coverage.`,
    );
  },
  support(s: PublicScenario, p: Proposal, w: Motive): LocalText {
    return both((lang) => (lang === 'de' ? `Wir unterstützen ${cardName(s, p, lang)}, ${motive(w, lang)}.` : `We back ${cardName(s, p, lang)}, ${motive(w, lang)}.`));
  },
  supportResidents(s: PublicScenario, p: Proposal): LocalText {
    return both((lang) => (lang === 'de' ? `Wir unterstützen ${cardName(s, p, lang)}: da reden die Bewohner mit.` : `We back ${cardName(s, p, lang)}: residents have a say in it.`));
  },
  opposeDemolition(s: PublicScenario, p: Proposal): LocalText {
    return both((lang) =>
      lang === 'de' ? `Wir sind gegen ${cardName(s, p, lang)}: Abriss vertreibt Nachbarn, die bleiben wollen.` : `We oppose ${cardName(s, p, lang)}: tearing down homes drives out neighbours who want to stay.`,
    );
  },
  opposeRival(s: PublicScenario, p: Proposal, own: Proposal, programme: string): LocalText {
    return both((lang) =>
      lang === 'de'
        ? `Wir sind gegen ${cardName(s, p, lang)}: es konkurriert mit ${cardName(s, own, lang)} um Mittel aus ${programmeName(s, programme, lang)}.`
        : `We oppose ${cardName(s, p, lang)}: it competes with ${cardName(s, own, lang)} for ${programmeName(s, programme, lang)} money.`,
    );
  },
  dots(s: PublicScenario, p: Proposal, count: number, w: Motive, own: boolean): LocalText {
    return both((lang) => {
      const n = lang === 'de' ? `${count} ${count === 1 ? 'Punkt' : 'Punkte'}` : `${count} ${count === 1 ? 'dot' : 'dots'}`;
      if (own) return lang === 'de' ? `${n} für unseren Vorschlag ${cardName(s, p, lang)}, ${motive(w, lang)}.` : `${n} for our own ${cardName(s, p, lang)}, ${motive(w, lang)}.`;
      return lang === 'de' ? `${n} für ${cardName(s, p, lang)}, ${motive(w, lang)}.` : `${n} for ${cardName(s, p, lang)}, ${motive(w, lang)}.`;
    });
  },
};
