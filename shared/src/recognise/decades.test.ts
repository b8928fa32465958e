import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('decades and centuries', () => {
  it('write a decade before Christ as its years are written, "the 470s BC" as BC047', () => {
    expect(tag('In the 470s BC Athens grew; by the 460s B.C. the league was an empire.').map((t) => [t[0], t[3]])).toEqual([
      ['the 470s BC', 'BC047'],
      ['the 460s B.C.', 'BC046'],
    ]);
  });

  it('write a decade as its first three digits', () => {
    expect(tag("the 1990s, the '80s, the nineties")).toEqual([
      ['the 1990s', 0, 'DATE', '199'],
      ["the '80s", 11, 'DATE', '198'],
      ['the nineties', 21, 'DATE', '199'],
    ]);
  });

  it('read "2010\'s" before a name, with no "the", as the year\'s, and "the 1990\'s" or "1960\'s rock" as the decade', () => {
    expect(tag('Her first album since 2010\'s "Northern Line" went platinum. In the 1990\'s music changed. He loved 1960\'s rock.').map((t) => [t[0], t[3]])).toEqual([
      ['2010', '2010'], ['the 1990\'s', '199'], ['1960\'s', '196'],
    ]);
  });

  it('keep early, late and mid inside, with the "the" before them', () => {
    expect(tag('in the mid-1980s and the late 1970s')).toEqual([
      ['the mid-1980s', 3, 'DATE', '198'],
      ['the late 1970s', 21, 'DATE', '197'],
    ]);
  });

  it('write a century as its first two digits', () => {
    expect(tag('the 20th century')).toEqual([['the 20th century', 0, 'DATE', '19']]);
  });

  it('read coordinated centuries each as its own, the first of the era told after the second: "the 5th and 4th centuries BC"', () => {
    expect(tag('It was built in the 12th and 13th centuries, rebuilt in the eighteenth and nineteenth centuries.').map((t) => [t[0], t[3]])).toEqual([
      ['the 12th', '11'],
      ['13th centuries', '12'],
      ['the eighteenth', '17'],
      ['nineteenth centuries', '18'],
    ]);
    expect(tag('Athens rose in the 5th and 4th centuries BC.').map((t) => [t[0], t[3]])).toEqual([['the 5th', 'BC04'], ['4th centuries BC', 'BC03']]);
  });

  it('leave an ordinal before another that counts no centuries: "the fifth and sixth grades"', () => {
    expect(tag('pupils in the fifth and sixth grades').map((t) => t[0])).toEqual([]);
  });

  it('read "the 1800s" as a century, and "the 2000s" as the decade news means by it', () => {
    expect(tag('the 1800s, the early 1900s and the 2000s')).toEqual([
      ['the 1800s', 0, 'DATE', '18'],
      ['the early 1900s', 11, 'DATE', '19'],
      ['the 2000s', 31, 'DATE', '200'],
    ]);
  });

  it('count "the next decade" in news that told no date before from now, as no story moves a decade on untold', () => {
    expect(tagTimexes('Japan will spend more in the next decade and more in the next century.', { dct: '2013-03-15' }).map((t) => [t.text, t.value])).toEqual([
      ['the next decade', '202'],
      ['the next century', '21'],
    ]);
    // How long, though, "within the next decade", as "over" and "for" it.
    expect(tagTimexes('Amtrak expects to break even within the next decade.', { dct: '2013-10-10' }).map((t) => [t.text, t.value])).toEqual([['the next decade', 'P10Y']]);
  });

  it('count "the next decade" and "the following decade" from the decade told last, before Christ too', () => {
    const values = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(values('In the 1970s they fought. In the next decade they rested.')).toEqual([['the 1970s', '197'], ['the next decade', '198']]);
    expect(values('Throughout the 470s BC the League campaigned; in the following decade Cimon sailed.')).toEqual([
      ['the 470s BC', 'BC047'],
      ['the following decade', 'BC046'],
    ]);
    expect(values('In the 1970s they fought. In 1985 they rested. In the next decade they won.')).toEqual([
      ['the 1970s', '197'],
      ['1985', '1985'],
      ['the next decade', '199'],
    ]);
  });

  it('count "two decades later" and "a decade earlier" from the decade told last, else in news as years from the year', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-01-29' }).map((t) => [t.text, t.value]);
    expect(values('He played in 1970. He stopped in the mid-1980s. Two decades later, listeners found him.')).toEqual([
      ['1970', '1970'],
      ['the mid-1980s', '198'],
      ['Two decades later', '200'],
    ]);
    expect(values('In the 1960s he moved. A decade earlier he had been in Paris.')[1]).toEqual(['A decade earlier', '195']);
    // (As "a decade ago" is the year ten years back; a narrative keeps the decade.)
    expect(values('His 1958 novel sold poorly, but two decades later it was found.')[1]).toEqual(['two decades later', '1978']);
    expect(tagTimexes('His 1958 novel sold poorly, but two decades later it was found.', { genre: 'narrative' }).map((t) => t.value)).toEqual(['1958', '197']);
  });

  it('read "over the past decade" and "for the next century" as how long, "in the last decade" as the decade', () => {
    expect(tag('Prices rose over the past decade and will rise over the next decade; it held for the past century.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['the past decade', 'DURATION', 'P10Y'],
      ['the next decade', 'DURATION', 'P10Y'],
      ['the past century', 'DURATION', 'P100Y'],
    ]);
    expect(tag('Wages lost power in the last decade.').map((t) => [t[0], t[2], t[3]])).toEqual([['the last decade', 'DATE', '198']]);
    expect(tag('Prices have doubled in the past decade.').map((t) => [t[0], t[2], t[3]])).toEqual([['the past decade', 'DURATION', 'P10Y']]);
  });

  it('read "in the last decade" after a present perfect as the stretch up to now', () => {
    expect(tag('Eleven shops have closed in the last decade.').map((t) => [t[0], t[2], t[3]])).toEqual([['the last decade', 'DURATION', 'P10Y']]);
    expect(tag('The service has been cut twice in the last decade.').map((t) => [t[0], t[2], t[3]])).toEqual([['the last decade', 'DURATION', 'P10Y']]);
    expect(tag('We’ve seen more change in the last century than ever, and we\'ve seen it in the last decade.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['the last century', 'DURATION', 'P100Y'],
      ['the last decade', 'DURATION', 'P10Y'],
    ]);
  });

  it('read a century spelt out, and one before Christ', () => {
    expect(tag('the nineteenth century, the 4th century BC and the 9th century B.C.')).toEqual([
      ['the nineteenth century', 0, 'DATE', '18'],
      ['the 4th century BC', 24, 'DATE', 'BC03'],
      ['the 9th century B.C.', 47, 'DATE', 'BC08'],
    ]);
  });

  it('do not read "the first centuries" as one century', () => {
    expect(tag('the first centuries')).toEqual([]);
  });
});
