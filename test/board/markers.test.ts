import { describe, expect, it } from 'vitest';
import { markersOf, shortName } from '../../src/board/markers';
import type { GameState, Proposal } from '../../src/rules/types';
import type { Intervention } from '../../src/sim/state';
import { newGame } from '../../src/rules/game';
import { gruenau } from '../helpers/scenarios';

const scenario = gruenau();

const measure = (id: string, districts: string[]): Intervention => ({
  kind: 'measure',
  id,
  districts,
  scale: 1,
  participation: 'none',
  effect: 1,
  firstYear: 1997,
  lastYear: 1999,
});

const proposal = (id: string, measure: string, district: string | undefined, verdict: Proposal['verdict']): Proposal => ({
  id,
  year: 1997,
  tabledBy: 'city',
  measure,
  ...(district && { district }),
  scale: 1,
  participation: 'none',
  financing: {},
  partners: [],
  pledges: [],
  support: [],
  oppose: [],
  verdict,
});

function stateWith(phase: GameState['phase'], interventions: Intervention[], proposals: Proposal[]): GameState {
  const state = newGame(scenario, 1);
  return { ...state, phase, proposals, model: { ...state.model, interventions } };
}

describe('names on badges', () => {
  it('keep short names whole', () => {
    expect(shortName('Imagekampagne')).toBe('Imagekampagne');
    expect(shortName('Offener Jugendtreff')).toBe('Offener Jugendtreff');
  });

  it('cut long names at a word, without a dangling small word', () => {
    expect(shortName('Aufzüge und barrierearme Wohnungen')).toBe('Aufzüge');
    expect(shortName('Merging flats for families', 16)).toBe('Merging flats');
    expect(shortName('Concierge in the tower block')).toBe('Concierge');
  });

  it('cut mid-word with "…" when the words kept would say too little', () => {
    expect(shortName('Grün auf Abrissflächen', 16)).toBe('Grün auf Abriss…');
    expect(shortName('Wohnungszusammenlegung für Familien')).toBe('Wohnungszusammenleg…');
  });
});

describe('markers on the board', () => {
  it('mark running measures on their districts, once per measure with a count', () => {
    const markers = markersOf(scenario, stateWith('news', [measure('youthClub', ['wk8']), measure('youthClub', ['wk8']), measure('renovation', ['wk4'])], []), 'de');
    expect(markers.districts.wk8).toEqual([{ name: 'Offener Jugendtreff', count: 2, kind: 'running' }]);
    expect(markers.districts.wk4).toEqual([{ name: 'Komplexsanierung', count: 1, kind: 'running' }]);
    expect(markers.neighbourhood).toEqual([]);
  });

  it('put measures for the whole neighbourhood in their own row, not on every district', () => {
    const all = scenario.districts.map((d) => d.id);
    const markers = markersOf(scenario, stateWith('news', [measure('neighbourhoodManagement', all)], []), 'en');
    expect(markers.neighbourhood).toEqual([{ name: 'Neighbourhood management', count: 1, kind: 'running' }]);
    expect(Object.values(markers.districts).flat()).toEqual([]);
  });

  it("show this year's open and passed proposals first while they are on the table, and drop refused ones", () => {
    const proposals = [proposal('p1', 'youthClub', 'wk7', 'open'), proposal('p2', 'renovation', 'wk7', 'rejected'), proposal('p3', 'imageCampaign', undefined, 'passed')];
    const markers = markersOf(scenario, stateWith('negotiation', [measure('streetwork', ['wk7'])], proposals), 'de');
    expect(markers.districts.wk7!.map((m) => [m.name, m.kind])).toEqual([
      ['Offener Jugendtreff', 'proposed'],
      ['Mobile Jugendarbeit', 'running'],
    ]);
    expect(markers.neighbourhood).toEqual([{ name: 'Imagekampagne', count: 1, kind: 'proposed' }]);
  });

  it('show no proposals once the year has been simulated', () => {
    const markers = markersOf(scenario, stateWith('review', [], [proposal('p1', 'youthClub', 'wk7', 'passed')]), 'de');
    expect(markers.districts.wk7).toEqual([]);
  });
});
