import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

// [text, start, type, value] of each timex, against a fixed publication date.
const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('absolute dates', () => {
  it('keep a full date at day precision', () => {
    expect(tag('The embassy was bombed on 9 August 2020.')).toEqual([['9 August 2020', 26, 'DATE', '2020-08-09']]);
    expect(tag('on November 18, 2021, and Aug. 9 2020')).toEqual([
      ['November 18, 2021', 3, 'DATE', '2021-11-18'],
      ['Aug. 9 2020', 26, 'DATE', '2020-08-09'],
    ]);
  });

  it('read a year before 1500 after a month, a day and a comma, "Aug. 3, 1492", and date the next month told in it', () => {
    expect(tag('Columbus sailed from Palos on Aug. 3, 1492, and reached the Bahamas on Oct. 12.', '1992-07-02').map((t) => [t[0], t[3]])).toEqual([
      ['Aug. 3, 1492', '1492-08-03'], ['Oct. 12', '1492-10-12'],
    ]);
  });

  it('read a day, month and year joined by hyphens, and a year after "late-" or "early-"', () => {
    expect(tag('It expires 18-Mar-2013; he was born 5-November-1955; sales rose in late-2012 and early-2013.', '2013-03-20').map((t) => [t[0], t[3]])).toEqual([
      ['18-Mar-2013', '2013-03-18'],
      ['5-November-1955', '1955-11-05'],
      ['late-2012', '2012'],
      ['early-2013', '2013'],
    ]);
  });

  it('read no day in the number of a road before a month and its day: "along Route 9 Oct. 5"', () => {
    expect(tagTimexes('Volunteers will plant bulbs along Route 9 Oct. 5, and on 9 Oct. more.', { dct: '2013-09-05' }).map((t) => [t.text, t.value]))
      .toEqual([['Oct. 5', '2013-10-05'], ['9 Oct.', '2013-10-09']]);
  });

  it('keep a capitalised abbreviated weekday right before a day and month inside the date, and leave "sat" the verb out', () => {
    expect(tag('Fri 5 Mar 2021, Thu. 4 Mar 2021; they sat 5 March and Sun, March 7')).toEqual([
      ['Fri 5 Mar 2021', 0, 'DATE', '2021-03-05'],
      ['Thu. 4 Mar 2021', 16, 'DATE', '2021-03-04'],
      ['5 March', 42, 'DATE', '1998-03-05'],
      ['March 7', 59, 'DATE', '1998-03-07'],
    ]);
  });

  it('read "this past March" as last March, but "past" alone before a month as the preposition: "cannot run past June 30"', () => {
    expect(tag('It rained this past March. The school year cannot run past June 30.', '2013-01-22').map((t) => [t[0], t[1]])).toEqual([
      ['this past March', 10], ['June 30', 59],
    ]);
  });

  it('put a month told right after a year ("last year, in June and July") in that year', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-07-15' }).map((t) => [t.text, t.value]);
    expect(values('The bank cut rates twice last year, in June and July.')).toEqual([['last year', '2012'], ['June', '2012-06'], ['July', '2012-07']]);
    expect(values('Japan went without nuclear power for two months last year, from May until July.').slice(2)).toEqual([['May', '2012-05'], ['July', '2012-07']]);
    // A year counted from now that opens a quotation frames it too: "Last year I was done by Dec. 1."
    expect(tagTimexes('"This year I\'m way behind," she said. "Last year I was done by Dec. 1."', { dct: '2013-12-17' }).map((t) => t.value)).toEqual(['2013', '2012', '2012-12-01']);
    // And one that opens the story after a dateline: "PAW PAW, Mich. — Last year, the trees bloomed in March".
    expect(tagTimexes('PAW PAW, Mich. — Last year, the apple trees bloomed in March.', { dct: '2013-10-09' }).map((t) => t.value)).toEqual(['2012', '2012-03']);
    expect(values('He left last year. In June he returned.').map((t) => t[1])).toEqual(['2012', '2013-06']);
    // Not a year that figures are for, which come out after it: "published results for 2012 in March".
    expect(tagTimexes('It published results for 2012 in March.', { dct: '2013-09-18' }).map((t) => t.value)).toEqual(['2012', '2013-03']);
    // Nor a year a span runs to: "whose contract was extended through 2016 in July".
    expect(tagTimexes('The coach, whose contract was extended through 2016 in July, spoke today.', { dct: '2013-10-28' }).map((t) => t.value)).toEqual(['2016', '2013-07', '2013-10-28']);
    // Nor a part of the year they are for: "will report its results for the final three months of the year in mid-January".
    expect(tagTimexes('It plans to report its results for the final three months of the year in mid-January.', { dct: '1998-10-16' }).map((t) => t.value))
      .toEqual(['P3M', '1998', '1999-01']);
    expect(tagTimexes('It will present a budget for fiscal 2014 in March.', { dct: '2013-01-18' }).map((t) => t.value)).toEqual(['2014', '2013-03']);
  });

  it('put a day of the month just told, its year unwritten, in that month: "Last March … on 27 March"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-03-22' }).map((t) => [t.text, t.value]);
    expect(values('Last March was one of the warmest on record, with temperatures reaching 23C on 27 March.')).toEqual([['Last March', '2012-03'], ['27 March', '2012-03-27']]);
    expect(values('Next March the law changes; it takes effect on 5 March.')).toEqual([['Next March', '2014-03'], ['5 March', '2014-03-05']]);
  });

  it('read a year that opens its sentence before a noun that counts as the year: "In 2019 people protested"', () => {
    expect(tag('It grew. In 2019 people protested. Since 2015 troops have stayed.').map((t) => [t[0], t[3]])).toEqual([['2019', '2019'], ['2015', '2015']]);
  });

  it('put a day a plan told in the past was due on in the year nearer the publication, on either side of it', () => {
    expect(tag('The first two payments were due April 15 and June 17.', '2013-09-12').map((t) => t[3])).toEqual(['2013-04-15', '2013-06-17']);
    expect(tag('The vote was scheduled for March 3.', '2013-01-10').map((t) => t[3])).toEqual(['2013-03-03']);
  });

  it('put a day a plan told in the past perfect was set for on either side of the publication, in a clause told in the past too', () => {
    expect(tag('The judge canceled a status conference that had been set for Oct. 15.', '2013-10-04').map((t) => t[3])).toEqual(['2013-10-15']);
  });

  it('read 2100, the horizon of climate news, as a year: "could rise a metre by 2100"', () => {
    expect(tag('Seas could rise a metre by 2100, and the box will be opened in 2100.').map((t) => t[3])).toEqual(['2100', '2100']);
  });

  it('keep a month a month and a year a year', () => {
    expect(tag('In July 2021 and in August of 1998, since 1998.')).toEqual([
      ['July 2021', 3, 'DATE', '2021-07'],
      ['August of 1998', 20, 'DATE', '1998-08'],
      ['1998', 42, 'DATE', '1998'],
    ]);
  });

  it('read spans of years and fiscal years', () => {
    expect(tag('Throughout 1915-17 and in fiscal 1989, but not on 2021-11')).toEqual([
      ['1915', 11, 'DATE', '1915'],
      ['17', 16, 'DATE', '1917'],
      ['fiscal 1989', 26, 'DATE', '1989'],
      ['2021', 50, 'DATE', '2021'],
    ]);
  });

  it('count a month told after a span of years from the span\'s start, not from its end', () => {
    const narrative = (text: string) => tagTimexes(text, { dct: '2023-10-01', genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(narrative('The 2022-23 outbreak peaked early, in December.')).toEqual([['2022', '2022'], ['23', '2023'], ['December', '2022-12']]);
    expect(narrative('The 2013/14 outbreak peaked early, in December.')).toEqual([['2013', '2013'], ['14', '2014'], ['December', '2013-12']]);
    // (A season of the two years is one period, told by its first year.)
    expect(narrative('The 2022-23 season peaked early, in December.')).toEqual([['2022', '2022'], ['December', '2022-12']]);
  });

  it('still count a month after a single year from that year', () => {
    expect(tagTimexes('The war ended in 1917. In December the line broke.', { genre: 'narrative' }).map((t) => t.value)).toEqual(['1917', '1917-12']);
  });

  it('read the span of a period of two years, "the 1995-96 school year", "the 2012/13 season", as the period its first year tells', () => {
    expect(tag('Students start the 1995-96 school year on Aug. 30; the 2012/13 season ends; the 2013-14 fiscal year begins.', '1995-08-01').map((t) => t[0]))
      .toEqual(['1995', 'Aug. 30', '2012', '2013']);
  });

  it('read a season written with a slash, "2013/14", as two years, but only when the second is the next year', () => {
    expect(tag('in 2013/14, the 2012/13 term and 2015/2016', '2013-03-22')).toEqual([
      ['2013', 3, 'DATE', '2013'],
      ['14', 8, 'DATE', '2014'],
      ['2012', 16, 'DATE', '2012'],
      ['2015', 33, 'DATE', '2015'],
      ['2016', 38, 'DATE', '2016'],
    ]);
    expect(tag('tickets 2013/15 and 2013/12', '2013-03-22')).toEqual([
      ['2013', 8, 'DATE', '2013'],
      ['2013', 20, 'DATE', '2013'],
    ]);
  });

  it('give coordinated dates the year told after the second', () => {
    expect(tag('in August and September 1914, and on April 24 and 25')).toEqual([
      ['August', 3, 'DATE', '1914-08'],
      ['September 1914', 14, 'DATE', '1914-09'],
      ['April 24', 37, 'DATE', '1998-04-24'],
      ['25', 50, 'DATE', '1998-04-25'],
    ]);
  });

  it('join a month to the spoken year after it', () => {
    expect(tag('January nineteen ninety-seven')).toEqual([['January nineteen ninety-seven', 0, 'DATE', '1997-01']]);
  });

  it('read ISO dates and spoken years', () => {
    expect(tag('by 2021-11-19 or in nineteen ninety-six')).toEqual([
      ['2021-11-19', 3, 'DATE', '2021-11-19'],
      ['nineteen ninety-six', 20, 'DATE', '1996'],
    ]);
  });

  it('read an ISO date with its time, as web pages stamp them, as that time of day', () => {
    expect(tag('Updated 2013-03-20T14:00:05Z; first published 2013-03-19T09:30+01:00.')).toEqual([
      ['2013-03-20T14:00:05Z', 8, 'TIME', '2013-03-20T14:00'],
      ['2013-03-19T09:30+01:00', 46, 'TIME', '2013-03-19T09:30'],
    ]);
  });

  it('put a day without a year in the year before three months after the publication date', () => {
    expect(tag('It opened March 3.')).toEqual([['March 3', 10, 'DATE', '1998-03-03']]);
    expect(tag('The rights expire Oct. 21.')).toEqual([['Oct. 21', 18, 'DATE', '1998-10-21']]);
    expect(tag('The talks took place on 20 December.', '2021-11-19')).toEqual([['20 December', 24, 'DATE', '2020-12-20']]);
  });

  it('put a day or month in the past when its own clause is told in the simple past, however far off its verb', () => {
    expect(tag('She pleaded not guilty at a hearing on 19 March.', '2022-01-03')).toEqual([['19 March', 39, 'DATE', '2021-03-19']]);
    expect(tag('At a hearing on 19 March, she pleaded not guilty.', '2022-01-03')).toEqual([['19 March', 16, 'DATE', '2021-03-19']]);
    expect(tag('In March the company was sold.', '2022-01-03')).toEqual([['March', 3, 'DATE', '2021-03']]);
    // No verb near the month: the clause after the aside is told in the simple past.
    expect(tag('In January, after the anniversary of the Roe vs. Wade decision, a bombing in Birmingham, Ala., killed a guard.', '1998-10-25'))
      .toEqual([['January', 3, 'DATE', '1998-01']]);
  });

  it('put a month counted "since" in the past, however many words stand between: "have fallen since their peak in June"', () => {
    expect(tag('Oil prices have fallen since their peak in June.', '2023-03-14')).toEqual([['June', 43, 'DATE', '2022-06']]);
    expect(tag('Oil prices will peak in June.', '2023-03-14')).toEqual([['June', 24, 'DATE', '2023-06']]);
  });

  it('keep the window ahead for a date of a noun or of another clause than the past verb\'s', () => {
    expect(tag('The directors declared a dividend, payable Jan. 2 to stock of record Dec. 15.', '1989-11-02')).toEqual([
      ['Jan. 2', 43, 'DATE', '1990-01-02'],
      ['Dec. 15', 69, 'DATE', '1989-12-15'],
    ]);
    expect(tag('The bank announced an agreement to acquire the company in January.', '1989-11-02')).toEqual([['January', 58, 'DATE', '1990-01']]);
  });

  it('move a day without a year forward when the sentence speaks of the future', () => {
    expect(tag('The summit will be held on 5 March.')).toEqual([['5 March', 27, 'DATE', '1999-03-05']]);
  });

  it('put a date told in the future from now after the publication date, all the year round', () => {
    expect(tag('The trial is due to start on 12 January.', '2024-03-10')).toEqual([['12 January', 29, 'DATE', '2025-01-12']]);
    expect(tag('She will command a mission in December.', '1998-03-04')).toEqual([['December', 30, 'DATE', '1998-12']]);
    // An article written days before it was published.
    expect(tag('The court will rule on 2 March.', '2024-03-10')).toEqual([['2 March', 23, 'DATE', '2024-03-02']]);
  });

  it('let a span told in the present have begun before the publication date: "runs from March 1 through April 15"', () => {
    expect(tag('The exhibition runs from March 1 through April 15.', '2013-03-22')).toEqual([
      ['March 1', 25, 'DATE', '2013-03-01'],
      ['April 15', 41, 'DATE', '2013-04-15'],
    ]);
    expect(tag('The festival runs March 1-April 15.', '2013-03-22')).toEqual([['March 1', 18, 'DATE', '2013-03-01'], ['April 15', 26, 'DATE', '2013-04-15']]);
    // A single day told so is still ahead.
    expect(tag('The hearing is set for March 1.', '2013-03-22')).toEqual([['March 1', 23, 'DATE', '2014-03-01']]);
  });

  it('let a span told with "will" have begun only lately: "Winter break will run from Dec. 23 to Jan. 3", told in February, is next winter\'s', () => {
    expect(tag('Winter break will run from Dec. 23 to Jan. 3.', '2013-02-22').map((t) => t[3])).toEqual(['2013-12-23', '2014-01-03']);
    // (A month back, it may be under way: "will deliver 400 million packages between Thanksgiving and New Year's Day", told in December.)
    expect(tag("UPS will deliver 400 million packages between Thanksgiving and New Year's Day.", '2013-12-06').map((t) => t[3])).toEqual(['2013-11-28', '2014-01-01']);
  });

  it('end a span with a modifier on its end after its start: "from mid-May to late September"', () => {
    expect(tag('The season lasts from mid-May to late September.', '2013-03-13').map((t) => [t[0], t[3]])).toEqual([
      ['mid-May', '2013-05'],
      ['late September', '2013-09'],
    ]);
  });

  it('keep a plan told in the past in the months before the publication date', () => {
    expect(tag('The vote, which was scheduled for January 12, was postponed.', '2024-03-10')).toEqual([['January 12', 34, 'DATE', '2024-01-12']]);
    expect(tag('He was expected to arrive on 12 January.', '2024-03-10')).toEqual([['12 January', 29, 'DATE', '2024-01-12']]);
  });

  it('let the weekday of a date pick its year', () => {
    expect(tag('on Monday, Nov. 9')).toEqual([['Monday, Nov. 9', 3, 'DATE', '1998-11-09']]);
    expect(tag('on Saturday, April 25')).toEqual([['Saturday, April 25', 3, 'DATE', '1998-04-25']]);
  });

  it('give coordinated days the month they share', () => {
    expect(tag('on 10 and 11 November', '2021-11-19')).toEqual([
      ['10', 3, 'DATE', '2021-11-10'],
      ['11 November', 10, 'DATE', '2021-11-11'],
    ]);
  });

  it('read day ranges with the month first, and an abbreviated month before a month and year', () => {
    expect(tag('The talks ran July 10–12 and again from June 6 to 8.')).toEqual([
      ['July 10', 14, 'DATE', '1998-07-10'],
      ['12', 22, 'DATE', '1998-07-12'],
      ['June 6', 40, 'DATE', '1998-06-06'],
      ['8', 50, 'DATE', '1998-06-08'],
    ]);
    expect(tag('strikes in Aug.–Sept. 2020 and Jan./Feb. 1999')).toEqual([
      ['Aug.', 11, 'DATE', '2020-08'],
      ['Sept. 2020', 16, 'DATE', '2020-09'],
      ['Jan.', 31, 'DATE', '1999-01'],
      ['Feb. 1999', 36, 'DATE', '1999-02'],
    ]);
    expect(tag('On April 24 - 25 people died.')).toEqual([['April 24', 3, 'DATE', '1998-04-24']]);
  });

  it('give a weekday in apposition after a day that day: "on May 22, 2011, a Sunday"', () => {
    expect(tag('The storm struck on May 22, 2011, a Sunday, as families drove home.', '2013-05-20').map((t) => [t[0], t[3]])).toEqual([
      ['May 22, 2011', '2011-05-22'],
      ['Sunday', '2011-05-22'],
    ]);
  });

  it('give a part of a weekday in apposition to a day that day: "since Friday afternoon, Aug. 29, 2003"', () => {
    expect(tag('It had been raining since Friday afternoon, Aug. 29, 2003, and by dark the river rose.', '2013-08-29').map((t) => [t[0], t[3]])).toEqual([
      ['Friday afternoon', '2003-08-29TAF'],
      ['Aug. 29, 2003', '2003-08-29'],
    ]);
  });

  it('put the end of a range on or after its start, in news', () => {
    expect(tag('The tournament, scheduled to run from 21 May to 6 June, was to have been split.', '2021-01-19')).toEqual([
      ['21 May', 38, 'DATE', '2021-05-21'],
      ['6 June', 48, 'DATE', '2021-06-06'],
    ]);
    expect(tag('Flights stop from 20 December to 5 January.', '2020-10-01')).toEqual([
      ['20 December', 18, 'DATE', '2020-12-20'],
      ['5 January', 33, 'DATE', '2021-01-05'],
    ]);
    // After a start with its year written, in that year or the next, whatever was told before it.
    expect(tag('On Monday the board voted. Overtime cost more than $300,000 from December 2012 through March.', '2013-11-19').map((t) => t[3]))
      .toEqual(['2013-11-18', '2012-12', '2013-03']);
    // So past the comma that closes the year written, and after "into".
    expect(tag('Recordings released between Oct. 1, 2012, and Sept. 30 were eligible.', '2013-10-24').map((t) => t[3])).toEqual(['2012-10-01', '2013-09-30']);
    expect(tag('The last shutdown ran from mid-December 1995 into early January.', '2013-09-27').map((t) => t[3])).toEqual(['1995-12', '1996-01']);
  });

  it('read months relative to the publication date', () => {
    expect(tag('last February, this September, July last year')).toEqual([
      ['last February', 0, 'DATE', '1998-02'],
      ['this September', 15, 'DATE', '1998-09'],
      ['July last year', 31, 'DATE', '1997-07'],
    ]);
    // British order too: "arrested on 14 February last year".
    expect(tag('Police arrested him on 14 February last year.')).toEqual([['14 February last year', 23, 'DATE', '1997-02-14']]);
    // A day's "this year" is an adverb of its own: "Thanksgiving falls on Nov. 28 this year", "Easter fell on 12 April this year".
    expect(tag('Thanksgiving falls on Nov. 28 this year; Easter fell on 12 April this year.').map((t) => [t[0], t[3]])).toEqual([
      ['Thanksgiving', '1997-11-27'],
      ['Nov. 28', '1998-11-28'],
      ['this year', '1998'],
      ['Easter', '1998-04-12'],
      ['12 April', '1998-04-12'],
      ['this year', '1998'],
    ]);
  });

  it('end a month at a full stop before a capitalised "This year", as it ends a sentence: "July." only looks abbreviated', () => {
    expect(tag('We got rain in July. This year there is nothing.', '1998-06-25').map((t) => [t[0], t[3]])).toEqual([
      ['July', '1997-07'],
      ['This year', '1998'],
    ]);
  });

  it('read "next September" as next year\'s, even written in August: this year\'s would be "this September"', () => {
    expect(tag('The contracts expire next September; the plant reopens this September.', '1995-08-20').map((t) => t[3])).toEqual(['1996-09', '1995-09']);
    expect(tag('The trial opens next March.', '1998-12-19').map((t) => t[3])).toEqual(['1999-03']);
  });

  it('read "last February" written in March as the February a year back, since the month just gone would be "last month"', () => {
    expect(tag('The helicopters crashed last February.', '1998-03-01')).toEqual([['last February', 24, 'DATE', '1997-02']]);
    expect(tag('He was elected last December.', '2021-01-10')).toEqual([['last December', 15, 'DATE', '2020-12']]);
    expect(tag('The treaty was signed last January.', '1998-03-01')).toEqual([['last January', 22, 'DATE', '1998-01']]);
    expect(tag('It opened last Feb. 23.', '1998-03-01')).toEqual([['last Feb. 23', 10, 'DATE', '1998-02-23']]);
  });

  it('read "the following March" and "the previous December" from the story\'s last date, in news as in narrative', () => {
    const values = (text: string, options = {}) => tagTimexes(text, options).map((t) => [t.text, t.value]);
    expect(values('He fled in August 1918. The following March he returned; the previous April he had been ill.', { dct: '1998-08-07' })).toEqual([
      ['August 1918', '1918-08'],
      ['The following March', '1919-03'],
      ['the previous April', '1918-04'],
    ]);
    expect(values('In 1918 the war ended. The following March talks began.', { genre: 'narrative' })).toEqual([['1918', '1918'], ['The following March', '1919-03']]);
  });

  it('leave the year open when there is no reference date', () => {
    expect(tagTimexes('on 15 November').map((t) => t.value)).toEqual(['XXXX-11-15']);
  });

  it('never give a day that does not exist: only the month is told', () => {
    expect(tag('on 31 September and 29 February 1999')).toEqual([
      ['September', 6, 'DATE', '1998-09'],
      ['February 1999', 23, 'DATE', '1999-02'],
    ]);
  });

  it('put a 29 February told without its year in the leap year nearest the publication, on the side its tense points to', () => {
    expect(tag('Koskinen warned of possible problems on Feb. 29, because some programs may not know 2000 is a leap year.', '2000-01-02')[0]).toEqual(['Feb. 29', 40, 'DATE', '2000-02-29']);
    expect(tag('Banks reported problems on Feb. 29. Regulators will check again on Feb. 29.', '1998-06-01').map((t) => t[3])).toEqual(['1996-02-29', '2000-02-29']);
  });

  it('read "the first day of March" and "the last day of February" as that day', () => {
    expect(tag('It opened on the first day of March. It closed on the last day of February 2012.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([
      ['the first day of March', '2013-03-01'],
      ['the last day of February 2012', '2012-02-29'],
    ]);
  });

  it('read the first or last day, ISO week, month or weekend of a year as one expression, not as "last week" and a year', () => {
    expect(tag('on the last day of 2012, in the last week of the year, the final month of next year, the last weekend of 2012', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([
      ['the last day of 2012', '2012-12-31'],
      ['the last week of the year', '2013-W52'],
      ['the final month of next year', '2014-12'],
      ['the last weekend of 2012', '2012-W52-WE'],
    ]);
    expect(tag('The plant closed in 2010; in the last month of that year it reopened.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([['2010', '2010'], ['the last month of that year', '2010-12']]);
    expect(tag('He hopes to return on the first day of the new year.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([['the first day of the new year', '2014-01-01']]);
  });

  it('leave "the first day of spring" untold rather than the day the story has got to', () => {
    expect(tag('Snow fell on the first day of spring.', '2013-03-22').map((t) => t[0])).toEqual(['spring']);
    // Nor "the first day of school", a day a school's calendar names.
    expect(tag('The first day of school will be Wednesday, Aug. 28.', '2013-02-22').map((t) => t[0])).toEqual(['Wednesday, Aug. 28']);
  });

  it('read "the first weekend of June" as the weekend of its first Saturday, not as "last weekend" and a month', () => {
    expect(tag('The fair is held the first weekend of June; the race was the last weekend of September 2012.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([
      ['the first weekend of June', '2013-W22-WE'],
      ['the last weekend of September 2012', '2012-W39-WE'],
    ]);
  });

  it('read "the first Monday of May" and "the second Tuesday in November 2020" as that weekday of the month', () => {
    expect(tag('The first Monday of May was cold; the second Tuesday in November 2020 and the last Friday of October were not.', '2020-11-15').map((t) => [t[0], t[3]])).toEqual([
      ['The first Monday of May', '2020-05-04'],
      ['the second Tuesday in November 2020', '2020-11-10'],
      ['the last Friday of October', '2020-10-30'],
    ]);
  });

  it('read "the first week of April" as the week that holds its 1st, and "the last week of August" its last day', () => {
    expect(tag('It starts in the first week of April.', '2013-03-22')).toEqual([['the first week of April', 13, 'DATE', '2013-W14']]);
    expect(tag('During the last week of August 1918 the pressure grew.')).toEqual([['the last week of August 1918', 7, 'DATE', '1918-W35']]);
  });

  it('read "the 1990 fiscal year" and "the fiscal year 1990" as that year, not 1,990 years', () => {
    expect(tag('Net for the 1989 fiscal year rose, and the 1990 model year began.', '1989-11-02')).toEqual([
      ['the 1989 fiscal year', 8, 'DATE', '1989'],
      ['the 1990 model year', 39, 'DATE', '1990'],
    ]);
    expect(tag('Sales in the fiscal year 1989 and in fiscal year 1990 rose.', '1989-11-02')).toEqual([
      ['the fiscal year 1989', 9, 'DATE', '1989'],
      ['fiscal year 1990', 37, 'DATE', '1990'],
    ]);
  });

  it('read "midyear" and "mid-year" as a point of the current year, as "year-end" is', () => {
    expect(tag('The deal should close by midyear, not at year-end; a mid-year review follows.', '2000-02-15')).toEqual([
      ['midyear', 25, 'DATE', '2000'],
      ['year-end', 41, 'DATE', '2000'],
      ['mid-year', 53, 'DATE', '2000'],
    ]);
  });

  it('read "the year 2000" as one date', () => {
    expect(tag('He was born in the year 2000.')).toEqual([['the year 2000', 15, 'DATE', '2000']]);
  });

  it('read "the weekend of 14 August" as the weekend of that day\'s week', () => {
    expect(tag('The season opens on the weekend of 14 August.', '2010-05-17')).toEqual([['the weekend of 14 August', 20, 'DATE', '2010-W32-WE']]);
  });

  it('keep "the" inside "the 25th of August", and read the day told in words: "the third of February", "the twenty-first of June, 1999"', () => {
    expect(tag('The 25th of August will tell.')).toEqual([['The 25th of August', 0, 'DATE', '1998-08-25']]);
    expect(tag('They met on the third of February and will meet on the twenty-first of June, 1999.')).toEqual([
      ['the third of February', 12, 'DATE', '1998-02-03'],
      ['the twenty-first of June, 1999', 51, 'DATE', '1999-06-21'],
    ]);
  });

  it('read a day spelt out after its month, as transcripts write it: "March eighth", "February twenty-third"', () => {
    expect(tag('It opened on March eighth and closes on February twenty-third, 1999; May thirty first too.')).toEqual([
      ['March eighth', 13, 'DATE', '1998-03-08'],
      ['February twenty-third, 1999', 40, 'DATE', '1999-02-23'],
      ['May thirty first', 69, 'DATE', '1998-05-31'],
    ]);
    expect(tag('In June second-quarter sales fell.')[0]).toEqual(['June', 3, 'DATE', '1998-06']);
  });

  it('read "the week of" a day as the ISO week that holds it', () => {
    expect(tag('Talks resume during the week of March 6.', '2000-02-24')).toEqual([['the week of March 6', 20, 'DATE', '2000-W10']]);
    expect(tag('the week of Nov. 13, 1989')).toEqual([['the week of Nov. 13, 1989', 0, 'DATE', '1989-W46']]);
  });

  it('read "w/c" and "the week commencing" a day, as British news writes it, as its ISO week', () => {
    expect(tag('He left in the w/c 14 September 2020.')).toEqual([['the w/c 14 September 2020', 11, 'DATE', '2020-W38']]);
    expect(tag('the week beginning 3rd May 2021 and the week commencing 7 February 2022')).toEqual([
      ['the week beginning 3rd May 2021', 0, 'DATE', '2021-W18'],
      ['the week commencing 7 February 2022', 36, 'DATE', '2022-W06'],
    ]);
  });
});

describe('a month of every year', () => {
  const values = (text: string) => tagTimexes(text, { dct: '2013-10-22' }).map((t) => [t.text, t.value]);

  it('leaves the year of a month open where its clause tells what usually happens: "typically peaks between December and February"', () => {
    expect(values('Flu season typically peaks between December and February, so get vaccinated by the end of October.')).toEqual([
      ['December', 'XXXX-12'],
      ['February', 'XXXX-02'],
      ['the end of October', '2013-10'],
    ]);
    expect(values("India's monsoon, which usually lasts from June to September, brought heavy rains.")).toEqual([['June', 'XXXX-06'], ['September', 'XXXX-09']]);
    expect(values('Each summer, tourists descend on the island, and its population triples between June and August.').slice(1)).toEqual([
      ['June', 'XXXX-06'],
      ['August', 'XXXX-08'],
    ]);
  });

  it('gives the month a year where one is told, or where the habit is another sentence\'s', () => {
    expect(values('Sales usually peak in 2013 in December.')[1]).toEqual(['December', '2013-12']);
    expect(values('Rates usually fall. In June they rose.')).toEqual([['June', '2013-06']]);
    // A month of no clear tense in the sentence of this year told is this year's, not the coming one's.
    expect(values("It has been hurt this year by the cost of its acquisition of Brannock's Inc. in January.")).toEqual([['this year', '2013'], ['January', '2013-01']]);
    // Nor where the month is when a change starts: that happens once.
    expect(values('The plan raises aid 3 percent each year and sets aside $25 million for tax relief beginning in July.')).toEqual([['each year', 'P1Y'], ['July', '2014-07']]);
  });
});

describe('a month that names a thing of it', () => {
  it('places "its March meeting" as a month told without a tense, whatever future its clause tells', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-04-10' }).map((t) => [t.text, t.value]);
    expect(values('The Fed will release the minutes of its March meeting on Wednesday.')[0]).toEqual(['March', '2013-03']);
    expect(values('The government\'s March jobs report is due on Friday.')[0]).toEqual(['March', '2013-03']);
    expect(values('Retailers will report March same-store sales on Thursday.')[0]).toEqual(['March', '2013-03']);
    // (So after "on", before the noun it names: "will watch the report on March orders for durable goods".)
    expect(values('Investors will watch the report on March orders for durable goods, due Thursday.')[0]).toEqual(['March', '2013-03']);
    // Not a month after a preposition, which its clause places.
    expect(values('The Fed will meet in March.')[0]).toEqual(['March', '2014-03']);
    // Nor an event placed by "after", "before" or "in the": "plans to step down after the November election".
    expect(tagTimexes('He plans to step down after the November election and hand the office to his deputy.', { dct: '2000-02-27' })[0]!.value).toBe('2000-11');
  });

  it('places it, with a future told from now, in the nearest such month either way, and with one seen from a past as before', () => {
    expect(tagTimexes('Many of the poll workers will also work the August state primary.', { dct: '2024-02-22' })[0]!.value).toBe('2024-08');
    expect(tagTimexes('The selloff has erased the gains shares made since mid-November, when it became clear that Shinzo Abe would win the December election and push for aggressive monetary easing.', { dct: '2013-06-14' })[1]!.value).toBe('2012-12');
  });
});

describe('a story told in an earlier year', () => {
  const values = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.value]);

  it('carries on from a day whose year the text wrote, onwards and for a few sentences', () => {
    const text = 'He has not used it since the night of August 10, 2020. He was released on August 13. By October, the marches were smaller.';
    expect(values(text, '2024-08-20')).toEqual([
      ['the night of August 10, 2020', '2020-08-10TNI'],
      ['August 13', '2020-08-13'],
      ['October', '2020-10'],
    ]);
  });

  it('carries on from a month whose year the text wrote, opening its sentence: "In May 2020, she registered … on 9 August"', () => {
    const text = 'In May 2020, after her husband was arrested, she registered as a candidate. The election was held on 9 August. In October, she won a prize.';
    expect(values(text, '2023-03-07')).toEqual([
      ['May 2020', '2020-05'],
      ['9 August', '2020-08-09'],
      ['October', '2020-10'],
    ]);
    // Nor a month or day told as a background to how things have been since: the story is now.
    expect(values('Since the uprising began in March 2011, more than 70,000 people have been killed. In April, the U.N. said 60,000 had died.', '2013-05-10')[1]).toEqual(['April', '2013-04']);
    expect(values('The war, which began on March 15, 2011, has killed 70,000 people. In April, the U.N. said 60,000 had died.', '2013-05-10')[1]).toEqual(['April', '2013-04']);
    expect(values('The crisis, which began after the disputed election of Aug. 9, 2020, has entered a new phase. In October, Poland declared an emergency.', '2021-11-18')[1]).toEqual(['October', '2021-10']);
    // Nor what is told as still to come after it.
    expect(values('Xi last visited Russia in March 2010. The summit runs from March 26 to 27.', '2013-03-18').slice(1)).toEqual([
      ['March 26', '2013-03-26'],
      ['27', '2013-03-27'],
    ]);
    // A month and year naming a thing is no story's time: "the August 1988 cease-fire".
    expect(values('He rejected it after the August 1988 cease-fire. Iraq invaded Kuwait on Aug. 2.', '1990-08-15')[1]).toEqual(['Aug. 2', '1990-08-02']);
  });

  it('does not carry on backwards, from a month alone, or far away', () => {
    expect(values('The two are charged in the Dec. 21, 1988, bombing. Gadhafi agreed in April to hand them over.', '1999-06-07')[1]).toEqual(['April', '1999-04']);
    expect(values('He rejected it after the August 1988 cease-fire. Iraq invaded Kuwait on Aug. 2.', '1990-08-15')[1]).toEqual(['Aug. 2', '1990-08-02']);
    const far = `The war began on 9 August 2020. ${'Nothing was dated for a long while after that. '.repeat(14)}It ended on 20 August.`;
    expect(values(far, '2024-08-25')[1]).toEqual(['20 August', '2024-08-20']);
  });

  it('looks back from the story\'s day in its year when the past perfect does: "who had fled on Aug. 11"', () => {
    const text = 'On Aug. 16, 2020, 200,000 marched. Tikhanovskaya, who had fled to Lithuania on Aug. 11, called a strike. By late August, workers walked out.';
    expect(values(text, '2021-08-10')).toEqual([
      ['Aug. 16, 2020', '2020-08-16'],
      ['Aug. 11', '2020-08-11'],
      ['late August', '2020-08'],
    ]);
    // In the simple past, a day before the story's is still read from the publication date.
    expect(values('On Aug. 16, 2020, 200,000 marched. Police raided the office on Aug. 5.', '2021-08-10')[1]).toEqual(['Aug. 5', '2021-08-05']);
  });

  it('reads a day up to a week before the story\'s day in its year, through "that month": "found on Oct. 14, 2011 … on Oct. 13"', () => {
    const text = 'Her body was found on Oct. 14, 2011. She had filed for divorce that month. Records placed him near the house on Oct. 13.';
    expect(values(text, '2013-08-29')).toEqual([
      ['Oct. 14, 2011', '2011-10-14'],
      ['that month', '2011-10'],
      ['Oct. 13', '2011-10-13'],
    ]);
  });

  it('reads a month after a season of two years back or more, with its year, in that year: "the summer of 1993 … reopened in late September"', () => {
    const text = 'The worst stretch was the summer of 1993, when high water closed the crossing for 11 weeks. The ferry reopened in late September.';
    expect(values(text, '2000-10-15')).toEqual([['the summer of 1993', '1993-SU'], ['11 weeks', 'P11W'], ['late September', '1993-09']]);
    // Not a season of last year, after which the story may well have come to this year; nor a month before the season.
    expect(values('She applied in the summer of 2012 and received a decision in late September.', '2013-11-02')).toEqual([
      ['the summer of 2012', '2012-SU'], ['late September', '2013-09'],
    ]);
    expect(values('The worst stretch was the summer of 1993. The ferry reopened in March.', '2000-10-15')).toEqual([['the summer of 1993', '1993-SU'], ['March', '2000-03']]);
  });

  it('reads a day a plan told in the past perfect was for in the nearer year, as it may yet lie ahead: "had been scheduled for Nov. 1"', () => {
    expect(values('The October report, which had been scheduled for Nov. 1, will come out on Nov. 8 instead.', '2013-10-19')).toEqual([
      ['October', '2013-10'], ['Nov. 1', '2013-11-01'], ['Nov. 8', '2013-11-08'],
    ]);
    expect(values('The vote, which had been scheduled for Oct. 1, was postponed.', '2013-10-19')).toEqual([['Oct. 1', '2013-10-01']]);
  });

  it('reads a day of a verb joined by "and" to a month of an earlier year in that year: "opened in March 1868 and ended on May 26"', () => {
    expect(values('That trial opened in March 1868 and ended on May 26.', '1999-01-28')).toEqual([['March 1868', '1868-03'], ['May 26', '1868-05-26']]);
    // A month that goes on with the story is its month too: "By late March" after "Feb. 12, 1968", then "On March 28".
    expect(values('On Feb. 12, 1968, the workers walked out. By late March, the strike had drawn King. On March 28, a march broke into violence.', '2013-02-11')).toEqual([
      ['Feb. 12, 1968', '1968-02-12'], ['late March', '1968-03'], ['March 28', '1968-03-28'],
    ]);
    expect(values('Sales fell in March 1998. The board meets on May 26.', '1999-01-28')).toEqual([['March 1998', '1998-03'], ['May 26', '1999-05-26']]);
    // A day of the "when" clause of a year told is of that year: "since 2011, when a storm closed schools on Jan. 26".
    expect(values('It is the heaviest snowfall since 2011, when a storm closed schools on Jan. 26.', '2013-01-14')).toEqual([['2011', '2011'], ['Jan. 26', '2011-01-26']]);
    // Not a "when" clause of the sentence's own verb, after no comma: "who served until 1989, faces 15 years when he is sentenced Jan. 18".
    expect(values('Figueredo, who served until 1989, faces 15 years in prison when he is sentenced Jan. 18.', '1990-11-09').at(-1)).toEqual(['Jan. 18', '1991-01-18']);
    // So of a month told with its year, over a decimal point: "since July 2006, when … a reading of 36.5C in Surrey on 19 July".
    expect(values('It is the longest run since July 2006, when heat culminated in a reading of 36.5C in Surrey on 19 July.', '2013-07-17'))
      .toEqual([['July 2006', '2006-07'], ['19 July', '2006-07-19']]);
    // A comma inside a number parts no clause: "killed more than 1,000 people in December" is told in the past.
    expect(values('Another typhoon, Bopha, killed more than 1,000 people in the Philippines in December.', '2013-11-11')).toEqual([['December', '2012-12']]);
  });

  it('reads "that November" as the month of the year told last, but not the conjunction "that" before a month', () => {
    expect(values('Kennedy moved to New York in 1964 and defeated Keating by 700,000 votes that November.', '2000-11-02')).toEqual([
      ['1964', '1964'],
      ['that November', '1964-11'],
    ]);
    expect(values('She married in 1964. Later that May she left.', '2000-11-02')).toEqual([['1964', '1964'], ['Later that May', '1964-05']]);
    // Or "that April" before a purpose or a place: "led a free concert in a downtown park that April to win back audiences".
    expect(values('The strike ended in March 1998, and Marsh led a concert in a park that April to win back audiences.', '2013-02-21')).toEqual([
      ['March 1998', '1998-03'],
      ['that April', '1998-04'],
    ]);
    expect(values('He said that March sales rose.', '2000-11-02')).toEqual([['March', '2000-03']]);
    expect(values('Officials noted that March was the wettest month.', '2000-11-02')).toEqual([['March', '2000-03']]);
  });
});

describe('March as the month beside a march', () => {
  it('reads March after a capitalised word that opens its sentence, in a range to a month, and after "the" before its year or day', () => {
    const texts = (text: string) => tagTimexes(text, { dct: '2021-11-19' }).map((t) => t.text);
    expect(texts('In March prices rose. By March, they fell. Prices rose from January to March. Sales fell in March to a low.')).toEqual([
      'March', 'March', 'January', 'March', 'March',
    ]);
    expect(texts('Since March the Long March had gone on.')).toEqual(['March']);
    expect(texts("The Fed's March meeting and the ECB March decision came.")).toEqual(['March', 'March']);
    expect(texts('Last March it rose. Early March was cold. Until March it holds. Andrew March, an analyst, agreed.')).toEqual(['Last March', 'Early March', 'March']);
    // A company named with a month is no month, but a month after a preposition of time is, a company after it or not.
    expect(texts('She was an executive at May Department Stores Co. In May Apple Inc. said it would.')).toEqual(['May']);
  });

  it('reads a month that is a given name as the month after a preposition of time or a determiner, a capitalised word after it or not', () => {
    const texts = (text: string) => tagTimexes(text, { dct: '2013-05-17' }).map((t) => t.text);
    expect(texts("In June Smith resigned. The June Senate vote and the Fed's June meeting came, and the August Bank Holiday.")).toEqual(['June', 'June', 'June', 'August']);
    expect(texts('Sales rose from January and June Smith said so.')).toEqual(['January', 'June']);
  });
});

describe('a narrative through an aside', () => {
  const values = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);

  it('stays in its year after a year far from its last day, and after a look back', () => {
    expect(values('On August 31, 1920, the cavalry was defeated, in the largest cavalry battle since 1813. On 6 September it withdrew.')).toEqual([
      ['August 31, 1920', '1920-08-31'],
      ['1813', '1813'],
      ['6 September', '1920-09-06'],
    ]);
    expect(values('In August 1920 the Poles advanced, repeating their successes from the previous year. On 12 October an armistice was signed.')).toEqual([
      ['August 1920', '1920-08'],
      ['the previous year', '1919'],
      ['12 October', '1920-10-12'],
    ]);
    expect(values('The siege began in May 1904. Ten years earlier the fort had been built. On 2 January the fort fell.').at(-1)).toEqual(['2 January', '1904-01-02']);
  });

  it('stays in its year after a look ahead to a later year, or back from the story', () => {
    expect(values('On 10 March 1975 the offensive began. If the town fell, the coast would be open for a campaign in 1976. On 22 March the siege of Hue opened.')).toEqual([
      ['10 March 1975', '1975-03-10'],
      ['1976', '1976'],
      ['22 March', '1975-03-22'],
    ]);
    expect(values('On 21 April 1975 Thieu resigned, saying he was tricked into signing the agreement two years ago. On 25 April he left.').slice(1)).toEqual([
      ['two years ago', '1973'],
      ['25 April', '1975-04-25'],
    ]);
  });

  it('stays in its year after "the past year" or "last year", counted back from the story', () => {
    expect(values('On 25 June 1950 the army invaded. In the past year, both armies had skirmished. The Soviets had boycotted the Council since January.')).toEqual([
      ['25 June 1950', '1950-06-25'],
      ['the past year', '1949'],
      ['January', '1950-01'],
    ]);
  });

  it('stays in its year after "last month" counted back from the story', () => {
    expect(values('In January 1946 talks went on, as Chiang had promised last month. Later in the year, Chiang attacked.')).toEqual([
      ['January 1946', '1946-01'],
      ['last month', '1945-12'],
      ['Later in the year', '1946'],
    ]);
  });

  it('stays in its year through an earlier date told after the "had" of a past perfect', () => {
    expect(values('In May 1944 the British drove the Japanese back, and Chinese forces that had invaded Burma in late 1943 besieged Myitkyina. By June, Henan had fallen.')).toEqual([
      ['May 1944', '1944-05'],
      ['late 1943', '1943'],
      ['June', '1944-06'],
    ]);
  });

  it('stays in its year through an earlier date in brackets or naming a thing ("the August 1792 uprising")', () => {
    expect(values('On 13 July 1793 Marat was killed. Danton, the leader of the August 1792 uprising, was removed. On 24 June the constitution was adopted.').at(-1)).toEqual([
      '24 June', '1793-06-24',
    ]);
    expect(values('In 1793 peasants revolted. They resented the Civil Constitution of the Clergy (1790). On 17 August the levee was voted.').at(-1)).toEqual([
      '17 August', '1793-08-17',
    ]);
  });

  it('moves on to a later year that names a thing, as the story may go forward to it', () => {
    expect(values('On 9 April 2003 Baghdad fell. The 2004 elections were held in Iraq. In January the vote passed.').at(-1)).toEqual(['January', '2004-01']);
  });

  it('stays in its year through an earlier date told as a point of reference ("from a high of 300 in summer 2007")', () => {
    expect(values('Deaths fell in the second half of 2008, from a high of 300 in summer 2007. The army launched a spring offensive. In March it took Basra.')).toEqual([
      ['the second half of 2008', '2008-H2'],
      ['summer 2007', '2007-SU'],
      ['spring', '2008-SP'],
      ['March', '2008-03'],
    ]);
    expect(values('In April 1919 the Red Army advanced. Estonia, at war with it since November 1918, struck in May.').at(-1)).toEqual(['May', '1919-05']);
  });

  it('puts a month a figure is compared with before the story\'s month, and stays there', () => {
    expect(values('On February 4, 2005, troops were pulled out. February to April proved peaceful compared to the carnage of November and January. In May, attacks rose.')).toEqual([
      ['February 4, 2005', '2005-02-04'],
      ['February', '2005-02'],
      ['April', '2005-04'],
      ['November', '2004-11'],
      ['January', '2005-01'],
      ['May', '2005-05'],
    ]);
  });

  it('moves on to an earlier date told with no past perfect before it, or after "had to" (no perfect)', () => {
    expect(values('In May 1944 the front held. The Chinese invaded Burma in late 1943. By June, Henan had fallen.').at(-1)).toEqual(['June', '1943-06']);
    expect(values('In May 1944 the front held. The Chinese had to leave Burma in late 1943. By June, Henan had fallen.').at(-1)).toEqual(['June', '1943-06']);
  });

  it('stays in its year after a later month or day that ends a span, told after "until"', () => {
    expect(values('On 20 October 1944 Belgrade fell. The Soviets began an assault that lasted until the fall of Budapest in February 1945. By the start of July, the British had repelled the sieges.')).toEqual([
      ['20 October 1944', '1944-10-20'],
      ['February 1945', '1945-02'],
      ['the start of July', '1944-07'],
    ]);
  });

  it('stays in its year after a later year a total has reached by, told inside its sentence', () => {
    expect(values('In July 1775 Washington arrived. 90% of the powder was imported by the end of 1776. The standoff continued throughout the fall.')).toEqual([
      ['July 1775', '1775-07'],
      ['the end of 1776', '1776'],
      ['the fall', '1775-FA'],
    ]);
  });

  it('moves on to a later year told after a "By" that opens its sentence', () => {
    expect(values('In July 1775 Washington arrived. By the end of 1776, the powder had come. The standoff continued throughout the fall.').at(-1)).toEqual([
      'the fall', '1776-FA',
    ]);
  });

  it('moves on to a later month told with no "until" before it in its sentence', () => {
    expect(values('On 20 October 1944 Belgrade fell. The Soviets took Budapest in February 1945. By the start of July, the British had left.').at(-1)).toEqual([
      'the start of July', '1945-07',
    ]);
    expect(values('On 20 October 1944 Belgrade fell. The Soviets waited until spring. They took Budapest in February 1945. In July, the British left.').at(-1)).toEqual([
      'July', '1945-07',
    ]);
    // Nor after "until" that opens a clause: the story goes on to the agreement's year.
    expect(values('Talks began on August 28, 1945. Fighting went on until the agreement was reached in January 1946. Later in the year, Chiang moved north.').at(-1)).toEqual([
      'Later in the year', '1946',
    ]);
  });

  it('stays in its year through the date a figure is counted to ("as of December 5, 2006")', () => {
    expect(values('On May 1, 2003, Bush spoke. The provinces account for 73% of deaths (as of December 5, 2006). Attacks went on throughout the summer.')).toEqual([
      ['May 1, 2003', '2003-05-01'],
      ['December 5, 2006', '2006-12-05'],
      ['the summer', '2003-SU'],
    ]);
    expect(values('On May 1, 2003, Bush spoke. On December 5, 2006, the count was published. Attacks went on throughout the summer.').at(-1)).toEqual(['the summer', '2006-SU']);
  });

  it('still moves on to a year near its story, or to a year after a year', () => {
    expect(values('On 7 December 1941 Japan attacked. In 1942, in June, the fleets met at Midway.').slice(1)).toEqual([['1942', '1942'], ['June', '1942-06']]);
    expect(values('The war ended in 1815. In 1914 a new war began, and in August the armies marched.').at(-1)).toEqual(['August', '1914-08']);
  });
});

describe('a narrative at the turn of its year', () => {
  const values = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);

  it('puts a January or February told right after its December in the new year', () => {
    expect(values('On December 16, 1944, Germany attacked in the Ardennes. The offensive had been repulsed by January.')).toEqual([
      ['December 16, 1944', '1944-12-16'],
      ['January', '1945-01'],
    ]);
    expect(values('Wilson sent his note in December 1916. The Allies replied on 14 January.').at(-1)).toEqual(['14 January', '1917-01-14']);
  });

  it('keeps its December through its own year told again, and turns the year after it', () => {
    expect(values('In 1941 Japan planned war. On December 7 (December 8 in Asian time zones), 1941, Japan attacked. In January, the Allies met.')).toEqual([
      ['1941', '1941'],
      ['December 7', '1941-12-07'],
      ['December 8', '1941-12-08'],
      ['1941', '1941'],
      ['January', '1942-01'],
    ]);
  });

  it('keeps a later month, or a January after a November or after a year alone, in the story\'s year', () => {
    expect(values('On 20 November 2004 the city fell. Compared to November, January was calm.').at(-1)).toEqual(['January', '2004-01']);
    expect(values('The war began in 1941. In January, the Allies met.').at(-1)).toEqual(['January', '1941-01']);
    expect(values('By December 1944 the front was quiet, though in March it had moved fast.').at(-1)).toEqual(['March', '1944-03']);
  });
});

describe('a narrative back from a flashback', () => {
  const values = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);

  it('goes back to the story a flashback interrupted with a day told before the flashback\'s day', () => {
    expect(values('On 28 March 1918 the Americans were assigned. A War Council was created on 5 November 1917. Operation Marne was launched on 15 July.')).toEqual([
      ['28 March 1918', '1918-03-28'],
      ['5 November 1917', '1917-11-05'],
      ['15 July', '1918-07-15'],
    ]);
  });

  it('stays in the flashback\'s year for a day after its day, and after a flashback from a year told alone', () => {
    expect(values('On 28 March 1918 the Americans were assigned. A War Council was created on 5 November 1917. It met again on 20 November.').at(-1)).toEqual([
      '20 November', '1917-11-20',
    ]);
    expect(values('They created the group in 1971. In June 1969, the Biafrans attacked. From May to July, planes struck.').slice(-2)).toEqual([
      ['May', '1969-05'],
      ['July', '1969-07'],
    ]);
  });

  it('comes back from a glimpse two or more years ahead with a day told before the glimpse\'s, but not from a story that moved on a year', () => {
    expect(values('On April 9, 2003 Baghdad fell. In November 2008, protesters burned an effigy. On April 15 the invasion was declared over.')).toEqual([
      ['April 9, 2003', '2003-04-09'],
      ['November 2008', '2008-11'],
      ['April 15', '2003-04-15'],
    ]);
    // A year on is where the story has moved to, not a glimpse.
    expect(values('On 9 December 1941 the fleet sailed. In November 1942 it landed. On 3 March it attacked.').at(-1)).toEqual(['3 March', '1942-03-03']);
  });
});

