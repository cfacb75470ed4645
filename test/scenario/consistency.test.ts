import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/cli/check';
import { loadScenario } from '../../src/scenario/load';
import { formatProblem, type ProblemCode, type Severity } from '../../src/scenario/problems';
import { edited, smallYaml, where } from './fixture';

interface Case {
  code: ProblemCode;
  severity: Severity;
  title: string;
  edits: [string, string][];
  /** The expected line in English and German, with the place (`@`) filled in from `at`. */
  en: string;
  de: string;
  at: [snippet: string, inner?: string];
}

const WK1_MAP = '    neighbours: [wk2]\n  - id: wk2';

const cases: Case[] = [
  {
    code: 'householdsOverFlats',
    severity: 'error',
    title: 'a district with more households than flats',
    edits: [['households: { families: 900, lowIncome: 700 }', 'households: { families: 1900, lowIncome: 700 }']],
    en: 'districts[0].households: district "wk1" has 2,600 households but only 2,000 flats; every household needs a flat',
    de: 'districts[0].households: das Teilgebiet "wk1" hat 2.600 Haushalte, aber nur 2.000 Wohnungen; jeder Haushalt braucht eine Wohnung',
    at: ['households: { families: 1900', '{ families: 1900'],
  },
  {
    code: 'noFlats',
    severity: 'error',
    title: 'a district with no flats at all',
    edits: [
      ['flats: { renovated: 400, unrenovated: 1600 }', 'flats: { renovated: 0, unrenovated: 0 }'],
      ['households: { families: 900, lowIncome: 700 }', 'households: {}'],
    ],
    en: 'districts[0].flats: district "wk1" has no flats at all; nobody can live there',
    de: 'districts[0].flats: das Teilgebiet "wk1" hat gar keine Wohnungen; dort kann niemand wohnen',
    at: ['flats: { renovated: 0', '{ renovated: 0'],
  },
  {
    code: 'yearsUnsorted',
    severity: 'error',
    title: 'a yearly series with its years out of order',
    edits: [['    - { year: 2009, value: 0.1 }', '    - { year: 1998, value: 0.1 }']],
    en: 'context.regionalUnemployment[1].year: the years must rise from entry to entry, but 1998 comes after 2000',
    de: 'context.regionalUnemployment[1].year: die Jahre müssen von Eintrag zu Eintrag steigen, aber 1998 folgt auf 2000',
    at: ['year: 1998', '1998'],
  },
  {
    code: 'yearRepeated',
    severity: 'error',
    title: 'a yearly series with a year given twice',
    edits: [['      - { year: 2010, value: 0.5 }', '      - { year: 2000, value: 0.5 }']],
    en: 'householdClasses[0].cityPull[1].year: the year 2000 appears twice in this series; give each year once',
    de: 'householdClasses[0].cityPull[1].year: das Jahr 2000 steht zweimal in dieser Reihe; jedes Jahr nur einmal angeben',
    at: ['{ year: 2000, value: 0.5 }', '2000'],
  },
  {
    code: 'scaleOutsideCard',
    severity: 'error',
    title: 'a reference play above the card’s largest scale',
    edits: [['district: wk1, scale: 2 }', 'district: wk1, scale: 7 }']],
    en: 'references[0].decisions[0].scale: card "renovate" can be played at a scale from 1 to 5, got 7',
    de: 'references[0].decisions[0].scale: die Karte "renovate" kann im Umfang 1 bis 5 gespielt werden, gefunden: 7',
    at: ['scale: 7', '7'],
  },
  {
    code: 'beforeCardYear',
    severity: 'error',
    title: 'a reference play before its card becomes available',
    edits: [['    districts: [wk2]\n    participation: consult', '    districts: [wk2]\n    from: 2006\n    participation: consult']],
    en: 'references[0].decisions[1].year: card "youthClub" can only be played from 2006, got 2004',
    de: 'references[0].decisions[1].year: die Karte "youthClub" kann erst ab 2006 gespielt werden, gefunden: 2004',
    at: ['{ year: 2004, measure: youthClub', '2004'],
  },
  {
    code: 'eventOutsideGame',
    severity: 'warning',
    title: 'an event scheduled after the last year',
    edits: [['    year: 2003\n', '    year: 2012\n']],
    en: 'events[0].year: the game runs from 2000 to 2009, so this event with 2012 never happens',
    de: 'events[0].year: das Spiel läuft von 2000 bis 2009, daher tritt dieses Ereignis mit 2012 nie ein',
    at: ['year: 2012', '2012'],
  },
  {
    code: 'noWeights',
    severity: 'error',
    title: 'a household class with empty attractiveness weights',
    edits: [['weights: { affordability: 3, cohesion: 1 }', 'weights: {}']],
    en: 'householdClasses[1].weights: household class "lowIncome" values nothing (every weight is 0), so every district is equally attractive to it and no measure can hold it',
    de: 'householdClasses[1].weights: der Haushaltstyp "lowIncome" legt auf nichts Wert (alle Gewichte sind 0); so ist ihm jedes Teilgebiet gleich attraktiv, und keine Maßnahme kann ihn halten',
    at: ['weights: {}', 'weights'],
  },
  {
    code: 'demolishBeyondStock',
    severity: 'error',
    title: 'an effect that would demolish more flats than a district has',
    edits: [['{ target: renovate, amount: 100 }', '{ target: demolish, amount: 500 }']],
    en: 'measures[0].effects[0].amount: would demolish up to 2,500 flats, more than district "wk1" has (2,000)',
    de: 'measures[0].effects[0].amount: würde bis zu 2.500 Wohnungen abreißen, mehr als das Teilgebiet "wk1" hat (2.000)',
    at: ['amount: 500', '500'],
  },
  {
    code: 'mapOutside',
    severity: 'error',
    title: 'a board rectangle reaching outside the board',
    edits: [
      [WK1_MAP, '    neighbours: [wk2]\n    map: { x: 60, y: 0, width: 50, height: 50 }\n  - id: wk2'],
      ['    neighbours: [wk1]\n', '    neighbours: [wk1]\n    map: { x: 0, y: 50, width: 50, height: 50 }\n'],
    ],
    en: 'districts[0].map: district "wk1" reaches 110% of the board to the right; x + width and y + height must stay within 100',
    de: 'districts[0].map: das Teilgebiet "wk1" reicht bis 110\u00a0% des Spielplans nach rechts; x + width und y + height dürfen 100 nicht überschreiten',
    at: ['map: { x: 60', '{ x: 60'],
  },
  {
    code: 'mapOverlap',
    severity: 'warning',
    title: 'board rectangles covering each other',
    edits: [
      [WK1_MAP, '    neighbours: [wk2]\n    map: { x: 0, y: 0, width: 60, height: 60 }\n  - id: wk2'],
      ['    neighbours: [wk1]\n', '    neighbours: [wk1]\n    map: { x: 50, y: 50, width: 50, height: 50 }\n'],
    ],
    en: 'districts[1].map: district "wk2" covers part of district "wk1" on the board',
    de: 'districts[1].map: das Teilgebiet "wk2" verdeckt auf dem Spielplan einen Teil des Teilgebiets "wk1"',
    at: ['map: { x: 50', '{ x: 50'],
  },
  {
    code: 'districtsIgnored',
    severity: 'warning',
    title: 'a district given for a card acting on the whole neighbourhood',
    edits: [
      ['    districts: [wk1, wk2]\n', '    appliesTo: neighbourhood\n    districts: [wk1, wk2]\n'],
      ['measure: renovate, district: wk1, scale: 2', 'measure: renovate, scale: 2'],
    ],
    en: 'measures[0].districts: card "renovate" acts on the whole neighbourhood, so a district given here is ignored',
    de: 'measures[0].districts: die Karte "renovate" wirkt im ganzen Quartier, daher wird ein hier angegebenes Teilgebiet übergangen',
    at: ['    districts: [wk1, wk2]', 'districts'],
  },
  {
    code: 'partnerTwice',
    severity: 'warning',
    title: 'a partner listed both as required and as possible',
    edits: [['partners: { possible: [city] }', 'partners: { required: [city], possible: [city] }']],
    en: 'measures[0].partners.possible[0]: role "city" is listed both as a required and as a possible partner; a required partner takes part anyway',
    de: 'measures[0].partners.possible[0]: die Rolle "city" steht sowohl bei den notwendigen als auch bei den möglichen Partnern; ein notwendiger Partner ist ohnehin beteiligt',
    at: ['possible: [city] }', 'city'],
  },
];

