import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);
const textsAndValues = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.value]);

describe('seasons, quarters and halves', () => {
  it('read "fall" before a noun it qualifies as the season, but not the verb before a noun', () => {
    expect(tag('Classes resume with the fall semester; after the inconclusive fall campaign, stocks fall session after session.')).toEqual([
      ['fall', 24, 'DATE', '1998-FA'],
      ['fall', 62, 'DATE', '1997-FA'],
    ]);
    // "this fall under a law" is the season; "raises that fall short of" the verb (nonDates.test.ts).
    expect(tag('Students will pay lower rates this fall under a law Obama signed.', '2013-08-14').map((t) => [t[0], t[3]])).toEqual([['this fall', '2013-FA']]);
    // What is planned for it: "scheduled for the fall" (not "blamed for the fall").
    expect(tag('A tablet is scheduled for the fall. He was blamed for the fall.', '2013-01-15').map((t) => [t[0], t[3]])).toEqual([['the fall', '2013-FA']]);
  });

  it('read "the latest quarter" as one that has ended, not the quarter under way that a forecast just told of', () => {
    expect(textsAndValues('For the fourth quarter, Lumina forecast revenue of $650 million, roughly flat with the latest quarter.', '2000-10-12')).toEqual([
      ['the fourth quarter', '2000-Q4'],
      ['the latest quarter', '2000-Q3'],
    ]);
  });

  it('read a half after its year, as a quarter is: "the 1990 first half", "last year\'s second half"', () => {
    expect(textsAndValues('It lost $12.3 million in the 1990 first half, and last year\'s second half was weak.', '1991-07-23')).toEqual([
      ['the 1990 first half', '1990-H1'],
      ["last year's second half", '1990-H2'],
    ]);
  });

  it('read halves as results news writes them, "H1 2024", but not a virus\'s name', () => {
    expect(tag('Profit rose in H1 2024. The H1N1 virus spread.')).toEqual([['H1 2024', 15, 'DATE', '2024-H1']]);
  });

  it('read a quarter or half of a fiscal year results news abbreviates, "Q3 FY24", "H1 FY2025", as that fiscal year\'s', () => {
    expect(tag('Revenue in Q1 FY25 rose; results for Q3 FY24 and H1 FY2025 follow.', '2024-10-31')).toEqual([
      ['Q1 FY25', 11, 'DATE', '2025-Q1'],
      ['Q3 FY24', 37, 'DATE', '2024-Q3'],
      ['H1 FY2025', 49, 'DATE', '2025-H1'],
    ]);
    expect(tag('Profit in the third quarter of FY2025 rose.', '2024-10-31')).toEqual([['the third quarter of FY2025', 10, 'DATE', '2025-Q3']]);
  });

  it('read a quarter written number first, "2Q24", "3Q2013", "4Q results", but not a bare "4Q" that may name a model', () => {
    expect(tag('Margins narrowed in 2Q24 after 3Q2013 sales and 4Q results; the 4Q camera sold well.', '2024-08-01')).toEqual([
      ['2Q24', 20, 'DATE', '2024-Q2'],
      ['3Q2013', 31, 'DATE', '2013-Q3'],
      ['4Q', 48, 'DATE', '2023-Q4'],
    ]);
  });

  it('leave "the" to the noun of results a "Q4" qualifies, "the Q4 results", as it does for "the third-quarter loss"', () => {
    expect(tag('The Q4 results beat forecasts; profit fell in the Q2.', '2024-08-01').map((t) => t[0])).toEqual(['Q4', 'the Q2']);
  });

  it('read a quarter or half with its year by its last two digits, "Q2\'24", "H1 ’25", as "\'24" alone is', () => {
    expect(tag('TSMC\'s Q2\'24 revenue rose; H1 ’25 will be weaker.', '2024-08-01')).toEqual([
      ["Q2'24", 7, 'DATE', '2024-Q2'],
      ['H1 ’25', 27, 'DATE', '2025-H1'],
    ]);
  });

  it('do not read a share of a unit, "the next quarter of a century", as a quarter', () => {
    expect(tag('It took the next quarter of a century.').map((t) => t[2])).not.toContain('DATE');
  });

  it('read a season told in no tense as the one next to come, where it is the next, and else as the last one gone by', () => {
    expect(tagTimexes('For many people, this weekend is the unofficial start of summer.', { dct: '2013-05-23' }).map((t) => t.value)).toEqual(['2013-W21-WE', '2013-SU']);
    expect(tagTimexes('The lake is at its lowest since the summer.', { dct: '2013-02-23' }).map((t) => t.value)).toEqual(['2012-SU']);
  });

  it('read "that summer" after a January as that year\'s summer, and "that winter" as the one the January is in', () => {
    expect(tag('He won in January 1994 and lost that summer.').map((t) => t[3])).toEqual(['1994-01', '1994-SU']);
    expect(tag('It snowed in January 2021. That winter was cold.').map((t) => t[3])).toEqual(['2021-01', '2020-WI']);
  });

  it('read "that summer" past a day of this week back to the year of years ago told before it', () => {
    expect(textsAndValues('The bridge was rebuilt in 1990. Residents gathered on Tuesday to mark the date. Traffic returned that summer.', '2013-06-12')).toEqual([
      ['1990', '1990'], ['Tuesday', '2013-06-11'], ['that summer', '1990-SU'],
    ]);
  });

  it('count "the following spring" and "that winter" from the story, not from the publication', () => {
    const text = 'Protests ebbed in October 2020. That winter, police came at night. The family left the following spring.';
    expect(tag(text, '2024-08-20').map(([text, , , value]) => [text, value])).toEqual([
      ['October 2020', '2020-10'],
      ['That winter', '2020-WI'],
      ['night', 'XXXX-XX-XXTNI'],
      ['the following spring', '2021-SP'],
    ]);
    expect(tag('Saigon fell in 1975; Laos was overrun that same spring.').map(([text, , , value]) => [text, value])).toEqual([
      ['1975', '1975'],
      ['that same spring', '1975-SP'],
    ]);
    // "the next spring" is the story's, as "the next year" is; "next spring" alone the coming one.
    expect(tag('She started in June 1962. The next spring they put her on the looms.', '1998-09-03').map((t) => t[3])).toEqual(['1962-06', '1963-SP']);
    expect(tag('The mill will close next spring.', '1998-09-03').map((t) => t[3])).toEqual(['1999-SP']);
    // A year news counts back to moves no story, but "that spring" right after it is of that year.
    expect(tag('The two companies first discussed a combination two years ago, but talks broke off that spring over price.', '1990-02-07').map((t) => t[3]))
      .toEqual(['1988', '1988-SP']);
    // So is "the following February" a year after it.
    expect(tag('Four years ago, Gramm tied Dole here, and yet Gramm was out of the race the following February.', '1999-08-13').map((t) => t[3]))
      .toEqual(['1995', '1996-02']);
  });

  it('read "the summer of \'68" and "spring \'99" as one season of the year told by its last two digits, and set the story\'s year', () => {
    const values = (text: string) => tag(text, '1998-10-27').map(([text, , , value]) => [text, value]);
    expect(values("In the summer of '68 they met. Later that year they wed.")).toEqual([["the summer of '68", '1968-SU'], ['Later that year', '1968']]);
    expect(values("It opened in spring ’99.")).toEqual([['spring ’99', '1999-SP']]);
  });

  it('count "the summer before" and "the winter after" ending their phrase from the story, as "the year before" is', () => {
    const values = (text: string) => tag(text, '2010-12-20').map(([text, , , value]) => [text, value]);
    expect(values('In 1962 he went to Rome. The summer before, he had been in Madrid.')).toEqual([['1962', '1962'], ['The summer before', '1961-SU']]);
    expect(values('He was in Rome in 1962, and the spring after, in Oslo.')).toEqual([['1962', '1962'], ['the spring after', '1963-SP']]);
  });

  it('leave "before" that opens a clause or a noun after a season, and keep "last summer" before a comma-ended "before" its own', () => {
    const values = (text: string) => tag(text, '2010-12-20').map(([text, , , value]) => [text, value]);
    expect(values('He founded it in the summer before his senior year.')).toEqual([['the summer', '2010-SU']]);
    expect(values('He came last summer before, he said, the rains.')).toEqual([['last summer', '2010-SU']]);
  });

  it('make a season with its year written the last date told, so "Later that year", "That winter" and "Two years later" follow it', () => {
    expect(tag('In the spring of 1986, she was appointed CBE. Later that year she became a dame.', '2021-07-11').map((t) => t[3])).toEqual(['1986-SP', '1986']);
    expect(tag('He toured in the autumn of 1936. That winter he recorded, and the following year he moved.', '2010-12-20').map((t) => t[3])).toEqual([
      '1936-FA', '1936-WI', '1937',
    ]);
    expect(tag('In the summer of 1998 she moved to Leeds. Two years later, she left.', '2012-06-20').map((t) => t[3])).toEqual(['1998-SU', '2000']);
  });

  it('read a story\'s bare winter told after its midsummer as the winter ahead, named by the year of its January', () => {
    const story = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(story('They encamped at Valley Forge in December 1777. Over the winter, 2,500 men died.')).toEqual([
      ['December 1777', '1777-12'],
      ['the winter', '1778-WI'],
    ]);
    expect(story('The army gathered in the autumn of 481 BC and passed the winter at Sardis.').at(-1)).toEqual(['the winter', 'BC0480-WI']);
  });

  it('keep a story\'s bare winter in its year when the story is in its first half, and let it not move the story', () => {
    const story = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(story('The Battle of Princeton was fought on January 3, 1777. The army spent the winter at Morristown.').at(-1)).toEqual(['the winter', '1777-WI']);
    expect(story('The Battle of Plataea was in June 479 BC. Over the winter, the allies had quarrelled.').at(-1)).toEqual(['the winter', 'BC0479-WI']);
    expect(story('Austria could fight only until December 1918. "We cannot hold out over the winter." On 10 September the envoys met.')).toEqual([
      ['December 1918', '1918-12'],
      ['the winter', '1919-WI'],
      ['10 September', '1918-09-10'],
    ]);
  });

  it('read a bare season in news telling a story of two or more years back as that story\'s: "The rain had started in the spring"', () => {
    expect(tag('At 3 a.m. on July 11, 1993, the river came over the levee. The rain had started in the spring.', '2013-07-10').map((t) => t[3])).toEqual([
      '1993-07-11T03:00', '1993-07-11', '1993-SP',
    ]);
    // Not a story of last year, whose seasons news tells from now as often: "Last year we lost four games … missed three weeks in the spring".
    expect(tag('The streak dates to October 2012. Holt, who missed three weeks in the spring with an injury, caught nine passes.', '2013-09-08').map((t) => t[3])).toEqual([
      '2012-10', 'P3W', '2013-SP',
    ]);
  });

  it('read a story\'s bare season told after another as that one or the next after it, until the story moves', () => {
    const story = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(story('The army gathered in the autumn of 481 BC and passed the winter at Sardis. Early in spring it moved to Abydos.').slice(1)).toEqual([
      ['the winter', 'BC0480-WI'],
      ['Early in spring', 'BC0480-SP'],
    ]);
    expect(story('By the middle of summer the Reds led. On 27 January 1919 they took the city. Troops left before the onset of winter.').at(-1)).toEqual([
      'winter', '1919-WI',
    ]);
    expect(story('On 27 January 1919 they took the city. By the middle of summer the Reds led. Troops left before the onset of winter. The winter was harsh.').slice(-2)).toEqual([
      ['winter', '1920-WI'],
      ['The winter', '1920-WI'],
    ]);
  });

  it('read a season that tells the use of a thing ("winter quarters", "the winter food supplies") as a season of any year', () => {
    const story = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(story('In 1777 the British entered winter quarters and burned the winter food supplies.')).toEqual([
      ['1777', '1777'],
      ['winter', 'XXXX-WI'],
      ['winter', 'XXXX-WI'],
    ]);
    expect(tag('Francis will meet Benedict at the papal summer residence.', '2013-03-21').map((t) => t[3])).toEqual(['XXXX-SU']);
  });

  it('keep a season before a noun of its time ("the winter offensive") or alone in the story\'s year', () => {
    const story = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(story('In 1942 the Soviets began their winter offensive. In the spring they rested.')).toEqual([
      ['1942', '1942'],
      ['winter', '1942-WI'],
      ['the spring', '1942-SP'],
    ]);
  });

  it('do not let a season without a written year ("This spring") replace the day told before it', () => {
    expect(tag('On 3 May 2010 the plant closed. This spring it was sold. The next day it reopened.', '2012-06-20').map((t) => t[3])).toEqual([
      '2010-05-03', '2012-SP', '2010-05-04',
    ]);
  });

  it('read a quarter long gone by this year, told as still to come, as next year\'s', () => {
    const values = (text: string) => textsAndValues(text, '2013-11-20');
    expect(values('The deal is expected to close in the first quarter.')).toEqual([['the first quarter', '2014-Q1']]);
    // So with a possibility: "could triple in the first quarter".
    expect(values('Officials have warned that prices could triple in the first quarter.')).toEqual([['the first quarter', '2014-Q1']]);
    expect(values('Sales rose in the first quarter.')).toEqual([['the first quarter', '2013-Q1']]);
    // The quarter just ended is still to be reported on.
    expect(values('It will report third-quarter results and explain the third quarter next week.')).toEqual([
      ['third-quarter', '2013-Q3'],
      ['the third quarter', '2013-Q3'],
      ['next week', '2013-W48'],
    ]);
  });

  it('read "fourth-quarter results" and "fourth-quarter growth" in the first quarter as last year\'s, even still to be reported', () => {
    const values = (text: string) => textsAndValues(text, '2013-01-07');
    expect(values('The bank will report fourth-quarter results next week.')).toEqual([['fourth-quarter', '2012-Q4'], ['next week', '2013-W03']]);
    expect(values('The bank will report results for the fourth quarter next week.')).toEqual([['the fourth quarter', '2012-Q4'], ['next week', '2013-W03']]);
    expect(values('Apple will report results for the December quarter next week.')).toEqual([['the December quarter', '2012-Q4'], ['next week', '2013-W03']]);
    expect(values('Apple reported record sales for the holiday quarter.')).toEqual([['the holiday quarter', '2012-Q4']]);
    expect(values('The fourth quarter will be tough.')).toEqual([['The fourth quarter', '2013-Q4']]);
    // A quarter not yet begun after "before", "by" or "until", whatever the tense of the saying.
    expect(textsAndValues('The timing was meant to put the software on store shelves before the fourth quarter.', '2013-09-17')).toEqual([['the fourth quarter', '2013-Q4']]);
    // And figures for it told as a forecast: "said revenue for the fourth quarter would come in above its own forecast".
    expect(values('The software maker said revenue for the fourth quarter would come in above its own forecast.')).toEqual([['the fourth quarter', '2012-Q4']]);
    // An economy's figures for the quarter as well as a company's.
    expect(values('Investors will watch for the final estimate of fourth-quarter economic growth and fourth-quarter GDP.')).toEqual([
      ['fourth-quarter', '2012-Q4'],
      ['fourth-quarter', '2012-Q4'],
    ]);
    expect(values('The department will release its first estimate of fourth-quarter gross national product.')).toEqual([['fourth-quarter', '2012-Q4']]);
  });

  it('count "the previous quarter" in a report from the quarter reported on, not from one forecast since nor the day of the report', () => {
    const text = 'It said second-quarter profit rose. It forecast third-quarter sales of $1.7 billion. Orders climbed from the previous quarter.';
    expect(textsAndValues(text, '2013-07-24').map((t) => t[1])).toEqual(['2013-Q2', '2013-Q3', '2013-Q1']);
    const jobless = 'Unemployment hit a record in the first quarter, data showed Thursday. The number of jobless rose from the previous quarter.';
    expect(textsAndValues(jobless, '2013-04-25').map((t) => t[1])).toEqual(['2013-Q1', '2013-04-25', '2012-Q4']);
    // Nor from a month told since, outside the quarter reported.
    const gnp = 'The economy grew in the first quarter. Auto production recovered after steep cuts in December. Prices rose at a 6.2 percent rate, up from 3.9 percent in the previous quarter.';
    expect(textsAndValues(gnp, '1990-04-27').map((t) => t[1])).toEqual(['1990-Q1', '1989-12', '1989-Q4']);
    // Nor from a year before told since, which the report compares with.
    const bank = 'It said its first-quarter profit rose. Revenue slipped as refinancing, which boomed last year, slowed. Net interest income was down from the previous quarter.';
    expect(textsAndValues(bank, '2013-04-18').map((t) => t[1])).toEqual(['2013-Q1', '2012', '2012-Q4']);
  });

  it('read a season not yet begun after "before", "by" or "until" as the year\'s, whatever the tense of the saying', () => {
    const values = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => t.value);
    expect(values('Analysts said they saw little chance of a move before the summer.', '1993-03-26')).toEqual(['1993-SU']);
    expect(values('She said aid agencies needed to move families into solid shelter before winter.', '1998-10-06')).toEqual(['1998-WI']);
    // Not one gone by ("the rooms were sold out by the spring", told in October), nor the end of one in a past perfect.
    expect(values('Hoteliers say rooms for the matches were sold out by the spring.', '2013-10-03')).toEqual(['2013-SP']);
    expect(values('The mill closed last spring. By the end of the summer the plant had been sold.', '2013-01-15')).toEqual(['2012-SP', '2012-SU']);
  });

  it('read "this summer" said in January or February as the calendar year\'s, and "this winter" as the one it is in', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2023-02-06' }).map((t) => t.value);
    expect(values('New powers come in this summer; this winter is mild; last summer was hot.')).toEqual(['2023-SU', '2022-WI', '2022-SU']);
  });

  it('read "this winter" said in spring as the winter just ended, and as the next one when the sentence tells the future', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-03-13' }).map((t) => t.value);
    expect(values('Flu cases were the highest this winter. This winter has been mild.')).toEqual(['2012-WI', '2012-WI']);
    expect(values('This winter will be colder, forecasters said.')).toEqual(['2013-WI']);
  });

  it('read "the final quarter" as the fourth only of a year told, not a game\'s', () => {
    const values = (text: string) => textsAndValues(text, '2023-02-06');
    expect(values('Sales fell in the final quarter of 2022 and the final quarter of last year; he scored in the final quarter.')).toEqual([
      ['the final quarter of 2022', '2022-Q4'],
      ['the final quarter of last year', '2022-Q4'],
    ]);
  });

  it('write seasons with TimeML season codes', () => {
    expect(tag('summer 1998, last winter, this spring')).toEqual([
      ['summer 1998', 0, 'DATE', '1998-SU'],
      ['last winter', 13, 'DATE', '1997-WI'],
      ['this spring', 26, 'DATE', '1998-SP'],
    ]);
  });

  it('take a bare season in the past of the publication date, ahead after "may" and a verb, and "fall" only with a year or a relative word', () => {
    expect(tag('Prices rose in the winter but may fall in the spring.')).toEqual([
      ['the winter', 15, 'DATE', '1997-WI'],
      ['the spring', 42, 'DATE', '1999-SP'],
    ]);
  });

  it('read a bare "the fall" after a preposition of time as the season, its year by the tense as for "the summer"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-06-15' }).map((t) => [t.text, t.type, t.value]);
    expect(values('The bridge will reopen in the fall.')).toEqual([['the fall', 'DATE', '2013-FA']]);
    // With a purpose after it, or a place after "spend"; but not a drop to a figure.
    expect(values('It has redrawn bus routes for the fall to save money.')).toEqual([['the fall', 'DATE', '2013-FA']]);
    expect(values('Students will spend the fall in their old building.')).toEqual([['the fall', 'DATE', '2013-FA']]);
    expect(values('Oil rose after the fall to $30 and since the fall to 2 percent.')).toEqual([]);
    expect(values('The bridge reopened in the fall.')).toEqual([['the fall', 'DATE', '2012-FA']]);
    expect(values('Talks go on until the fall; the standoff continued throughout the fall and winter.').map((t) => t[0])).toEqual(['the fall', 'the fall', 'winter']);
    // A death told in the clause before is no fall that hurt someone; one in the fall's own clause is.
    expect(values('105 children have died of flu since the season began in the fall.')).toEqual([['the fall', 'DATE', '2012-FA']]);
    expect(values('She died after the fall; he broke his hip in the fall.')).toEqual([]);
    expect(values('Home prices rose steadily through the fall and into the fall of 2012.').map((t) => t[0])).toEqual(['the fall', 'the fall of 2012']);
    expect(values('Prices rose through the fall of the empire.')).toEqual([]);
    expect(values('Leaders said they will not take it up before the fall. Stocks fell just before the fall of the government.')).toEqual([
      ['the fall', 'DATE', '2013-FA'],
    ]);    // After "since", "for", "much of" and "spend" too, but not as the drop a reason is given for.
    expect(values('Sales have slowed since the fall. Students applied for the fall. He was out for most of the fall and will spend the fall working.').map((t) => t[0]))
      .toEqual(['the fall', 'the fall', 'the fall', 'the fall']);
    expect(values('The main reason for the fall was oil. Analysts blamed weak sales for the fall.')).toEqual([]);
    // "in case" after it is no complement of a drop.
    expect(values('The Fed will add $50 billion in the fall in case depositors withdraw cash; the fall in prices hurt.')).toEqual([['the fall', 'DATE', '2013-FA']]);
    // A bare "fall" after "by" or "until" that ends its clause.
    expect(values('The squeeze could ease by fall, as prices rise; losses will not be known until fall. Stocks were hit by fall storms.')).toEqual([
      ['fall', 'DATE', '2013-FA'],
      ['fall', 'DATE', '2013-FA'],
    ]);
  });

  it('read a bare "fall" beside another season as the season: "in late summer or early fall", "summer and fall"', () => {
    const values = (text: string) => textsAndValues(text, '2013-03-23');
    expect(values('Treasury expects to hit the ceiling in late summer or early fall.')).toEqual([['late summer', '2013-SU'], ['early fall', '2013-FA']]);
    expect(values('Prices fall or rise in summer.').map((t) => t[0])).toEqual(['summer']);
  });

  it('put a story\'s season in the year it has got to', () => {
    const timexes = tagTimexes('In 1943 the front held. During the summer, the Axis advanced.', { genre: 'narrative' });
    expect(timexes.map((t) => [t.text, t.value])).toEqual([['1943', '1943'], ['the summer', '1943-SU']]);
  });

  it('do not read a capitalised season inside a name as a season', () => {
    expect(tag('The Arab Spring began; the Prague Spring was crushed.')).toEqual([]);
    expect(tag('The Summer Olympics and the Winter Olympics; the Summer Palace; Spring Breakers is a film.')).toEqual([]);
    // So after a relative word in lower case: "The next Summer Games are in Athens".
    expect(tag('The next Summer Games are in Athens; the last Winter Olympics were in Nagano.')).toEqual([]);
  });

  it('keep a season that opens a sentence, ends one, has a year or names an offensive fought in it', () => {
    expect(tag('We will go in the Spring. Spring came early, and Spring 1999 was wet.')).toEqual([
      ['the Spring', 14, 'DATE', '1999-SP'],
      ['Spring', 26, 'DATE', '1998-SP'],
      ['Spring 1999', 49, 'DATE', '1999-SP'],
    ]);
    expect(tag('The German Spring Offensive failed.')).toEqual([['Spring', 11, 'DATE', '1998-SP']]);
  });

  it('leave "the" outside a season that qualifies a noun ("the [summer] offensive"), as the gold has it, and inside a season alone, but read no time in "the winter storm"', () => {
    expect(tag('It failed before the summer offensive; the Spring Offensive stalled; the winter storm hit; the summer was hot.')).toEqual([
      ['summer', 21, 'DATE', '1998-SU'],
      ['Spring', 43, 'DATE', '1998-SP'],
      ['the summer', 91, 'DATE', '1998-SU'],
    ]);
  });

  it('read no quarter of the year in a quarter of a game: "hurt in the second quarter of Saturday\'s win"', () => {
    expect(tag('He was hurt in the second quarter of Saturday\'s win and late in the fourth quarter of the game.').map((t) => t[0])).toEqual(['Saturday']);
    // Nor in a sentence of play with no word of money: "sprained an ankle in the fourth quarter", "lost four games in the fourth quarter".
    expect(tag('Hines, who sprained an ankle in the fourth quarter, is out. Last year we lost four games in the fourth quarter.').map((t) => t[0])).toEqual(['Last year']);
    expect(tag('The Glendale-Hillcrest game was held up about 40 minutes by lightning in the first quarter.').map((t) => t[0])).toEqual(['40 minutes']);
    expect(tag('Profit rose in the fourth quarter, though the chain lost two games in sales.').map((t) => t[0])).toEqual(['the fourth quarter']);
    // Named by a word or two, or by what is played in it.
    expect(tag('Power went out early in the third quarter of the Super Bowl; nobody cares about the fourth quarter of a regular-season game.')).toEqual([]);
    expect(tag('He hit a 15-footer with 4:12 left in the third quarter of San Antonio\'s 104-92 win, after a pass on the opening drive of the third quarter.')).toEqual([]);
    expect(tag('Profit rose in the third quarter of 2012 and in the fourth quarter of the year.').map((t) => t[3])).toEqual(['2012-Q3', '1998-Q4']);
  });

  it('read no time in a season that names a kind of thing: "a winter storm watch", "spring break", "Summer school begins"', () => {
    expect(tag('A winter storm watch is out; schools close for spring break; Summer school begins; the winter solstice nears.')).toEqual([]);
    // After "that" or "this" too: "asking that spring break be left alone".
    expect(tag('Parents called, most of them asking that spring break be left alone, and this winter storm may close schools.')).toEqual([]);
    // What is offered or sold for a season: "the emergency winter shelter", "the summer meals program", "winter weather".
    expect(tag('The emergency winter shelter opens early; the summer meals program reaches few; winter weather is coming.')).toEqual([]);
    // Crops and fuels of a season, the noun joined by a hyphen or not: "winter wheat", "winter-blend gasoline", "summer-grade fuel".
    expect(tag('Winter wheat is in poor shape, and stations switch to cheaper winter-blend gasoline, then to summer-grade fuel.')).toEqual([]);
    // Sports' seasonal institutions: "spring practice", "baseball's winter meetings".
    expect(tag('He may rejoin the team for spring practice; the deal was the first of baseball\'s winter meetings.')).toEqual([]);
    // And camps and leagues: "summer camps", "Portland's winter league affiliate".
    expect(tag('Schools and summer camps weigh the rules; he manages Portland\'s winter league affiliate.')).toEqual([]);
    // And the work and rules of a season: "summer jobs", "winter parking rules", "winter road maintenance".
    expect(tag('It cuts short summer jobs; the town\'s winter parking rules and winter road maintenance cost more.')).toEqual([]);
  });

  it('do not read a spring of water or a spring in a step as the season, but keep a spring offensive', () => {
    expect(tag('Water from a hot spring and spring water; a spring in his step. They found a spring. A high spring tide flooded the road.')).toEqual([]);
    expect(tag('They launched a spring offensive.')).toEqual([['spring', 16, 'DATE', '1998-SP']]);
  });

  it('write quarters and halves of a year', () => {
    expect(tag('the fourth quarter of 1998, the first half of 1999, Q3 1998, second-quarter')).toEqual([
      ['the fourth quarter of 1998', 0, 'DATE', '1998-Q4'],
      ['the first half of 1999', 28, 'DATE', '1999-H1'],
      ['Q3 1998', 52, 'DATE', '1998-Q3'],
      ['second-quarter', 61, 'DATE', '1998-Q2'],
    ]);
  });

  it('read a quarter told in no tense as the nearer of last year\'s and this year\'s', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-03-21' }).map((t) => t.value);
    expect(values('Growth figures for the fourth quarter; plans for the second quarter.')).toEqual(['2012-Q4', '2013-Q2']);
    expect(values('Growth will pick up in the fourth quarter.')).toEqual(['2013-Q4']);
  });

  it('take the quarter of results news as the last one a company could report', () => {
    expect(tag('Profit fell in the quarter.', '1989-10-26')).toEqual([['the quarter', 15, 'DATE', '1989-Q3']]);
  });

  it('read "the same period a year earlier" just after a month, and "a year earlier" right after it, as that month a year before, and "the year-ago quarter" as a quarter', () => {
    const values = (text: string) => textsAndValues(text, '2013-03-22');
    expect(values('Sales in February rose 3.2 percent from the same period a year earlier.')).toEqual([['February', '2013-02'], ['the same period a year earlier', '2012-02']]);
    expect(values('Sales in February rose 3.2 percent from the year-ago quarter.')).toEqual([['February', '2013-02'], ['the year-ago quarter', '2011-Q4']]);
    expect(values('In the comparable year-ago quarter it lost money.')).toEqual([['the comparable year-ago quarter', '2011-Q4']]);
    expect(values('Output rose 8.9 percent in February from a year earlier.')).toEqual([['February', '2013-02'], ['a year earlier', '2012-02']]);
    expect(values('Output rose in February. Analysts said profits were lower than a year ago.').map((t) => t[1])).toEqual(['2013-02', '2012']);
    // Nor "a year ago" opening the next sentence, right after the month: it counts from now.
    expect(values('The rate hit a record low of 3.31 percent in November. A year ago, it averaged 3.79 percent.').map((t) => t[1])).toEqual(['2012-11', '2012']);
  });

  it('read "a year earlier" after a quarter reported "today" as that quarter a year before: the day of writing is no period of the report', () => {
    const values = (text: string) => textsAndValues(text, '2013-05-15');
    expect(values('GDP fell 0.2 percent in the first quarter, the statistics office said today. From a year earlier, output dropped 1 percent.')).toEqual([
      ['the first quarter', '2013-Q1'],
      ['today', '2013-05-15'],
      ['a year earlier', '2012-Q1'],
    ]);
  });

  it('read "a year earlier" after a quarter reported as that quarter a year before, past a quarter still under way told since of a forecast', () => {
    expect(textsAndValues('Corvane said on Thursday that revenue rose 14% in the fourth quarter, but warned that the outbreak would weigh on sales in the first '
      + 'quarter. Revenue climbed to $1.38 billion from $1.21 billion a year earlier.', '2020-02-13').map((t) => t[1])).toEqual(['2020-02-13', '2019-Q4', '2020-Q1', '2018-Q4']);
    // So past a half still under way: "warned that growth would slow in the second half of the year".
    expect(textsAndValues('Vireo said Thursday that revenue jumped 58% in the second quarter, but warned that growth would slow in the second half of the '
      + 'year. Sales rose to $2.9 billion from $1.84 billion a year earlier.', '2021-07-29').map((t) => t[1]).at(-1)).toBe('2020-Q2');
  });

  it('read "a year earlier" after a quarter reported as that quarter a year before, past the year under way told since of a plan', () => {
    expect(textsAndValues('Tessaro posted a wider loss for the fourth quarter on Thursday and said it would cut 600 jobs this year. It lost $41 million, '
      + 'compared with a profit of $12 million a year earlier.', '2013-02-14').map((t) => t[1])).toEqual(['2012-Q4', '2013-02-14', '2013', '2011-Q4']);
  });

  it('read "a year earlier" after a quarter reported as that quarter a year before, past a year of history told since', () => {
    const text = 'Continental said third-quarter net income rose 21%. The bank, which nearly collapsed in 1984, earned $58 million, compared with $48 million a year earlier.';
    expect(textsAndValues(text, '1993-10-29').map((t) => t[1])).toEqual(['1993-Q3', '1984', '1992-Q3']);
  });

  it('read "a year earlier" and "the same period last year" after a half-year that has ended as that half a year before, not after one still to end', () => {
    const values = (text: string, dct = '2013-08-10') => textsAndValues(text, dct).map((t) => t[1]);
    expect(values('It lost $49.3 million in the first half of 2013, compared with a loss of $33.5 million a year earlier.')).toEqual(['2013-H1', '2012-H1']);
    expect(values('Earnings were $310 million in the first half, up from $280 million in the same period last year.', '2013-09-18')).toEqual(['2013-H1', '2012-H1']);
    expect(values('It warned that orders would slow in the first half of 1998. Net income rose from $36.1 million a year earlier.', '1998-02-05')).toEqual(['1998-H1', '1997']);
  });

  it('read "a year earlier" after the day results of a quarter are reported, or a retailer\'s quarter ends, as that quarter a year before', () => {
    const values = (text: string, dct: string) => textsAndValues(text, dct).map((t) => t[1]);
    expect(values('Alcoa posted a third-quarter profit yesterday, reversing a loss of $143 million a year earlier.', '2013-10-09')).toEqual(['2013-Q3', '2013-10-08', '2012-Q3']);
    expect(values('Net income rose to $38.4 million in the quarter ended Aug. 3, from $31.9 million a year earlier.', '2013-08-29')).toEqual(['2013-Q2', '2013-08-03', '2012-Q2']);
  });

  it('read "year-ago" after "the quarter ended Sept. 30" as that quarter a year before, the day standing for the quarter it ends', () => {
    const values = (text: string) => textsAndValues(text, '1989-11-01');
    expect(values('It lost $92 million for the quarter ended Sept. 30. The year-ago results were restated.')).toEqual([
      ['the quarter', '1989-Q3'],
      ['Sept. 30', '1989-09-30'],
      ['year-ago', '1988-Q3'],
    ]);
    // A day told with no quarter before it is still just a day: "a year ago" is the year before.
    expect(values('On Sept. 30 it held $5 million, up from a year ago.').map((t) => t[1])).toEqual(['1989-09-30', '1988']);
    // Years further back after a quarter are years, no quarter compared with.
    expect(values('Sales rose in the third quarter. The App Store opened five years ago.').map((t) => t[1])).toEqual(['1989-Q3', '1984']);
  });

  it('read "a year earlier" after "for the nine months" as the year before, which holds those months, and after the quarter again as its quarter', () => {
    const values = (text: string) => textsAndValues(text, '1989-10-26');
    expect(values('Third-quarter net rose from $2 million a year earlier. For the nine months, net fell from $9 million a year earlier.')).toEqual([
      ['Third-quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
      ['the nine months', 'P9M'],
      ['a year earlier', '1988'],
    ]);
    expect(values('For the nine months, net fell. In the third quarter, it rose from a year earlier.').map((t) => t[1])).toEqual(['P9M', '1989-Q3', '1988-Q3']);
  });

  it('take "the quarter" after a quarter a company reported as that one, by the company\'s count: "the fiscal first quarter … the quarter ended Sept. 29"', () => {
    const values = (text: string) => textsAndValues(text, '1989-10-26');
    expect(values('Sun earned $5.2 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose. Sun shipped 28,000 systems in the quarter.')).toEqual([
      ['the fiscal first quarter', '1989-Q1'],
      ['the quarter', '1989-Q1'],
      ['Sept. 29', '1989-09-29'],
      ['the quarter', '1989-Q1'],
    ]);
    // A quarter told as a forecast is no quarter the report is of; a fiscal fourth quarter reported in the calendar's fourth is.
    expect(values('Profit will rise in the fourth quarter, it said; profit fell in the quarter.')).toEqual([['the fourth quarter', '1989-Q4'], ['the quarter', '1989-Q3']]);
    expect(values('Fourth-quarter profit fell. Sales in the latest period rose.')).toEqual([['Fourth-quarter', '1989-Q4'], ['the latest period', '1989-Q4']]);
    // Nor is a forecast's quarter the one that "ended" a day: that is the quarter holding the day.
    expect(values('Margins would narrow in the fourth quarter. For the quarter ended Sept. 27, Intel earned $1.66 billion.')).toEqual([
      ['the fourth quarter', '1989-Q4'], ['the quarter', '1989-Q3'], ['Sept. 27', '1989-09-27'],
    ]);
  });

  it('take "the quarter" of a forecast, with no quarter reported before it, as the quarter forecast, and "a year earlier" from it', () => {
    const values = (text: string) => textsAndValues(text, '2013-03-11');
    expect(values('Northgate said on Monday it expects first-quarter profit to fall short. It now expects to earn 55 cents a share in the quarter, compared with $1.02 a year earlier.')).toEqual([
      ['Monday', '2013-03-11'], ['first-quarter', '2013-Q1'], ['now', 'PRESENT_REF'], ['the quarter', '2013-Q1'], ['a year earlier', '2012-Q1'],
    ]);
    // A quarter reported after it is the one the report is of, and a year earlier is counted from that one.
    expect(values('It expects a loss for the first quarter. It earned $18 million in the fourth quarter, up from $11 million in the year-earlier period.')).toEqual([
      ['the first quarter', '2013-Q1'], ['the fourth quarter', '2012-Q4'], ['the year-earlier period', '2011-Q4'],
    ]);
    // Nor is the quarter forecast what "that quarter" is after a month of another year.
    expect(values('Analysts said the storm would hurt first-quarter earnings. In February 2011, carriers still reported profits for that quarter.')).toEqual([
      ['first-quarter', '2013-Q1'], ['February 2011', '2011-02'], ['that quarter', '2011-Q1'],
    ]);
  });

  it('take a fiscal quarter as the one of the year the report is dated, reported whatever its number, and count "a year earlier" from it', () => {
    const values = (text: string) => textsAndValues(text, '2013-03-21');
    expect(values('Revenue in the fiscal third quarter, which ended Feb. 28, fell 1 percent from a year earlier. Sales in the quarter fell. Shares rose since the start of the year. In the same period last year, it earned 62 cents.')).toEqual([
      ['the fiscal third quarter', '2013-Q3'],
      ['Feb. 28', '2013-02-28'],
      ['a year earlier', '2012-Q3'],
      ['the quarter', '2013-Q3'],
      ['the start of the year', '2013'],
      ['the same period last year', '2012-Q3'],
    ]);
    // A calendar quarter not yet begun is still last year's when reported.
    expect(values('Revenue in the third quarter fell.')).toEqual([['the third quarter', '2012-Q3']]);
  });

  it('count the quarters after a fiscal quarter by the company\'s year: "the quarter ended Feb. 28", "expects fourth-quarter revenue"', () => {
    const values = (text: string) => textsAndValues(text, '2013-03-21');
    expect(values('Oracle reported fiscal third-quarter profit on Wednesday. Net income rose in the quarter ended Feb. 28 from a year earlier. It expects fourth-quarter revenue to grow.')).toEqual([
      ['fiscal third-quarter', '2013-Q3'],
      ['Wednesday', '2013-03-20'],
      ['the quarter', '2013-Q3'],
      ['Feb. 28', '2013-02-28'],
      ['a year earlier', '2012-Q3'],
      ['fourth-quarter', '2013-Q4'],
    ]);
  });

  it('leave an ordinal that counts quarters untagged: "for the second quarter in a row", "the third quarter running"', () => {
    expect(tag('Revenue fell for the second quarter in a row, and for the third quarter running at the unit.', '2013-03-21')).toEqual([]);
    expect(tag('Revenue fell in the second quarter in Asia.', '2013-03-21').map((t) => t[3])).toEqual(['2012-Q2']);
  });

  it('take the weekend still to come as this week\'s until its Sunday', () => {
    expect(tag('Talks will be held over the weekend.')).toEqual([['the weekend', 24, 'DATE', '1998-W32-WE']]);
    expect(tag('Talks will be held over the weekend.', '1998-08-09')).toEqual([['the weekend', 24, 'DATE', '1998-W33-WE']]);
  });

  it('take "the coming weekend" as the one still to come, whatever the tense: this week\'s on a weekday', () => {
    expect(tag('They were preparing for visitors over the coming weekend.', '1989-11-13')).toEqual([['the coming weekend', 38, 'DATE', '1989-W46-WE']]);
    expect(tag('They expect visitors over the coming weekend.', '1989-11-19')).toEqual([['the coming weekend', 26, 'DATE', '1989-W47-WE']]);
  });

  it('write weekends of a week', () => {
    expect(tag('Talks were held over the weekend.')).toEqual([['the weekend', 21, 'DATE', '1998-W31-WE']]);
    expect(tag('next weekend')).toEqual([['next weekend', 0, 'DATE', '1998-W33-WE']]);
  });

  it('count "the following weekend", "that weekend" and "the previous weekend" from the last day told', () => {
    const values = (text: string) => tag(text, '2013-03-22').map((t) => [t[0], t[3]]);
    // Wednesday 6 March 2013: the next weekend is that week's; after Sunday 3 March, the next week's.
    expect(values('On Wednesday, March 6, he left. The following weekend he returned.')).toEqual([['Wednesday, March 6', '2013-03-06'], ['The following weekend', '2013-W10-WE']]);
    expect(values('On Sunday, March 3, he left. The following weekend he returned.')).toEqual([['Sunday, March 3', '2013-03-03'], ['The following weekend', '2013-W10-WE']]);
    expect(values('On March 9 he left. The previous weekend he was ill, and that weekend he rested.')).toEqual([
      ['March 9', '2013-03-09'],
      ['The previous weekend', '2013-W09-WE'],
      ['that weekend', '2013-W10-WE'],
    ]);
    expect(values('In March 2012 he left. That weekend he was ill.')).toEqual([['March 2012', '2012-03'], ['That weekend', '2012-WXX-WE']]);
    // In news that told no day before, a weekend after some day not told.
    expect(values('He died the following weekend.')).toEqual([['the following weekend', 'XXXX-WXX-WE']]);
    expect(values('That weekend of sport was great.')).toEqual([]);
  });

  it('read "the holiday weekend" and "the three-day weekend" as a weekend', () => {
    expect(tagTimexes('Deaths during the holiday weekend fell; he spent the three-day weekend in Maine.', { dct: '2013-09-03' }).map((t) => [t.text, t.value])).toEqual([
      ['the holiday weekend', '2013-W35-WE'],
      ['the three-day weekend', '2013-W35-WE'],
    ]);
    expect(tagTimexes('Millions are on the road this holiday weekend.', { dct: '1999-05-30' }).map((t) => [t.text, t.value])).toEqual([
      ['this holiday weekend', '1999-W21-WE'],
    ]);
  });

  it('skip a weekend in "the weekend before last" and "the weekend after next", as in "the week before last"', () => {
    expect(tag('Talks broke down the weekend before last and resume the weekend after next.')).toEqual([
      ['the weekend before last', 17, 'DATE', '1998-W30-WE'],
      ['the weekend after next', 52, 'DATE', '1998-W34-WE'],
    ]);
    expect(tag('They met the weekend before last Monday.')[0]).toEqual(['the weekend', 9, 'DATE', '1998-W31-WE']);
  });

  it('do not read fractions as quarters', () => {
    expect(tag('three-quarters of the vote and a quarter of it')).toEqual([]);
  });

  it('read "the last half of" a year as its second half, and leave "the last half" alone to games', () => {
    expect(tag('in the last half of 1989 and the latter half of 1999')).toEqual([
      ['the last half of 1989', 3, 'DATE', '1989-H2'],
      ['the latter half of 1999', 29, 'DATE', '1999-H2'],
    ]);
    expect(tag('They scored twice in the last half.')).toEqual([]);
  });

  it('read "the first half of fiscal 1990" as one half-year, as "the second quarter of fiscal 1990" is one quarter', () => {
    expect(tag('Sales for the first half of fiscal 1990 and the last half of fiscal 1989 rose.', '1989-11-02')).toEqual([
      ['the first half of fiscal 1990', 10, 'DATE', '1990-H1'],
      ['the last half of fiscal 1989', 44, 'DATE', '1989-H2'],
    ]);
  });

  it('read "two summers ago" as the summer of two years back, whatever the time of year, but leave winters, which span two years', () => {
    expect(tagTimexes('He bought it two summers ago, sold it three winters ago and moved four springs ago.', { dct: '2013-09-22' }).map((t) => [t.text, t.value])).toEqual([
      ['two summers ago', '2011-SU'],
      ['four springs ago', '2009-SP'],
    ]);
  });

  it('leave a game\'s first and second half alone when no year or word of accounts is near', () => {
    expect(tag('He scored twice in the second half. He was injured in the first half of the season.')).toEqual([]);
    expect(tag('Rooney scored a first-half penalty and a second-half goal.')).toEqual([]);
    expect(tag('Sales were strong. The 25-year-old scored in the first half.')).toEqual([]);
  });

  it('read a bare half as a half-year beside a word of accounts or before a year', () => {
    expect(tag('Profit rose in the first half; second-half revenue fell.')).toEqual([
      ['the first half', 15, 'DATE', '1998-H1'],
      ['second-half', 31, 'DATE', '1998-H2'],
    ]);
    expect(tag('Output fell in the second half of the year.')).toEqual([['the second half of the year', 15, 'DATE', '1998-H2']]);
    expect(tag('Production is scheduled to begin in the second half.').map((t) => t[3])).toEqual(['1998-H2']);
    // Beside the words of markets.
    expect(tag('He did not expect prices to recover before the second half.').map((t) => t[3])).toEqual(['1998-H2']);
    expect(tag('For the first half, Harlan earned $79.6 million. We expect the cost environment to ease in the second half.').map((t) => t[3])).toEqual(['1998-H1', '1998-H2']);
    // Or a few sentences into a story of money, where no play is told.
    expect(tag('Quarterly profit fell 12 percent. "Consumers are still cautious, and we expect the first half to be choppy," Okafor said.').map((t) => t[3])).toEqual(['1999-H1']);
    expect(tag('He signed a $5 million contract. He was hurt in the first half of the game on Sunday and did not play in the second half.').map((t) => t[0])).toEqual(['Sunday']);
  });

  it('read a bare half already over when told in the future as next year\'s', () => {
    expect(tagTimexes('Many expect a choppier market in the first half.', { dct: '2013-12-31' }).map((t) => t.value)).toEqual(['2014-H1']);
    expect(tagTimexes('Many expect a choppier market in the second half.', { dct: '2013-03-31' }).map((t) => t.value)).toEqual(['2013-H2']);
  });

  it('read no half-year of the publication year in a half of a decade, a century or a month, even beside a word of accounts', () => {
    expect(tag('Sales rose in the first half of the 1990s, the second half of the century and the first half of the \'80s.').map((t) => [t[0], t[3]])).toEqual([
      ['the first half of the 1990s', '199'],
      ['the first half of the \'80s', '198'],
    ]);
    expect(tag('Sales fell in the first half of March.').map((t) => [t[0], t[3]])).toEqual([['the first half of March', '1998-03']]);
  });

  it('read "the last quarter of" a year as its fourth, and "the last quarter" alone as the one before this', () => {
    expect(tag('in the last quarter of 1989')).toEqual([['the last quarter of 1989', 3, 'DATE', '1989-Q4']]);
    expect(tag('in the last quarter')).toEqual([['the last quarter', 3, 'DATE', '1998-Q2']]);
  });

  it('keep the quarter a report is of past an earlier quarter it is compared with, and "the 1989 period" in it', () => {
    const text = 'Kimberly-Clark posted a gain in third-quarter net income. After a flat second quarter, it cited charges taken in the '
      + 'year-earlier period. In the 1989 period also, interest expense was lower than a year ago. Profit rose from the 1988 period, and '
      + 'the quarter was strong.';
    expect(tag(text, '1989-11-01').map((t) => [t[0], t[3]])).toEqual([
      ['third-quarter', '1989-Q3'],
      ['second quarter', '1989-Q2'],
      ['the year-earlier period', '1988-Q3'],
      ['the 1989 period', '1989-Q3'],
      ['a year ago', '1988-Q3'],
      ['the 1988 period', '1988-Q3'],
      ['the quarter', '1989-Q3'],
    ]);
  });

  it('take "the 1988 quarter" with no quarter told as that year\'s part of the reported quarter', () => {
    expect(tag('Profit rose from the 1988 quarter.', '1989-10-26')).toEqual([['the 1988 quarter', 17, 'DATE', '1988-Q3']]);
    expect(tag('Profit rose from the 1988 period.', '1989-10-26')).toEqual([['the 1988 period', 17, 'DATE', '1988']]);
  });

  it('read "last year\'s quarter" as the reported quarter a year before', () => {
    expect(tag('U.K. sales for last year\'s quarter were about $3 million.', '1989-11-01')).toEqual([["last year's quarter", 15, 'DATE', '1988-Q3']]);
  });

  it('leave "the" outside a quarter used as an adjective, and inside a quarter used as a noun', () => {
    expect(tag('The third-quarter loss was wider than in the third quarter.', '1989-11-01')).toEqual([
      ['third-quarter', 4, 'DATE', '1989-Q3'],
      ['the third quarter', 41, 'DATE', '1989-Q3'],
    ]);
  });

  it('keep "fiscal" inside a quarter it comes before, "the fiscal first quarter", "fiscal second-quarter", as after it', () => {
    expect(tag('Net rose in the fiscal first quarter; fiscal second-quarter sales fell.', '1989-11-01')).toEqual([
      ['the fiscal first quarter', 12, 'DATE', '1989-Q1'],
      ['fiscal second-quarter', 38, 'DATE', '1989-Q2'],
    ]);
    expect(tag('It reports results for its fiscal-first quarter.', '1989-11-01')).toEqual([['fiscal-first quarter', 27, 'DATE', '1989-Q1']]);
  });

  it('read a quarter or a half named by its last month, "the March quarter", "the June half", "the April-June quarter", as that one', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2021-07-15' }).map((t) => [t.text, t.type, t.value]);
    expect(values('Profit rose in the March quarter and fell in the December quarter.')).toEqual([
      ['the March quarter', 'DATE', '2021-Q1'],
      ['the December quarter', 'DATE', '2020-Q4'],
    ]);
    expect(values('Sales grew in the June quarter, and the September quarter will be weaker.')).toEqual([
      ['the June quarter', 'DATE', '2021-Q2'],
      ['the September quarter', 'DATE', '2021-Q3'],
    ]);
    // In March, the December half told in the past is last year's; the June half to come is this year's.
    expect(tagTimexes('Profit doubled in the December half. The June half will be weaker.', { dct: '2021-03-15' }).map((t) => [t.text, t.value])).toEqual([
      ['the December half', '2020-H2'],
      ['The June half', '2021-H1'],
    ]);
    expect(tagTimexes('Sales rose in the second half.', { dct: '2021-03-15' }).map((t) => [t.text, t.value])).toEqual([['the second half', '2020-H2']]);
    expect(values('Output fell in the April-June quarter and rose in the July–September quarter.')).toEqual([
      ['the April-June quarter', 'DATE', '2021-Q2'],
      ['the July–September quarter', 'DATE', '2021-Q3'],
    ]);
  });

  it('read "the July-September period" and "the January-June period" as the quarter or half their months span', () => {
    const values = (text: string) => textsAndValues(text, '2013-07-15');
    expect(values('Growth may ease in the July-September period after the January-June period.')).toEqual([
      ['the July-September period', '2013-Q3'],
      ['the January-June period', '2013-H1'],
    ]);
    expect(values('Sales in the April-September period rose.').map((t) => t[0])).toEqual(['April', 'September']);
  });

  it('read no quarter in a month that ends none, "the May quarter", nor in months that span no quarter, "the April-September quarter"', () => {
    const texts = (text: string) => tagTimexes(text, { dct: '2021-07-15' }).map((t) => t.text);
    expect(texts('Revenue in the May quarter rose.')).not.toContain('the May quarter');
    expect(texts('Revenue in the April-September quarter rose.')).not.toContain('the April-September quarter');
    expect(texts('the march quarter of the city')).toEqual([]);
  });
});