describe('years among capitalised words', () => {
  it('keep a year after a word that opens a date, a season, a possessive, a range or a sentence, though a capitalised word stands before it', () => {
    const texts = (text: string) => tagTimexes(text, { dct: '2021-07-15' }).map((t) => t.text);
    expect(texts('Since 2019 prices rose; By 2030 they will fall.')).toEqual(['2019', '2030']);
    expect(texts('Results for FY 2020 and Summer 2020 were weak.')).toEqual(['FY 2020', 'Summer 2020']);
    expect(texts("Navigation Mixte's 1989 profit rose, and Britain’s 2019 election was close.")).toEqual(['1989', '2019']);
    expect(texts('Eastern Theater 1861-1863\n\nThe war went on.')).toEqual(['1861', '1863']);
    expect(texts('The war ended. Peace 1945 was a film title, they said.')).toEqual(['1945']);
    expect(texts('ELECTION 2020 RESULTS')).toEqual(['2020']);
    expect(tagTimexes('The Decrees (February-March 1794) passed.', { dct: '2021-07-15' }).map((t) => t.value)).toEqual(['1794-02', '1794-03']);
  });

  it('keep a year before a capitalised street name when a preposition of time stands before it', () => {
    expect(tagTimexes('In 1998 Oxford Street was closed; since 2004 Main Street has been too.', { dct: '2021-07-15' }).map((t) => t.text)).toEqual(['1998', '2004']);
  });

  it('read a year before 1500 after a preposition of time or in "the year 1415"', () => {
    expect(tag('He is the first pope to resign since 1415; the schism ran from 1378 until 1417, and in the year 1066 England fell.', '2013-03-13')).toEqual([
      ['1415', 37, 'DATE', '1415'],
      ['1378', 63, 'DATE', '1378'],
      ['1417', 74, 'DATE', '1417'],
      ['the year 1066', 87, 'DATE', '1066'],
    ]);
  });

  it('read a year past 2100 after a preposition of time too, but no such number alone: "not expected back until 2126"', () => {
    expect(tag('The comet is not expected back until 2126. The index rose to 2140 and 2150 people came.', '2013-03-13').map((t) => [t[0], t[3]])).toEqual([
      ['2126', '2126'],
    ]);
  });

  it('still read March the month inside a quoted sentence, which is no name', () => {
    expect(tag("He said 'I will come back in March' and left.", '2020-11-30')).toEqual([['March', 29, 'DATE', '2021-03']]);
  });

  it('date a month that names an event of history in its year: the October Revolution, the August coup', () => {
    expect(tag('Lukashenko laid flowers on the anniversary of the October Revolution on 7 November.', '2021-11-08')).toEqual([
      ['October', 50, 'DATE', '1917-10'],
      ['7 November', 72, 'DATE', '2021-11-07'],
    ]);
    expect(tag('the failed August coup in Moscow', '2021-08-20')).toEqual([['August', 11, 'DATE', '1991-08']]);
    expect(tag('In October revolution talk grew.', '2021-11-08')).toEqual([['October', 3, 'DATE', '2021-10']]);
  });

  it('read both days of a night written with a slash, "the night of 11/12 November"', () => {
    expect(tag('He was beaten on the night of 11/12 November.', '2020-11-16')).toEqual([
      ['the night of 11', 17, 'TIME', '2020-11-11TNI'],
      ['12 November', 33, 'DATE', '2020-11-12'],
    ]);
    expect(tag('a 24/7 service, rated 9/10 by critics', '2020-11-16')).toEqual([]);
  });
});
