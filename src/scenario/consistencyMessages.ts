/** Sentences for problems in figures that contradict each other, in German and English. */
import type { ConsistencyDetail } from './consistencyDetail';
import { number, percent } from './numberFormat';
import type { Language } from './schema';

const quote = (text: string) => JSON.stringify(text);

/** A figure with thousands grouped as each language writes them: 12,500 or 12.500; at most two decimals. */
export function figure(n: number, lang: Language): string {
  return number(n, lang, 2, 0);
}

export function consistencyMessage(d: ConsistencyDetail, lang: Language): string {
  return lang === 'de' ? german(d) : english(d);
}

function english(d: ConsistencyDetail): string {
  const n = (x: number) => figure(x, 'en');
  switch (d.code) {
    case 'householdsOverFlats':
      return `district ${quote(d.district)} has ${n(d.households)} households but only ${n(d.flats)} flats; every household needs a flat`;
    case 'noFlats':
      return `district ${quote(d.district)} has no flats at all; nobody can live there`;
    case 'yearsUnsorted':
      return `the years must rise from entry to entry, but ${d.year} comes after ${d.previous}`;
    case 'yearRepeated':
      return `the year ${d.year} appears twice in this series; give each year once`;
    case 'scaleOutsideCard':
      return `card ${quote(d.measure)} can be played at a scale from ${d.min} to ${d.max}, got ${d.got}`;
    case 'beforeCardYear':
      return `card ${quote(d.measure)} can only be played from ${d.from}, got ${d.got}`;
    case 'eventOutsideGame':
      return `the game runs from ${d.first} to ${d.last}, so this event with ${d.got} never happens`;
    case 'workshopTooLong':
      return `the workshop length covers ${d.got} years, but the scenario describes only ${d.years} (turns × turnLength); choose fewer rounds or shorter ones`;
    case 'noWeights':
      return `household class ${quote(d.householdClass)} values nothing (every weight is 0), so every district is equally attractive to it and no measure can hold it`;
    case 'demolishBeyondStock':
      return `would demolish up to ${n(d.demolished)} flats, more than ${d.short
        .map(({ district, flats }) => `${district ? `district ${quote(district)}` : 'the whole neighbourhood'} has (${n(flats)})`)
        .join(', ')}`;
    case 'mapOutside':
      return `district ${quote(d.district)} reaches ${percent((d.right > 100 ? d.right : d.bottom) / 100, 'en', 2, 0)} of the board ${d.right > 100 ? 'to the right' : 'downwards'}; x + width and y + height must stay within 100`;
    case 'mapOverlap':
      return `district ${quote(d.district)} covers part of district ${quote(d.other)} on the board`;
    case 'mapPartial':
      return `some districts have a map and ${d.missing.map(quote).join(', ')} have none, so the board ignores every map and lays the districts out in a grid`;
    case 'districtsIgnored':
      return `card ${quote(d.measure)} acts on the whole neighbourhood, so a district given here is ignored`;
    case 'partnerTwice':
      return `role ${quote(d.role)} is listed both as a required and as a possible partner; a required partner takes part anyway`;
  }
}

function german(d: ConsistencyDetail): string {
  const n = (x: number) => figure(x, 'de');
  switch (d.code) {
    case 'householdsOverFlats':
      return `das Teilgebiet ${quote(d.district)} hat ${n(d.households)} Haushalte, aber nur ${n(d.flats)} Wohnungen; jeder Haushalt braucht eine Wohnung`;
    case 'noFlats':
      return `das Teilgebiet ${quote(d.district)} hat gar keine Wohnungen; dort kann niemand wohnen`;
    case 'yearsUnsorted':
      return `die Jahre müssen von Eintrag zu Eintrag steigen, aber ${d.year} folgt auf ${d.previous}`;
    case 'yearRepeated':
      return `das Jahr ${d.year} steht zweimal in dieser Reihe; jedes Jahr nur einmal angeben`;
    case 'scaleOutsideCard':
      return `die Karte ${quote(d.measure)} kann im Umfang ${d.min} bis ${d.max} gespielt werden, gefunden: ${d.got}`;
    case 'beforeCardYear':
      return `die Karte ${quote(d.measure)} kann erst ab ${d.from} gespielt werden, gefunden: ${d.got}`;
    case 'eventOutsideGame':
      return `das Spiel läuft von ${d.first} bis ${d.last}, daher tritt dieses Ereignis mit ${d.got} nie ein`;
    case 'workshopTooLong':
      return `die Workshop-Länge umfasst ${d.got} Jahre, das Szenario beschreibt aber nur ${d.years} (turns × turnLength); bitte weniger oder kürzere Runden wählen`;
    case 'noWeights':
      return `der Haushaltstyp ${quote(d.householdClass)} legt auf nichts Wert (alle Gewichte sind 0); so ist ihm jedes Teilgebiet gleich attraktiv, und keine Maßnahme kann ihn halten`;
    case 'demolishBeyondStock':
      return `würde bis zu ${n(d.demolished)} Wohnungen abreißen, mehr als ${d.short
        .map(({ district, flats }) => `${district ? `das Teilgebiet ${quote(district)}` : 'das ganze Quartier'} hat (${n(flats)})`)
        .join(', ')}`;
    case 'mapOutside':
      return `das Teilgebiet ${quote(d.district)} reicht bis ${percent((d.right > 100 ? d.right : d.bottom) / 100, 'de', 2, 0)} des Spielplans ${d.right > 100 ? 'nach rechts' : 'nach unten'}; x + width und y + height dürfen 100 nicht überschreiten`;
    case 'mapOverlap':
      return `das Teilgebiet ${quote(d.district)} verdeckt auf dem Spielplan einen Teil des Teilgebiets ${quote(d.other)}`;
    case 'mapPartial':
      return `einige Teilgebiete haben eine Lage (map), ${d.missing.map(quote).join(', ')} aber nicht; daher übergeht der Spielplan alle Angaben und ordnet die Teilgebiete im Raster an`;
    case 'districtsIgnored':
      return `die Karte ${quote(d.measure)} wirkt im ganzen Quartier, daher wird ein hier angegebenes Teilgebiet übergangen`;
    case 'partnerTwice':
      return `die Rolle ${quote(d.role)} steht sowohl bei den notwendigen als auch bei den möglichen Partnern; ein notwendiger Partner ist ohnehin beteiligt`;
  }
}
