/** Cards, reference plays, events and household classes that validate but cannot play as written. */
import type { Finding } from '../findings';
import type { Scenario } from '../schema';

export function cardFindings(s: Scenario): Finding[] {
  return [...partnerFindings(s), ...ignoredDistricts(s), ...referencePlays(s), ...eventYears(s), ...weightlessClasses(s), ...workshopYears(s)];
}

/** A required partner is already a possible one; listing it twice hints at a slip. */
function partnerFindings(s: Scenario): Finding[] {
  return s.measures.flatMap((m, mi) =>
    m.partners.possible.flatMap((role, pi): Finding[] =>
      m.partners.required.includes(role) ? [{ path: ['measures', mi, 'partners', 'possible', pi], at: 'value', detail: { code: 'partnerTwice', role } }] : [],
    ),
  );
}

/** A card acting on the whole neighbourhood is never placed, so districts given for it are ignored. */
function ignoredDistricts(s: Scenario): Finding[] {
  const wide = new Set(s.measures.filter((m) => m.appliesTo === 'neighbourhood').map((m) => m.id));
  return [
    ...s.measures.flatMap((m, mi): Finding[] =>
      wide.has(m.id) && m.districts ? [{ path: ['measures', mi, 'districts'], at: 'key', detail: { code: 'districtsIgnored', measure: m.id } }] : [],
    ),
    ...s.references.flatMap((r, ri) =>
      r.decisions.flatMap((d, di): Finding[] =>
        wide.has(d.measure) && d.district !== undefined
          ? [{ path: ['references', ri, 'decisions', di, 'district'], at: 'key', detail: { code: 'districtsIgnored', measure: d.measure } }]
          : [],
      ),
    ),
  ];
}

/** A reference play must be one the game would accept: the card's scale, and not before the card exists. */
function referencePlays(s: Scenario): Finding[] {
  const cards = new Map(s.measures.map((m) => [m.id, m]));
  return s.references.flatMap((r, ri) =>
    r.decisions.flatMap((d, di): Finding[] => {
      const m = cards.get(d.measure);
      // A card whose own scale is reversed is reported there.
      if (!m || m.scale.min > m.scale.max) return [];
      const path = ['references', ri, 'decisions', di];
      const { min, max } = m.scale;
      return [
        ...(d.scale < min || d.scale > max
          ? [{ path: [...path, 'scale'], at: 'value', detail: { code: 'scaleOutsideCard', measure: m.id, min, max, got: d.scale } } satisfies Finding]
          : []),
        ...(m.from !== undefined && d.year < m.from
          ? [{ path: [...path, 'year'], at: 'value', detail: { code: 'beforeCardYear', measure: m.id, from: m.from, got: d.year } } satisfies Finding]
          : []),
      ];
    }),
  );
}

/** An event dated outside the game never happens; a drawn event whose window misses the game is never drawn. */
function eventYears(s: Scenario): Finding[] {
  const first = s.time.startYear;
  const last = first + s.time.turns * s.time.turnLength - 1;
  const outside = (year: number) => year < first || year > last;
  return s.events.flatMap((ev, ei): Finding[] => {
    const at = (key: string, got: number): Finding[] => [{ path: ['events', ei, key], at: 'value', detail: { code: 'eventOutsideGame', first, last, got } }];
    if (ev.year !== undefined) return outside(ev.year) ? at('year', ev.year) : [];
    if (ev.from !== undefined && ev.from > last) return at('from', ev.from);
    if (ev.until !== undefined && ev.until < first) return at('until', ev.until);
    return [];
  });
}

/** A class that values nothing finds every district equally attractive, so no measure can hold or attract it. */
function weightlessClasses(s: Scenario): Finding[] {
  return s.householdClasses.flatMap((c, i): Finding[] =>
    Object.values(c.weights).every((w) => w === 0)
      ? [{ path: ['householdClasses', i, 'weights'], at: 'key', detail: { code: 'noWeights', householdClass: c.id } }]
      : [],
  );
}

/** The workshop length setup offers first must fit in the years the file describes. */
function workshopYears(s: Scenario): Finding[] {
  const w = s.time.workshop;
  const years = s.time.turns * s.time.turnLength;
  if (!w || w.turns * w.turnLength <= years) return [];
  return [{ path: ['time', 'workshop', 'turns'], at: 'value', detail: { code: 'workshopTooLong', years, got: w.turns * w.turnLength } }];
}
