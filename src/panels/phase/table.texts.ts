/** Texts of the negotiation table: acting role, budgets, tabling, pledging and voting, in German and English. */
import { percent } from '../../scenario/numberFormat';
import type { Language, LocalText } from '../../scenario/schema';

export const TABLE = {
  actingNow: { de: 'Am Zug', en: 'Acting now' },
  noHumans: { de: 'Alle Rollen spielt der Computer; hier ist nur zuzusehen.', en: 'The computer plays every role; there is only watching to do here.' },
  budgetOwn: { de: 'Ihre Mittel in diesem Jahr', en: 'Your resources this year' },
  budgetOthers: { de: 'Geld der anderen Rollen', en: "Other roles' money left" },
  tableHeading: { de: 'Projektkarte einbringen', en: 'Table a project card' },
  preview: { de: 'So sähe die Karte aus', en: 'How the card would read' },
  card: { de: 'Karte', en: 'Card' },
  district: { de: 'Teilgebiet', en: 'District' },
  wholeNeighbourhood: { de: 'wirkt im ganzen Quartier', en: 'acts on the whole neighbourhood' },
  scale: { de: 'Umfang', en: 'Size' },
  participation: { de: 'Beteiligung der Bewohner', en: 'Resident participation' },
  financing: { de: 'Finanzierung: Anteile am Eigenanteil in %', en: 'Financing: shares of the local cost in %' },
  financingShort: { de: 'Finanzierung', en: 'Financing' },
  financingPartners: { de: 'Finanzierung und Partner', en: 'Financing and partners' },
  partnersAsked: { de: 'Partner anfragen', en: 'Partners asked' },
  required: { de: '(Pflicht)', en: '(required)' },
  tableButton: { de: 'Karte auf den Tisch legen', en: 'Put the card on the table' },
  onTable: { de: 'Auf dem Tisch', en: 'On the table' },
  nothingOnTable: { de: 'Noch liegt keine Karte auf dem Tisch.', en: 'No card is on the table yet.' },
  pledgeButton: { de: 'Zusagen', en: 'Pledge' },
  condition: { de: 'Bedingung (Paket)', en: 'Condition (package deal)' },
  noCondition: { de: 'ohne Bedingung', en: 'no condition' },
  withdraw: { de: 'Zusage zurückziehen', en: 'Withdraw pledge' },
  support: { de: 'Unterstützen', en: 'Support' },
  oppose: { de: 'Widersprechen', en: 'Oppose' },
  amend: { de: 'Eigenen Vorschlag ändern', en: 'Amend your proposal' },
  amendButton: { de: 'Änderung übernehmen', en: 'Apply the change' },
  dot: { de: 'Punkt kleben', en: 'Place a dot' },
  dots: { de: 'Punkte', en: 'Dots' },
  invalidShare: { de: 'Anteile müssen Zahlen ab 0 sein.', en: 'Shares must be numbers from 0.' },
} satisfies Record<string, LocalText>;

export function tableHeading(phase: string, year: string, rule: string, lang: Language): string {
  return lang === 'de' ? `${phase} ${year} · Regel: ${rule}` : `${phase[0]!.toUpperCase()}${phase.slice(1)} ${year} · rule: ${rule}`;
}

export function totalOk(lang: Language): string {
  return lang === 'de' ? `Summe: ${percent(1, lang)}` : `Total: ${percent(1, lang)}`;
}

/** `total` as a share (1.0002 for 100.02 %). */
export function totalWrong(total: number, lang: Language): string {
  const shown = percent(total, lang, 2, 0);
  return lang === 'de' ? `Summe: ${shown} – es müssen ${percent(1, lang)} sein.` : `Total: ${shown} – it must be ${percent(1, lang)}.`;
}

export function actAs(role: string, lang: Language): string {
  return lang === 'de' ? `Als ${role}` : `As ${role}`;
}

export function onlyIf(card: string, lang: Language): string {
  return lang === 'de' ? `nur wenn „${card}“ beschlossen wird` : `only if “${card}” passes`;
}

export function sizeHint(min: number, max: number, unit: string, lang: Language): string {
  return lang === 'de' ? `${min} bis ${max} × ${unit}` : `${min} to ${max} × ${unit}`;
}

export function availableFrom(year: number, lang: Language): string {
  return lang === 'de' ? `ab ${year}` : `from ${year}`;
}

export function dotsLeft(left: number, of: number, lang: Language): string {
  return lang === 'de' ? `Noch ${left} von ${of} Punkten` : `${left} of ${of} dots left`;
}