/** Errors reject the file; warnings let it load and come with it. */
function problemsOf(source: string, lang: 'de' | 'en') {
  const result = loadScenario(source, 'small.yaml', { lang });
  return result.ok ? result.warnings : result.problems;
}

describe('figures that contradict each other are found, located and worded in both languages', () => {
  it.each(cases)('$code ($severity): $title', ({ code, severity, edits, en, de, at }) => {
    const source = edited(smallYaml, ...edits);
    const place = `small.yaml:${where(source, ...at)}`;
    const label = { en: severity === 'warning' ? 'warning: ' : '', de: severity === 'warning' ? 'Warnung: ' : '' };
    for (const [lang, line] of [['en', en], ['de', de]] as const) {
      const problems = problemsOf(source, lang);
      expect(problems.map(formatProblem)).toEqual([`${place}: ${label[lang]}${line}`]);
      expect(problems[0]).toMatchObject({ code, severity });
    }
    expect(loadScenario(source, 'small.yaml').ok).toBe(severity === 'warning');
  });

  it.each(['small', 'gruenau', 'leipziger-osten', 'tutorial'])('%s has neither errors nor warnings', (name) => {
    const file = name === 'small' ? 'test/fixtures/small.yaml' : `scenarios/${name}.yaml`;
    const result = loadScenario(readFileSync(file, 'utf8'), file);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('a reference play placing a neighbourhood-wide card in a district is a warning too', () => {
    const source = edited(smallYaml, ['    districts: [wk1, wk2]\n', '    appliesTo: neighbourhood\n'], ['    districts: [wk2]\n    participation', '    participation']);
    const found = problemsOf(source, 'en');
    expect(found.map((p) => [p.path, p.code, p.severity])).toEqual([['references[0].decisions[0].district', 'districtsIgnored', 'warning']]);
  });

  it('rounded shared borders and touching rectangles are no overlap', () => {
    const source = edited(
      smallYaml,
      [WK1_MAP, '    neighbours: [wk2]\n    map: { x: 0, y: 0, width: 50.004, height: 100 }\n  - id: wk2'],
      ['    neighbours: [wk1]\n', '    neighbours: [wk1]\n    map: { x: 50, y: 0, width: 50, height: 100 }\n'],
    );
    expect(problemsOf(source, 'en')).toEqual([]);
  });

  it('a map for only some districts is a warning, as the board then lays every district out in a grid', () => {
    const source = edited(smallYaml, [WK1_MAP, '    neighbours: [wk2]\n    map: { x: 0, y: 0, width: 50, height: 50 }\n  - id: wk2']);
    expect(problemsOf(source, 'en').map((p) => [p.code, p.severity])).toEqual([['mapPartial', 'warning']]);
  });

  it('an event demolishing more than a district has is found too, naming each district too small', () => {
    const source = edited(smallYaml, ['      - { target: regionalUnemployment, amount: 0.03 }', '      - { target: demolish, amount: 2500 }']);
    expect(problemsOf(source, 'en').map((p) => p.message)).toEqual(['would demolish up to 2,500 flats, more than district "wk1" has (2,000)']);
  });
});

describe('check prints warnings, and --strict fails on them', () => {
  const run = (args: string[], source: string) => {
    const out: string[] = [];
    const code = check(args, { out: (line) => out.push(line), err: (line) => out.push(line), readFile: () => new TextEncoder().encode(source) });
    return { code, out };
  };
  const warned = edited(smallYaml, ['partners: { possible: [city] }', 'partners: { required: [city], possible: [city] }']);

  it('exits 0 with the warning shown, and 1 under --strict', () => {
    const plain = run(['small.yaml'], warned);
    expect(plain.code).toBe(0);
    expect(plain.out[0]).toMatch(/^small\.yaml:\d+:\d+: warning: measures\[0\]\.partners\.possible\[0\]: role "city"/);
    expect(plain.out.slice(1)).toEqual(['small.yaml: 1 warning', expect.stringMatching(/^small\.yaml: OK \(/)]);
    expect(run(['--strict', 'small.yaml'], warned).code).toBe(1);
    expect(run(['--lang', 'de', '--strict', 'small.yaml'], warned).out[1]).toBe('small.yaml: 1 Warnung');
  });

  it('--strict passes a file without warnings', () => {
    expect(run(['--strict', 'small.yaml'], smallYaml).code).toBe(0);
  });
});
