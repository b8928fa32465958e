import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const narrative = (text: string) => tagTimexes(text, { dct: '2009-06-01', genre: 'narrative' }).map((t) => [t.text, t.start, t.type, t.value]);
const news = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('joinNeighbours', () => {
  it('counts "the day before" or "the week after" a day told from that day, as one expression', () => {
    expect(news('The day before last Tuesday\'s hearing, Manuel went; he died the day after Christmas.', '2000-02-24').map((t) => [t[0], t[3]])).toEqual([
      ['The day before last Tuesday', '2000-02-21'],
      ['the day after Christmas', '1999-12-26'],
    ]);
    expect(news('The week before Easter was quiet.', '2000-02-24').map((t) => [t[0], t[3]])).toEqual([['The week before Easter', '1999-W12']]);
  });

  it('keeps a time at the end of a line apart from the day that opens the next: a listing\'s lines are its entries', () => {
    expect(news('UPCOMING HOME GAMES\nWednesday, June 19: vs. Erie Falls, 7:05 p.m.\nThursday, June 20: vs. Erie Falls, 7:05 p.m.', '2013-06-19').map((t) => [t[0], t[3]])).toEqual([
      ['Wednesday, June 19', '2013-06-19'],
      ['7:05 p.m.', '2013-06-19T19:05'],
      ['Thursday, June 20', '2013-06-20'],
      ['7:05 p.m.', '2013-06-20T19:05'],
    ]);
    expect(news('Polls close at 8 p.m. Tuesday.', '2013-11-01').map((t) => [t[0], t[3]])).toEqual([['8 p.m. Tuesday', '2013-11-05T20:00']]);
  });

  it('reads a clock time and "that day", "the next day" or "the day before" after it as one time on that day, but not "the same day"', () => {
    expect(news('The rally began on Feb. 22, when Bush gave Iraq until noon the next day to pull out.', '1991-03-05').map((t) => [t[0], t[3]])).toEqual([
      ['Feb. 22', '1991-02-22'],
      ['noon the next day', '1991-02-23T12:00'],
    ]);
    // A day before, told in the past perfect, leaves the story on its day: "that night" is still the 8th.
    expect(news('Churchill had made the broadcast on May 8, 1945, to tell the nation that the war was over. Germany had signed its surrender at '
      + '2:41 a.m. the day before in Reims. Joan Pettifer was 19 and a radio operator that spring. After the broadcast, she cheered the king on '
      + 'the balcony that night.', '1995-05-09').map((t) => [t[0], t[3]])).toEqual([
      ['May 8, 1945', '1945-05-08'],
      ['2:41 a.m. the day before', '1945-05-07T02:41'],
      ['that spring', '1945-SP'],
      ['that night', '1945-05-08TNI'],
    ]);
    expect(news('The unit opens on Monday, August 19. Patients will move in stages over three days, starting at 9am that day.', '2013-08-06').map((t) => [t[0], t[3]])).toEqual([
      ['Monday, August 19', '2013-08-19'],
      ['three days', 'P3D'],
      ['9am that day', '2013-08-19T09:00'],
    ]);
    expect(news('The Senate had approved it on Tuesday at about 2 a.m. the same day.', '2013-01-03').map((t) => t[0])).toEqual(['Tuesday', 'about 2 a.m.', 'the same day']);
  });

  it('reads "the night of" a day, and the other parts of the day so told, as that part of that day', () => {
    expect(narrative('On the night of April 18, 1775, Gage sent 700 men; on the morning of April 19 they reached Lexington.')).toEqual([
      ['the night of April 18, 1775', 3, 'TIME', '1775-04-18TNI'],
      ['the morning of April 19', 54, 'TIME', '1775-04-19TMO'],
    ]);
    expect(narrative('Schlesinger announced early in the morning of 29 April 1975 the evacuation; in the early morning hours of 30 April the last Marines left.').map((t) => [t[0], t[3]])).toEqual([
      ['early in the morning of 29 April 1975', '1975-04-29TMO'],
      ['the early morning hours of 30 April', '1975-04-30TMO'],
    ]);
    expect(news('He was shot on the night of Friday, Oct. 23, and a man was held in the small hours of Sunday.', '1998-10-27').map((t) => [t[0], t[3]])).toEqual([
      ['the night of Friday, Oct. 23', '1998-10-23TNI'],
      ['the small hours of Sunday', '1998-10-25TNI'],
    ]);
    expect(news('The suspect fled in the early hours of Sunday.', '1998-10-27').map((t) => [t[0], t[3]])).toEqual([['the early hours of Sunday', '1998-10-25TNI']]);
    // And of a holiday.
    expect(news('Roads will be busiest on the evening of Easter Monday.', '2013-03-20').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['the evening of Easter Monday', 'TIME', '2013-04-01TEV'],
    ]);
  });

  it('leaves "the night of" a day that tells its part already, and "the night of" no day', () => {
    expect(news('It rained on the night of Friday evening and on the night of the storm.', '1998-10-27').map((t) => [t[0], t[3]])).toEqual([['Friday evening', '1998-10-23TEV']]);
  });

  it('leaves "the day after" an event, and an amount of days before a day, as they were', () => {
    expect(news('The day after the vote, two days before Christmas, he left.', '2000-02-24').map((t) => [t[0], t[3]])).toEqual([
      ['The day', 'XXXX-XX-XX'],
      ['two days', 'P2D'],
      ['Christmas', '1999-12-25'],
    ]);
  });

  it('reads the bare "next" of "this year and next" as the next year, and so "or last" and the other units', () => {
    expect(news('Growth of 3% is forecast this year and next; rates peaked this month or last, and this quarter and next.')).toEqual([
      ['this year', 25, 'DATE', '1998'],
      ['next', 39, 'DATE', '1999'],
      ['this month', 58, 'DATE', '1998-08'],
      ['last', 72, 'DATE', '1998-07'],
      ['this quarter', 82, 'DATE', '1998-Q3'],
      ['next', 99, 'DATE', '1998-Q4'],
    ]);
  });

  it('leaves "next" that names its own time, or is no time', () => {
    expect(news('It grows this year and next year, and cost this year and next to nothing.').map((t) => t[0])).toEqual(['this year', 'next year', 'this year']);
  });

  it('reads a date and the clock time right after it as one time: a web page\'s time stamp', () => {
    const stamped = (text: string) => tagTimexes(text, { dct: '2021-03-06' }).map((t) => [t.text, t.type, t.value]);
    expect(stamped('Last modified on Fri 5 Mar 2021 10.32 GMT')).toEqual([['Fri 5 Mar 2021 10.32 GMT', 'TIME', '2021-03-05T10:32']]);
    expect(stamped('Updated: 2021-03-05 14:32 GMT')).toEqual([['2021-03-05 14:32 GMT', 'TIME', '2021-03-05T14:32']]);
    expect(stamped('First published on Thu 4 Mar 2021 18.00 GMT')).toEqual([['Thu 4 Mar 2021 18.00 GMT', 'TIME', '2021-03-04T18:00']]);
  });

  it('keeps a date and a time after "at", a comma or on the next line apart, the time on that day, and a time and a day across paragraphs', () => {
    expect(news('It was filed March 5, 2021 at 2:32 p.m. and on Friday at 3 p.m.')).toEqual([
      ['March 5, 2021', 13, 'DATE', '2021-03-05'],
      ['2:32 p.m.', 30, 'TIME', '2021-03-05T14:32'],
      ['Friday', 47, 'DATE', '1998-08-07'],
      ['3 p.m.', 57, 'TIME', '1998-08-07T15:00'],
    ]);
    expect(news('March 5, 1998\n17:30 That is all from us.')).toEqual([
      ['March 5, 1998', 0, 'DATE', '1998-03-05'],
      ['17:30', 14, 'TIME', '1998-08-07T17:30'],
    ]);
    // Nor a time and the weekday that opens the next paragraph.
    expect(news('It opens with a concert at 7 p.m.\n\nSaturday will bring a 5K run.', '2013-05-17').map((t) => [t[0], t[3]])).toEqual([
      ['7 p.m.', '2013-05-17T19:00'],
      ['Saturday', '2013-05-18'],
    ]);
    // A police log's entry ("Monday, April 15, 9:42 a.m.: A woman reported"), as news annotators write it.
    expect(news('Monday, April 15, 9:42 a.m.: An Elm Court woman reported a theft.', '2013-04-23').map((t) => [t[0], t[3]])).toEqual([
      ['Monday, April 15', '2013-04-15'],
      ['9:42 a.m.', '2013-04-15T09:42'],
    ]);
  });

  it('puts a clock time and the same time in another zone, in brackets, on the day after them: "at 7 a.m. (0500 GMT) on Thursday"', () => {
    expect(news('The truce expires at 7 a.m. (0500 GMT) on Thursday.', '2023-12-05').map((t) => [t[0], t[3]])).toEqual([
      ['7 a.m.', '2023-12-07T07:00'],
      ['0500 GMT', '2023-12-07T05:00'],
      ['Thursday', '2023-12-07'],
    ]);
    // A bracketed time with a day of its own keeps it.
    expect(news('Polls close at 8 p.m. (0100 GMT Wednesday) on Tuesday.', '2023-12-05').map((t) => t[3])).toEqual(['2023-12-05T20:00', '2023-12-06T01:00', '2023-12-05']);
  });

  it('puts a clock time on the day after it when its zone is named by a place: "At 5:34 AM Baghdad time on March 20, 2003"', () => {
    expect(narrative('The plan was set in July 2002. At 5:34 AM Baghdad time on March 20, 2003 the invasion began.')).toEqual([
      ['July 2002', 20, 'DATE', '2002-07'],
      ['5:34 AM Baghdad time', 34, 'TIME', '2003-03-20T05:34'],
      ['March 20, 2003', 58, 'DATE', '2003-03-20'],
    ]);
  });

  it('puts a clock time on the day after it past where it was, or "as usual": "at 10 a.m. in Brussels on Friday"', () => {
    const values = (text: string) => news(text, '2013-03-14').map((t) => t[3]);
    expect(values('The vote will take place at 10 a.m. in Brussels on Friday.')).toEqual(['2013-03-15T10:00', '2013-03-15']);
    expect(values('He was arrested at 6 a.m. at his home on Tuesday.')).toEqual(['2013-03-12T06:00', '2013-03-12']);
    expect(values('The exchange will open at 9:30 a.m. as usual on Friday.')).toEqual(['2013-03-15T09:30', '2013-03-15']);
    expect(values('The store opens at 9 a.m. and closes on Sunday.')).toEqual(['2013-03-14T09:00', '2013-03-17']);
  });

  it('puts a clock time on the holiday after or before it: "at 6 p.m. on Christmas Eve", "Christmas Day at 5 a.m."', () => {
    const values = (text: string) => news(text, '2013-12-23').map((t) => t[3]);
    expect(values('Stores will close at 6 p.m. on Christmas Eve.')).toEqual(['2013-12-24T18:00', '2013-12-24']);
    expect(values('The shelter opens on Christmas Day at 5 a.m.')).toEqual(['2013-12-25', '2013-12-25T05:00']);
    expect(values('The show begins at 9:20 p.m. on the Fourth of July.')).toEqual(['2014-07-04T21:20', '2014-07-04']);
    // "Saturday from 5 p.m. to 9 p.m.": both times on the day before them; a range past midnight ends the next day.
    expect(tagTimexes('The street will close Saturday from 5 p.m. to 9 p.m., and the bar is open Friday from 10 p.m. to 2 a.m.', { dct: '2013-10-24' }).map((t) => t.value)).toEqual([
      '2013-10-26', '2013-10-26T17:00', '2013-10-26T21:00', '2013-10-25', '2013-10-25T22:00', '2013-10-26T02:00',
    ]);
    // A time on the day before it is on that day as it was read there ("from Saturday at noon through Sunday at 10 a.m.").
    expect(tagTimexes('A storm watch was issued Friday, in effect from Saturday at noon through Sunday at 10 a.m.', { dct: '2013-12-13' }).map((t) => t.value)).toEqual([
      '2013-12-13', '2013-12-14', '2013-12-14T12:00', '2013-12-15', '2013-12-15T10:00',
    ]);
    // Right after it only: a time on the same weekday further on is read where it stands.
    expect(tagTimexes('"Some started a week late," Yancey said Tuesday.\n\nA meeting for parents is scheduled for 6:30 p.m. Tuesday in the library.', { dct: '2013-03-27' })
      .map((t) => t.value)).toEqual(['P1W', '2013-03-26', '2013-04-02T18:30']);
    // A weekend or week of a holiday is no day to put a time on.
    expect(values('The roads were busiest at 6 p.m. on Easter weekend.')[0]).toBe('2013-12-23T18:00');
  });

  it('leaves a clock time and a day apart when more than a place\'s time stands between them', () => {
    expect(narrative('The plan was set on 10 July 2002. At 5:34 AM the troops, who had waited, moved on March 20, 2003.').map((t) => t[3])).toEqual([
      '2002-07-10', '2002-07-10T05:34', '2003-03-20',
    ]);
  });

  it('reads a month and "of that year" after it as one date in the story\'s year', () => {
    expect(narrative('The war began in 1940. In August of that year the raids came, and on July 25 of the same year a truce.')).toEqual([
      ['1940', 17, 'DATE', '1940'],
      ['August of that year', 26, 'DATE', '1940-08'],
      ['July 25 of the same year', 69, 'DATE', '1940-07-25'],
    ]);
  });

  it('reads "of that year" in news as the year of the last date told, for both coordinated months', () => {
    expect(news('The 1997 floods hit the city in May and June of that year.')).toEqual([
      ['1997', 4, 'DATE', '1997'],
      ['May', 32, 'DATE', '1997-05'],
      ['June of that year', 40, 'DATE', '1997-06'],
    ]);
  });

  it('gives a season the year written with the season coordinated after it, modified or not', () => {
    expect(narrative('In April 1944 they sailed. Both armies spent the spring and early summer of 1943 preparing.')).toEqual([
      ['April 1944', 3, 'DATE', '1944-04'],
      ['the spring', 45, 'DATE', '1943-SP'],
      ['early summer of 1943', 60, 'DATE', '1943-SU'],
    ]);
    expect(news('It rained in January and late February 1997.').map((t) => t[3])).toEqual(['1997-01', '1997-02']);
  });

  it('gives a season the year of the event it names: "the German Spring Offensive of 1918"', () => {
    expect(narrative('Talks failed in 1917. The German Spring Offensive of 1918 began in March.').map((t) => t[3])).toEqual(['1917', '1918-SP', '1918', '1918-03']);
  });

  it('gives a season the year of a date told later in its clause: "the summer offensive against Russia in June 1942"', () => {
    expect(narrative('By May 1943 the British had retreated. The Axis launched their summer offensive against Russia in June 1942.').map((t) => t[3])).toEqual([
      '1943-05', '1942-SU', '1942-06',
    ]);
    expect(narrative('By May 1943 the British had retreated. In the summer, the Axis attacked as they had in June 1942.').map((t) => t[3])).toEqual([
      '1943-05', '1943-SU', '1942-06',
    ]);
    // Not past a verb of its own or a deadline: "would begin demolition in the spring and hoped to sell the houses by the end of 2002".
    expect(news('It would begin demolition in the spring and hoped to sell the first houses by the end of 2002.', '2000-08-30').map((t) => t[3])).toEqual([
      '2001-SP', '2002',
    ]);
    // Nor past a modal's verb, or a deadline with its modifier: "bottomed out in the summer and should grow in 2014".
    expect(news('Production had bottomed out in the summer and should grow modestly in 2014.', '2013-10-30').map((t) => t[3])).toEqual(['2013-SU', '2014']);
    expect(news('Negotiators hope to open talks by the summer and reach an agreement by late 2014.', '2013-03-13').map((t) => t[3])).toEqual(['2013-SU', '2014']);
    expect(news('The developer plans to break ground in the spring and open the first buildings by the end of 2014.', '2013-02-13').map((t) => t[3])).toEqual(['2013-SP', '2014']);
    // A span that runs into the year written starts in the year before: "from Dec. 21 through April 12, 2014".
    expect(news('Service will run every Saturday from Dec. 21 through April 12, 2014.', '2013-07-10').map((t) => t[3])).toEqual(['XXXX-WXX-6', '2013-12-21', '2014-04-12']);
  });

  it('joins a clock time to the weekdays after it into one set: "will air at 10 p.m. Thursdays"', () => {
    expect(news('The series will air at 10 p.m. Thursdays, taking over the hour.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['10 p.m. Thursdays', 'SET', 'XXXX-WXX-4T22:00'],
    ]);
    expect(news('The sirens are tested every Wednesday at noon.').map((t) => [t[0], t[2], t[3]])).toEqual([['every Wednesday at noon', 'SET', 'XXXX-WXX-3T12:00']]);
  });

  it('gives a weekday the set of the weekday and part after it: "on Monday and Tuesday nights"', () => {
    expect(news('Flights leave on Monday and Tuesday nights.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['Monday', 'SET', 'XXXX-WXX-1TNI'],
      ['Tuesday nights', 'SET', 'XXXX-WXX-2TNI'],
    ]);
    expect(news('He left on Monday and Tuesdays he rests.').map((t) => [t[0], t[2]])).toEqual([['Monday', 'DATE'], ['Tuesdays', 'SET']]);
  });

  it('does not give a season the year it is measured against: "the warmest winter since 1880"', () => {
    expect(news('It was the warmest winter since records began in 1880.', '2013-03-21').map((t) => t[3])).toEqual(['2012-WI', '1880']);
    expect(news('It was a wetter summer than in 2003.', '2013-09-21').map((t) => t[3])).toEqual(['2013-SU', '2003']);
  });

  it('leaves a season without a year when the season after it is not coordinated with it, nor told with a year', () => {
    expect(narrative('The war began in 1940. The summer offensive failed; in the winter of 1941 the front froze.').map((t) => t[3])).toEqual(['1940', '1940-SU', '1941-WI']);
    expect(narrative('The war began in 1940. In the spring and summer the front held.').map((t) => t[3])).toEqual(['1940', '1940-SP', '1940-SU']);
    expect(narrative('The war began in 1940. In the spring, some of 1941\'s recruits came.').map((t) => t[3])).toEqual(['1940', '1940-SP', '1941']);
  });

  it('reads "October of last year" from the publication date', () => {
    expect(news('It began in October of last year.')).toEqual([['October of last year', 12, 'DATE', '1997-10']]);
  });

  it('reads a quarter or half and the relative year after it as one expression', () => {
    expect(news('Output fell in the second half of last year and will rise in the first quarter of next year.')).toEqual([
      ['the second half of last year', 15, 'DATE', '1997-H2'],
      ['the first quarter of next year', 61, 'DATE', '1999-Q1'],
    ]);
    expect(news('Sales grew in the first half of the year.')).toEqual([['the first half of the year', 14, 'DATE', '1998-H1']]);
  });

  it('reads a season and the relative year after it as one expression: "the autumn of next year", "the summer of that year"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2024-04-10' }).map((t) => [t.text, t.type, t.value]);
    expect(values('The plant will open in the autumn of next year; it shut in the winter of last year.')).toEqual([
      ['the autumn of next year', 'DATE', '2025-FA'],
      ['the winter of last year', 'DATE', '2023-WI'],
    ]);
    expect(values('In March 1999 he moved. In the summer of that year he married.')).toEqual([
      ['March 1999', 'DATE', '1999-03'],
      ['the summer of that year', 'DATE', '1999-SU'],
    ]);
  });

  it('leaves "the spring of the following year" and a season with its own relative word as two expressions', () => {
    expect(narrative('In 1940, and in the spring of the following year.').map((t) => [t[0], t[3]])).toEqual([
      ['1940', '1940'],
      ['the spring', '1940-SP'],
      ['the following year', '1941'],
    ]);
    expect(news('It began last summer of this year.').map((t) => t[0])).toEqual(['last summer', 'this year']);
  });

  it('leaves "of the following year" as two expressions', () => {
    expect(narrative('In 1940, and in March of the following year.')).toEqual([
      ['1940', 3, 'DATE', '1940'],
      ['March', 16, 'DATE', '1940-03'],
      ['the following year', 25, 'DATE', '1941'],
    ]);
  });

  it('places "the quarter ended June 30" and "the week ending Friday" by the day after them, both kept as expressions', () => {
    const results = (text: string) => tagTimexes(text, { dct: '1989-11-20' }).map((t) => [t.text, t.value]);
    expect(results('Profit for the quarter ended June 30 fell; the month ended Oct. 31 was worse.')).toEqual([
      ['the quarter', '1989-Q2'],
      ['June 30', '1989-06-30'],
      ['the month', '1989-10'],
      ['Oct. 31', '1989-10-31'],
    ]);
    // Off the calendar's quarters, the calendar quarter most of its months fall in: May to July is the second.
    expect(results('Sales for the quarter ended July 31 rose; in the quarter ended Jan. 31 they fell.')).toEqual([
      ['the quarter', '1989-Q2'],
      ['July 31', '1989-07-31'],
      ['the quarter', '1988-Q4'],
      ['Jan. 31', '1989-01-31'],
    ]);
    // Or by a relative clause of its end: "in the quarter, which ends Saturday".
    expect(tagTimexes('It expects to earn 28 cents a share in the quarter, which ends Saturday.', { dct: '1990-06-27' }).map((t) => [t.text, t.value])).toEqual([
      ['the quarter', '1990-Q2'],
      ['Saturday', '1990-06-30'],
    ]);
    expect(results('Claims for the week ending Friday rose.')).toEqual([
      ['the week', '1989-W46'],
      ['Friday', '1989-11-17'],
    ]);
  });

  it('places "the quarter to March", as British news tells a quarter, by the month it ends in', () => {
    const results = (text: string) => tagTimexes(text, { dct: '2013-04-25' }).map((t) => [t.text, t.value]);
    expect(results('The economy grew 0.3% in the quarter to March, and sales fell in the quarter to February.')).toEqual([
      ['the quarter', '2013-Q1'],
      ['March', '2013-03'],
      ['the quarter', '2013-Q1'],
      ['February', '2013-02'],
    ]);
  });

  it('puts the end of a weekday range on or after its start, and a time range on the day told after it', () => {
    const results = (text: string) => tagTimexes(text, { dct: '2013-03-22' }).map((t) => [t.text, t.value]);
    expect(results('The store is open from Monday to Saturday.')).toEqual([['Monday', '2013-03-18'], ['Saturday', '2013-03-23']]);
    expect(results('Statements were made Friday and Thursday.')).toEqual([['Friday', '2013-03-22'], ['Thursday', '2013-03-21']]);
    expect(results('Millions will travel between Thursday and Monday.')).toEqual([['Thursday', '2013-03-21'], ['Monday', '2013-03-25']]);
    // A range still to come "between" two days that has begun, ending ahead; one that would have ended is the next.
    expect(results('Millions will travel between Tuesday and Wednesday.')).toEqual([['Tuesday', '2013-03-26'], ['Wednesday', '2013-03-27']]);
    // (One that ends today, told with "will", is the coming one too: "between Monday and Friday", told on a Friday.)
    expect(results('Millions will travel between Monday and Friday.')).toEqual([['Monday', '2013-03-25'], ['Friday', '2013-03-29']]);
    expect(results('The store will be open from Monday to Saturday.')).toEqual([['Monday', '2013-03-25'], ['Saturday', '2013-03-30']]);
    expect(results('Voting ran from 7am to 10pm on Thursday.')).toEqual([['7am', '2013-03-21T07:00'], ['10pm', '2013-03-21T22:00'], ['Thursday', '2013-03-21']]);
    // (With "about" before the end: "from 10 a.m. until about 5 p.m. tomorrow".)
    expect(results('The avenue will be closed from 10 a.m. until about 5 p.m. tomorrow.').map((t) => t[1])).toEqual(['2013-03-23T10:00', '2013-03-23T17:00']);    // A range that starts today ends on a day still to come, whatever the tense of the clause after it.
    const stapleton = 'Christmas Day is expected to be sunny. Airport officials expect about 380,000 passengers to pass through Stapleton between today '
      + 'and Monday, and airlines urged travelers to call ahead.';
    expect(tagTimexes(stapleton, { dct: '1994-12-22' }).map((t) => t.value)).toEqual(['1994-12-25', '1994-12-22', '1994-12-26']);
  });

  it('puts a later weekday listed after one still to come in its week: "will meet next Tuesday and Wednesday"', () => {
    // Wednesday 13 March 2013: "Wednesday" alone would be the day itself.
    const results = (text: string) => tagTimexes(text, { dct: '2013-03-13' }).map((t) => [t.text, t.value]);
    expect(results('The committee will meet next Tuesday and Wednesday.')).toEqual([['next Tuesday', '2013-03-19'], ['Wednesday', '2013-03-20']]);
    expect(results('Hearings will be held Monday, Wednesday and Friday.')).toEqual([['Monday', '2013-03-18'], ['Wednesday', '2013-03-20'], ['Friday', '2013-03-22']]);
    // After today, a later day listed is still to come, whatever the clause's tense.
    expect(tagTimexes('Airlines have cancelled 4,000 flights for Friday and Saturday.', { dct: '2013-02-08' }).map((t) => t.value)).toEqual(['2013-02-08', '2013-02-09']);
    // In the past each is the last such day, as before.
    expect(results('The committee met Tuesday and Wednesday.')).toEqual([['Tuesday', '2013-03-12'], ['Wednesday', '2013-03-13']]);
    expect(tagTimexes('The committee met Monday and Wednesday.', { dct: '2013-03-12' }).map((t) => t.value)).toEqual(['2013-03-11', '2013-03-06']);
  });

  it('puts the end of a range of weekdays with clock times on or after its start: "from 6 a.m. Tuesday until 6 a.m. Wednesday"', () => {
    const results = (text: string) => tagTimexes(text, { dct: '2024-03-14' }).map((t) => [t.text, t.value]);
    expect(results('Rail workers struck from 6 a.m. Tuesday until 6 a.m. Wednesday.')).toEqual([['6 a.m. Tuesday', '2024-03-12T06:00'], ['6 a.m. Wednesday', '2024-03-13T06:00']]);
    expect(results('The road was closed from midnight Sunday until Monday afternoon.')).toEqual([['midnight Sunday', '2024-03-10T24:00'], ['Monday afternoon', '2024-03-11TAF']]);
    expect(results('The weather warning runs from 9pm Saturday until 3pm Sunday.')).toEqual([['9pm Saturday', '2024-03-16T21:00'], ['3pm Sunday', '2024-03-17T15:00']]);
  });

  it('ends a range of clock times that ends before it starts on the next day: "from 10 p.m. to 5 a.m."', () => {
    const results = (text: string) => tagTimexes(text, { dct: '2013-03-22' }).map((t) => [t.text, t.value]);
    expect(results('The curfew runs from 10 p.m. to 5 a.m., and flights are banned between 11 p.m. and 6 a.m.')).toEqual([
      ['10 p.m.', '2013-03-22T22:00'], ['5 a.m.', '2013-03-23T05:00'], ['11 p.m.', '2013-03-22T23:00'], ['6 a.m.', '2013-03-23T06:00'],
    ]);
    expect(results('It lasted from 10 p.m. Thursday to 5 a.m.')).toEqual([['10 p.m. Thursday', '2013-03-21T22:00'], ['5 a.m.', '2013-03-22T05:00']]);
    // Told by its end's day, such a range starts the day before; from midnight, at that day's start.
    expect(results('Snow will fall between 10 p.m. and 6 a.m. Saturday, and from midnight to 4 a.m. Sunday.')).toEqual([
      ['10 p.m.', '2013-03-22T22:00'], ['6 a.m. Saturday', '2013-03-23T06:00'], ['midnight', '2013-03-24T00:00'], ['4 a.m. Sunday', '2013-03-24T04:00'],
    ]);
    expect(results('Shops open from 9 a.m. to 5 p.m.; he called at 11 p.m. and 6 a.m.').map((r) => r[1])).toEqual([
      '2013-03-22T09:00', '2013-03-22T17:00', '2013-03-22T23:00', '2013-03-22T06:00',
    ]);
    // A start told without a.m. or p.m. is after noon when the end after noon is later that way: "between 1:30 and 4 p.m.".
    expect(results('The cars were broken into between 1:30 and 4 p.m. Saturday; doors open from 11:30 to 2 p.m.').map((r) => r[1])).toEqual([
      '2013-03-16T13:30', '2013-03-16T16:00', '2013-03-22T11:30', '2013-03-22T14:00',
    ]);
  });
  it('reads "Fifty years ago today" as one date, the day fifty years back, which the story then goes on from', () => {
    const tagged = tagTimexes('Fifty years ago today, Armstrong walked on the moon. He had lifted off four days earlier.', { dct: '2019-07-20' });
    expect(tagged.map((t) => [t.text, t.start, t.type, t.value])).toEqual([
      ['Fifty years ago today', 0, 'DATE', '1969-07-20'],
      ['four days earlier', 71, 'DATE', '1969-07-16'],
    ]);
  });

  it('reads "ago this week", "ago this month" and "ago tonight" as that week, month or night shifted', () => {
    expect(news('Ten years ago this week it flooded; two years ago this month he died; a year ago tonight it snowed.').map((t) => [t[0], t[3]])).toEqual([
      ['Ten years ago this week', '1988-W31'],
      ['two years ago this month', '1996-08'],
      ['a year ago tonight', '1997-08-07TNI'],
    ]);
  });

  it('reads "ago this weekend" as that weekend shifted: the weekend of the week the publication\'s weekend was in then', () => {
    expect(tagTimexes('Thirty years ago this weekend, half a million people came to the farm.', { dct: '1999-08-13' }).map((t) => [t.text, t.value])).toEqual([
      ['Thirty years ago this weekend', '1969-W33-WE'],
    ]);
  });

  it('reads "50 years ago Friday" (an anniversary, AP style) as the day this week\'s Friday was, whatever the tense', () => {
    const results = (text: string) => tagTimexes(text, { dct: '2013-11-20' }).map((t) => [t.text, t.value]);
    expect(results('Kennedy was killed 50 years ago Friday; the law passed a year ago Tuesday.')).toEqual([
      ['50 years ago Friday', '1963-11-22'],
      ['a year ago Tuesday', '2012-11-19'],
    ]);
  });

  it('keeps "a week ago" and "Friday" apart ("a week ago Friday" is the Friday before last), and across a sentence', () => {
    const results = (text: string) => tagTimexes(text, { dct: '2013-11-20' }).map((t) => t.text);
    expect(results('It hit a week ago Friday. He left three years ago. Friday he returned.')).toEqual(['a week ago', 'Friday', 'three years ago', 'Friday']);
  });

  it('keeps "two years ago" and "today" apart when a comma or a sentence stands between them', () => {
    expect(news('Two years ago, today\'s rules began. He left a week ago. Today it rained.').map((t) => [t[0], t[3]])).toEqual([
      ['Two years ago', '1996'],
      ['today', '1998-08-07'],
      ['a week ago', '1998-07-31'],
      ['Today', '1998-08-07'],
    ]);
  });

  it('reads "the same month last year" as one date, the month told (or the publication\'s) a year back', () => {
    const at = (text: string) => tagTimexes(text, { dct: '2013-03-22' }).map((t) => [t.text, t.start, t.type, t.value]);
    expect(at('Sales rose from the same month last year.')).toEqual([['the same month last year', 16, 'DATE', '2012-03']]);
    expect(at('In January sales rose from the same month a year earlier.')).toEqual([
      ['January', 3, 'DATE', '2013-01'],
      ['the same month a year earlier', 27, 'DATE', '2012-01'],
    ]);
    expect(at('It happened the same day last year.')).toEqual([['the same day last year', 12, 'DATE', '2012-03-22']]);
  });

  it('keeps "the same month" and "last year" apart across a comma', () => {
    const at = (text: string) => tagTimexes(text, { dct: '2013-03-22' }).map((t) => [t.text, t.start, t.type, t.value]);
    expect(at('The same month, last year, was different.')).toEqual([
      ['The same month', 0, 'DATE', '2013-03'],
      ['last year', 16, 'DATE', '2012'],
    ]);
  });

  it('does not join a time ending its sentence to a day named in the possessive after it: "at 9:30 p.m. Saturday\'s lineup"', () => {
    expect(tagTimexes('Old Crow Medicine Show takes the main stage at 9:30 p.m. Saturday\'s lineup starts at noon.', { dct: '2013-06-20' }).map((t) => t.text)).toEqual([
      '9:30 p.m.', 'Saturday', 'noon',
    ]);
  });

  it('does not join a time ending its sentence to a day counted from the story\'s that opens the next: "at 9 p.m. The next day, he is to fly"', () => {
    expect(tagTimexes('He will deliver the speech on Tuesday, Jan. 27, at 9 p.m. The next day, he is to fly to Illinois.', { dct: '1998-01-15' })
      .map((t) => [t.text, t.value])).toEqual([['Tuesday, Jan. 27', '1998-01-27'], ['9 p.m.', '1998-01-27T21:00'], ['The next day', '1998-01-28']]);
    expect(tagTimexes('The shelter stays open until 9 a.m. the next day.', { dct: '1998-01-15' }).map((t) => t.text)).toEqual(['9 a.m. the next day']);
  });
});
