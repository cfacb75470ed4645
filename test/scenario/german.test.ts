import { describe, expect, it } from 'vitest';
import { edited, problemsOf, smallJson, smallYaml } from './fixture';

describe('problems read in German when the trainer asks for it', () => {
  it('phrases schema, reference and consistency problems in German', () => {
    const source = edited(
      smallYaml,
      ['cost: 150000', 'cost: viel'],
      ['leadTime: 1', 'leadTme: 1'],
      ['neighbours: [wk2]', 'neighbours: [wk9]'],
      ['    lead: city\n', ''],
      ['rule: consent', 'rule: dots'],
    );
    expect(problemsOf(source, 'small.yaml', 'de')).toEqual([
      'small.yaml:68:18: districts[0].neighbours[0]: verweist auf das Teilgebiet "wk9", das es nicht gibt; meinten Sie "wk1"?',
      'small.yaml:122:5: measures[0].leadTme: ist hier kein bekannter Schlüssel; meinten Sie "leadTime"?',
      'small.yaml:127:5: measures[1].lead: fehlt',
      'small.yaml:134:11: measures[1].cost: muss eine Zahl ≥ 0 sein, gefunden: "viel"',
      'small.yaml:175:9: decision.rule: muss eine der Entscheidungsregeln aus options sein (consent, majority), gefunden: "dots"',
    ]);
  });

  it('phrases syntax errors in German', () => {
    expect(problemsOf(edited(smallJson, ['"turns": 10', '"turns": 10,']), 'small.json', 'de')).toEqual([
      'small.json:25:3: JSON-Syntaxfehler: JSON erlaubt kein Komma vor einer schließenden "}" oder "]"',
    ]);
    expect(problemsOf(edited(smallYaml, ['  turns: 10', '  turns: 10\n  turns: 12']), 'small.yaml', 'de')).toEqual([
      'small.yaml:22:3: YAML-Syntaxfehler: dieser Schlüssel steht zweimal im selben Block; der erste steht in Zeile 21',
    ]);
  });
});
