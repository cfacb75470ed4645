/** Households must fit into the flats, and no card or event may pull down more flats than a district has. */
import type { Finding } from '../findings';
import type { District, Effect, Scenario } from '../schema';

const flatsIn = (d: District) => d.flats.renovated + d.flats.unrenovated;
const householdsIn = (d: District) => Object.values(d.households).reduce((sum, n) => sum + n, 0);
// Rounding in a trainer's figures (households from a survey, flats from a register) is no mistake.
const SLACK = 0.5;

export function housingFindings(s: Scenario): Finding[] {
  return [...districtStock(s), ...measureDemolition(s), ...eventDemolition(s)];
}

function districtStock(s: Scenario): Finding[] {
  return s.districts.flatMap((d, i): Finding[] => {
    const flats = flatsIn(d);
    if (flats <= 0) return [{ path: ['districts', i, 'flats'], at: 'value', detail: { code: 'noFlats', district: d.id } }];
    const households = householdsIn(d);
    if (households <= flats + SLACK) return [];
    return [{ path: ['districts', i, 'households'], at: 'value', detail: { code: 'householdsOverFlats', district: d.id, households, flats } }];
  });
}

const demolitions = (effects: readonly Effect[]) => effects.flatMap((e, index) => (e.target === 'demolish' && e.amount > 0 ? [{ e, index }] : []));

/** A district card pulls down amount × scale in the one district it is placed in; a neighbourhood card spreads it over all. */
function measureDemolition(s: Scenario): Finding[] {
  const byId = new Map(s.districts.map((d) => [d.id, d]));
  return s.measures.flatMap((m, mi) =>
    demolitions(m.effects).flatMap(({ e, index }): Finding[] => {
      const demolished = e.amount * m.scale.max;
      const path = ['measures', mi, 'effects', index, 'amount'];
      if (m.appliesTo === 'neighbourhood') {
        const flats = s.districts.reduce((sum, d) => sum + flatsIn(d), 0);
        return demolished > flats ? [{ path, at: 'value', detail: { code: 'demolishBeyondStock', demolished, short: [{ district: '', flats }] } }] : [];
      }
      const places = (m.districts ?? s.districts.map((d) => d.id)).flatMap((id) => byId.get(id) ?? []);
      return beyond(path, demolished, places);
    }),
  );
}

/** An event pulls down its amount in every district it touches. */
function eventDemolition(s: Scenario): Finding[] {
  return s.events.flatMap((ev, ei) =>
    demolitions(ev.effects).flatMap(({ e, index }) =>
      beyond(['events', ei, 'effects', index, 'amount'], e.amount, s.districts.filter((d) => !ev.districts || ev.districts.includes(d.id))),
    ),
  );
}

/** One finding per effect, naming every district too small for it. */
function beyond(path: Finding['path'], demolished: number, places: readonly District[]): Finding[] {
  const short = places.filter((d) => demolished > flatsIn(d)).map((d) => ({ district: d.id, flats: flatsIn(d) }));
  return short.length > 0 ? [{ path, at: 'value', detail: { code: 'demolishBeyondStock', demolished, short } }] : [];
}
