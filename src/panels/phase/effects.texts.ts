/** How a card's effects are put into words on the pin-board, in German and English. */
import type { EffectTarget, Language, LocalText } from '../../scenario/schema';

type Phrase = (size: string, who: string) => string;

/** For each target, the words for a rise and for a fall; `size` is the formatted amount, `who` the household classes. */
export const EFFECT_WORDS: Record<EffectTarget, { up: Record<Language, Phrase>; down: Record<Language, Phrase> }> = {
  condition: {
    up: { de: (s) => `bessere Bausubstanz (${s} pro Jahr)`, en: (s) => `better building condition (${s} a year)` },
    down: { de: (s) => `schlechtere Bausubstanz (${s} pro Jahr)`, en: (s) => `worse building condition (${s} a year)` },
  },
  vandalism: {
    up: { de: (s) => `mehr Vandalismus (${s} pro Jahr)`, en: (s) => `more vandalism (${s} a year)` },
    down: { de: (s) => `weniger Vandalismus (${s} pro Jahr)`, en: (s) => `less vandalism (${s} a year)` },
  },
  image: {
    up: { de: (s) => `besseres Image (${s} pro Jahr)`, en: (s) => `a better image (${s} a year)` },
    down: { de: (s) => `schlechteres Image (${s} pro Jahr)`, en: (s) => `a worse image (${s} a year)` },
  },
  cohesion: {
    up: { de: (s) => `mehr Zusammenhalt (${s} pro Jahr)`, en: (s) => `stronger neighbourly ties (${s} a year)` },
    down: { de: (s) => `weniger Zusammenhalt (${s} pro Jahr)`, en: (s) => `weaker neighbourly ties (${s} a year)` },
  },
  trust: {
    up: { de: (s) => `mehr Vertrauen der Bewohner (${s} pro Jahr)`, en: (s) => `more trust among residents (${s} a year)` },
    down: { de: (s) => `weniger Vertrauen der Bewohner (${s} pro Jahr)`, en: (s) => `less trust among residents (${s} a year)` },
  },
  unemployment: {
    up: { de: (s) => `mehr Arbeitslosigkeit (${s} pro Jahr)`, en: (s) => `more unemployment (${s} a year)` },
    down: { de: (s) => `weniger Arbeitslosigkeit (${s} pro Jahr)`, en: (s) => `less unemployment (${s} a year)` },
  },
  services: {
    up: { de: (s) => `mehr soziale Angebote (${s} pro Jahr)`, en: (s) => `more social services (${s} a year)` },
    down: { de: (s) => `weniger soziale Angebote (${s} pro Jahr)`, en: (s) => `fewer social services (${s} a year)` },
  },
  renovate: {
    up: { de: (s) => `${s} Wohnungen saniert`, en: (s) => `${s} flats renovated` },
    down: { de: (s) => `${s} sanierte Wohnungen weniger`, en: (s) => `${s} fewer renovated flats` },
  },
  demolish: {
    up: { de: (s) => `${s} Wohnungen abgerissen`, en: (s) => `${s} flats demolished` },
    down: { de: (s) => `${s} Wohnungen weniger abgerissen`, en: (s) => `${s} fewer flats demolished` },
  },
  build: {
    up: { de: (s) => `${s} Wohnungen neu gebaut`, en: (s) => `${s} new flats built` },
    down: { de: (s) => `${s} Wohnungen weniger gebaut`, en: (s) => `${s} fewer flats built` },
  },
  attractiveness: {
    up: { de: (s, w) => `zieht ${w} an (${s})`, en: (s, w) => `more attractive to ${w} (${s})` },
    down: { de: (s, w) => `schreckt ${w} ab (${s})`, en: (s, w) => `less attractive to ${w} (${s})` },
  },
  cityPull: {
    up: { de: (s, w) => `die übrige Stadt lockt ${w} stärker (${s})`, en: (s, w) => `the rest of the city pulls ${w} harder (${s})` },
    down: { de: (s, w) => `die übrige Stadt lockt ${w} weniger (${s})`, en: (s, w) => `the rest of the city pulls ${w} less (${s})` },
  },
  regionalUnemployment: {
    up: { de: (s) => `mehr Arbeitslosigkeit in der Region (${s})`, en: (s) => `more unemployment in the region (${s})` },
    down: { de: (s) => `weniger Arbeitslosigkeit in der Region (${s})`, en: (s) => `less unemployment in the region (${s})` },
  },
};

export const EFFECT_TEXTS = {
  allHouseholds: { de: 'alle Haushalte', en: 'all households' },
  points: { de: 'Pkt.', en: 'pts' },
  and: { de: 'und', en: 'and' },
} satisfies Record<string, LocalText>;

/** When the effects come: from a year, for some years. */
export function timing(from: number, years: number, lang: Language): string {
  if (lang === 'de') return years === 1 ? `wirkt ${from}` : `wirkt ab ${from}, ${years} Jahre lang`;
  return years === 1 ? `acts in ${from}` : `acts from ${from} for ${years} years`;
}
