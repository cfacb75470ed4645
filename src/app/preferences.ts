/** The language and the view (the board's indicator, the debrief's section and step) are kept when they change, so a reload shows the same. */
import { DEBRIEF_STEPS, INDICATOR_IDS, type IndicatorId, type Language } from '../scenario/schema';
import type { SafeStorage } from './safeStorage';
import type { AppState, DebriefView } from './store';

const LANGUAGE_KEY = 'quartier.language';
const VIEW_KEY = 'quartier.view';
const SECTIONS: DebriefView['section'][] = ['course', 'why', 'scores', 'decisions', 'discussion'];

export interface Preferences {
  lang: Language;
  indicator?: IndicatorId;
  debrief?: DebriefView;
}

type Kept = Pick<AppState, 'lang' | 'indicator' | 'debrief'>;

/** What was chosen last; anything unreadable is left to the defaults. */
export function readPreferences(storage: SafeStorage): Preferences {
  const lang = storage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'de';
  try {
    const view = JSON.parse(storage.getItem(VIEW_KEY) ?? '{}') as Partial<Kept>;
    const indicator = INDICATOR_IDS.find((id) => id === view.indicator);
    const d = view.debrief;
    const debrief =
      d && SECTIONS.includes(d.section) && (d.district === null || typeof d.district === 'string') && (d.year === null || Number.isInteger(d.year))
        ? { section: d.section, district: d.district, year: d.year, step: DEBRIEF_STEPS.find((step) => step === d.step) ?? 'happened' }
        : undefined;
    return { lang, ...(indicator && { indicator }), ...(debrief && { debrief }) };
  } catch {
    return { lang };
  }
}

/** Keeps the choices whenever they change; returns a listener for the store. */
export function keepPreferences(storage: SafeStorage): (s: AppState) => void {
  let lang: Language | undefined;
  let view = '';
  return (s) => {
    if (s.lang !== lang && storage.setItem(LANGUAGE_KEY, s.lang)) lang = s.lang;
    const now = JSON.stringify({ indicator: s.indicator, debrief: s.debrief });
    if (now !== view && storage.setItem(VIEW_KEY, now)) view = now;
  };
}
