/** Texts of the model card in German and English; the description itself is docs/model.md and docs/model.de.md. */
import type { CalibrationTarget, Language } from '../../scenario/schema';

type Say<A extends unknown[]> = Record<Language, (...args: A) => string>;

export const MODEL_CARD_TEXTS = {
  open: { de: 'Modellkarte: So funktioniert das Modell', en: 'Model card: how the model works' },
  openHint: { de: 'Wie das Modell funktioniert und wie gut es kalibriert ist', en: 'How the model works and how well it is calibrated' },
  contents: { de: 'Inhalt', en: 'Contents' },
  loading: { de: 'Die Beschreibung wird geladen …', en: 'Loading the description …' },
  body: { de: 'Modellbeschreibung', en: 'Model description' },
  play: {
    de: (name: string, seed: number) => `${name}: Modelllauf mit Startwert ${seed}`,
    en: (name: string, seed: number) => `${name}: model run with seed ${seed}`,
  } as Say<[string, number]>,
  tally: {
    de: (met: number, of: number) => `${met} von ${of} Zielwerten erfüllt`,
    en: (met: number, of: number) => `${met} of ${of} targets met`,
  } as Say<[number, number]>,
  noTargets: {
    de: 'Dieses Szenario nennt keine Zielwerte für die Kalibrierung.',
    en: 'This scenario states no calibration targets.',
  },
  target: { de: 'Zielwert', en: 'Target' },
  years: { de: 'Jahr', en: 'Year' },
  band: { de: 'Band', en: 'Band' },
  model: { de: 'Modell', en: 'Model' },
  met: { de: 'Erfüllt', en: 'Met' },
  source: { de: 'Quelle', en: 'Source' },
  yes: { de: '✓ erfüllt', en: '✓ met' },
  no: { de: '✗ verfehlt', en: '✗ missed' },
  notReached: { de: 'Lauf erreicht diese Jahre nicht', en: 'the run does not reach these years' },
  anyValue: { de: 'beliebig', en: 'any' },
  thisScenario: { de: 'Dieses Szenario', en: 'This scenario' },
  differs: { de: '(weicht von der Vorgabe ab)', en: '(differs from the default)' },
};

/** Which value of a span counts. */
export const STATISTIC_NAMES: Record<CalibrationTarget['statistic'], Record<Language, string>> = {
  each: { de: 'jedes Jahr', en: 'every year' },
  max: { de: 'Höchstwert', en: 'highest value' },
  min: { de: 'Tiefstwert', en: 'lowest value' },
};
