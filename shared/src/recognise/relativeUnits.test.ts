import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('relative units', () => {
  it('count last, this and next from the publication date, leaving "earlier" out of this week as TimeML does', () => {
    expect(tag('last week, next month, earlier this week, the past year')).toEqual([
      ['last week', 0, 'DATE', '1998-W31'],
      ['next month', 11, 'DATE', '1998-09'],
      ['this week', 31, 'DATE', '1998-W32'],
      ['the past year', 42, 'DATE', '1997'],
    ]);
  });

  it('read "next weekend" told on a Monday as the coming weekend, the one after the weekend just gone, and later in the week as the one after it', () => {
    // 2013-03-04 is a Monday, 2013-03-08 a Friday.
    expect(tag('Next weekend brings the fantasy epic.', '2013-03-04').map((t) => t[3])).toEqual(['2013-W10-WE']);
    expect(tag('Next weekend brings the fantasy epic.', '2013-03-08').map((t) => t[3])).toEqual(['2013-W11-WE']);
  });

  it('read "a decade ago" in news as the year ten years back, and "a decade later" as ten years after the year told', () => {
    expect(tag('A decade ago, the river rose; two decades ago it was dry.', '2013-08-29').map((t) => t[3])).toEqual(['2003', '1993']);
    expect(tag('He joined the staff in 1938 and became its chief a decade later.', '1998-06-02').map((t) => t[3])).toEqual(['1938', '1948']);
  });

  it('leave "earlier" to "earlier this month" after an amount: "sat out two weeks earlier this month"', () => {
    expect(tag('He sat out two weeks earlier this month.', '2013-10-20').map((t) => [t[0], t[3]])).toEqual([['two weeks', 'P2W'], ['earlier this month', '2013-10']]);
    expect(tag('It fell on March 2. Six days later this regime was replaced.', '2013-10-20').map((t) => t[3])).toEqual(['2013-03-02', '2013-03-08']);
  });

  it('leave "three days later" unplaced in news that told no date before it, not after the publication', () => {
    expect(tag('He died three days later.').map((t) => t[3])).toEqual(['XXXX-XX-XX']);
    expect(tag('He was shot on 4 August and died three days later.').map((t) => t[3])).toEqual(['1998-08-04', '1998-08-07']);
  });

  it('read "for the next decade" as how long, and "the next year" alone as when', () => {
    expect(tag('It stayed the capital for the next decade. In 1918 it fell; the next year it rose.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['the next decade', 'DURATION', 'P10Y'],
      ['1918', 'DATE', '1918'],
      ['the next year', 'DATE', '1919'],
    ]);
    // Not what is set for it: "a second round is planned for the following week".
    expect(tag('Talks resume Tuesday, and a second round is planned for the following week.', '1998-05-08').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['Tuesday', 'DATE', '1998-05-12'],
      ['the following week', 'DATE', '1998-W21'],
    ]);
    // Nor what is added for it: "a second show there was added for the next day".
    expect(tag('She will play New York on Aug. 9, and a second show there was added for the next day.', '2013-05-17').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['Aug. 9', 'DATE', '2013-08-09'],
      ['the next day', 'DATE', '2013-08-10'],
    ]);
    // Nor a day or a week "for" which things are: "the women's final is set for June 8, and the men's final for the following day".
    expect(tag('The women\'s final is set for June 8, and the men\'s final for the following day.', '2013-05-25').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['June 8', 'DATE', '2013-06-08'],
      ['the following day', 'DATE', '2013-06-09'],
    ]);
  });

  it('read "the full year" after last year\'s fourth quarter, in January results news, as that year', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2019-01-30' }).map((t) => [t.text, t.value]);
    expect(values('Fourth-quarter profit rose 12%. For the full year, profit climbed 9%.')).toEqual([['Fourth-quarter', '2018-Q4'], ['the full year', '2018']]);
    expect(values('For the full year, profit will climb.')).toEqual([['the full year', '2019']]);
  });

  it('read "the year" and "the month" of an earlier year\'s story, told in the past, as its own: "On March 14, 2008 … By the end of the year"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-03-16' }).map((t) => [t.text, t.value]);
    expect(values('On March 14, 2008, the Fed acted. By the end of the year, the economy had lost 2.6 million jobs.')).toEqual([
      ['March 14, 2008', '2008-03-14'], ['the end of the year', '2008'],
    ]);
    // Not a market's figure for it, told in another sentence: a market report is of the news's days.
    expect(tagTimexes('Since the market hit bottom in March 2009, stocks have tripled. The yield ended the year at about 3 percent.', { dct: '2013-12-31' })
      .map((t) => [t.text, t.value])).toEqual([['March 2009', '2009-03'], ['the year', '2013']]);
    // "after" past the end of the month is another phrase's, not the month after.
    expect(tagTimexes('She will retire at the end of the month after 31 years.', { dct: '2013-06-06' }).map((t) => [t.text, t.value])).toEqual([
      ['the end of the month', '2013-06'],
      ['31 years', 'P31Y'],
    ]);
    expect(values('The bank collapsed in September 2008. By the end of the month, it had been sold.')).toEqual([
      ['September 2008', '2008-09'], ['the end of the month', '2008-09'],
    ]);
    // Not after a year alone, nor what is still to come.
    expect(values('Acme, which was founded in 1998, said sales rose 5% for the year.')).toEqual([['1998', '1998'], ['the year', '2013']]);
    expect(values('On March 14, 2008, the Fed acted. By the end of the year, it will have paid the money back.')).toEqual([
      ['March 14, 2008', '2008-03-14'], ['the end of the year', '2013'],
    ]);
    // Nor "the year" after "of", as a superlative's: "his first victory of the year".
    expect(values('Nascar began its playoff on Sept. 15, 2002. Hamlin won the race for his first victory of the year.')).toEqual([
      ['Sept. 15, 2002', '2002-09-15'], ['the year', '2013'],
    ]);
  });

  it('keep "the" inside "the coming year"', () => {
    expect(tag('Prices will rise in the coming year.')).toEqual([['the coming year', 20, 'DATE', '1999']]);
  });

  it('shift by an amount with thousands separators', () => {
    expect(tag('It was built 1,500 years ago.').map((t) => [t[0], t[3]])).toEqual([['1,500 years ago', '0498']]);
  });

  it('shift by a half in the next smaller unit that holds it whole: "two and a half years ago" is 30 months back', () => {
    expect(tag('He left two and a half years ago; one and a half years ago; 2 1/2 years ago; half a year ago.').map((t) => [t[0], t[3]])).toEqual([
      ['two and a half years ago', '1996-02'],
      ['one and a half years ago', '1997-02'],
      ['2 1/2 years ago', '1996-02'],
      ['half a year ago', '1998-02'],
    ]);
    expect(tag('Half a century ago it was signed; a quarter of a century ago, a quarter century ago.').map((t) => [t[0], t[3]])).toEqual([
      ['Half a century ago', '1948'],
      ['a quarter of a century ago', '1973'],
      ['a quarter century ago', '1973'],
    ]);
  });

  it('leave a half of a month or less as an amount of time, as 45 days back would tell a day the writer never meant', () => {
    expect(tag('It ended a month and a half ago.').map((t) => [t[0], t[2]])).toEqual([['a month and a half', 'DURATION']]);
  });

  it('count "the day after his death" from the date the story told last, and read it beside a date as that date', () => {
    expect(tag('Slepian was killed on Oct. 23. The men came to his house the day after his death.', '1998-11-21').map((t) => [t[0], t[3]])).toEqual([
      ['Oct. 23', '1998-10-23'],
      ['the day', '1998-10-24'],
    ]);
    expect(tag('It lagged after Oct. 12, the day before the plunge, and the day before Obama\'s speech.', '1989-10-30').map((t) => [t[0], t[3]])).toEqual([
      ['Oct. 12', '1989-10-12'],
      ['the day', '1989-10-12'],
      ['the day', '1989-10-11'],
    ]);
  });

  it('leave "the day after the attack" and "the following week" undated in news that told no date before, and "a year to the day" to its year', () => {
    expect(tag('He died the day after the attack; she was released the following week.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([
      ['the day', 'XXXX-XX-XX'],
      ['the following week', 'XXXX-WXX'],
    ]);
    expect(tag('A year to the day after the attack, survivors gathered.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([['A year', 'P1Y']]);
  });

  it('read "the day before yesterday" and "the day after Christmas" as the day they name', () => {
    expect(tag('He left the day before yesterday.').map((t) => [t[0], t[3]])).toEqual([['the day before yesterday', '1998-08-05']]);
    expect(tag('He left the day after Christmas.').map((t) => [t[0], t[3]])).toEqual([['the day after Christmas', '1997-12-26']]);
  });

  it('read a bare plural shifted ("months ago", "weeks later") as a vague past or future, and "a fortnight ago" as that week', () => {
    expect(tag('He left months ago; decades ago it dried up; weeks later they met; a fortnight ago he spoke.').map((t) => [t[0], t[3]])).toEqual([
      ['months ago', 'PAST_REF'],
      ['decades ago', 'PAST_REF'],
      ['weeks later', 'FUTURE_REF'],
      ['a fortnight ago', '1998-W30'],
    ]);
  });

  it('read "a week ago" as the day seven days back, told in passing, and two or more weeks back as a week', () => {
    expect(tag('The creek was a trickle a week ago; it rose two weeks ago. Prices are up from a week ago and down from the same day last year.')
      .map((t) => [t[0], t[3]])).toEqual([
      ['a week ago', '1998-07-31'],
      ['two weeks ago', '1998-W30'],
      ['a week ago', '1998-07-31'],
      ['the same day last year', '1997-08-07'],
    ]);
  });

  it('read the end, start or middle of the current unit, up to a century, as that unit', () => {
    expect(tag('by the end of the decade, since the start of the year, the middle of the century')).toEqual([
      ['the end of the decade', 3, 'DATE', '199'],
      ['the start of the year', 32, 'DATE', '1998'],
      ['the middle of the century', 55, 'DATE', '19'],
    ]);
    // In an earlier year's story, the decade of that story: "a pledge Kennedy made in May 1961 to land a man on the Moon".
    expect(tag('The landing fulfilled a pledge that Kennedy made in May 1961 to land a man on the Moon before the end of the decade.', '1999-07-22')
      .map((t) => t[3])).toEqual(['1961-05', '196']);
  });

  it('read "the decade" alone as the current one, or the decade told a sentence or so before', () => {
    expect(tag('It was one of the most celebrated stock offerings of the decade; a decade-long fight.', '1998-11-25').map((t) => [t[0], t[3]])).toEqual([
      ['the decade', '199'],
      ['decade-long', 'P10Y'],
    ]);
    expect(tag('The buildup of the early 1980s carried this region for most of the decade.', '1990-03-18').map((t) => t[3])).toEqual(['198', '198']);
    expect(tag('Prices rose in the 1960s. By the end of the decade, wages had doubled.').map((t) => t[3])).toEqual(['196', '196']);
    // Or the decade of a year of an earlier decade, in a past told of it: a life told in an obituary.
    expect(tag('He came home in 1954 to an overnight job. Two years later he moved downtown, and by the end of the decade he read the farm report.', '2013-12-06').map((t) => [t[0], t[3]])).toEqual([
      ['1954', '1954'],
      ['Two years later', '1956'],
      ['the end of the decade', '195'],
    ]);
    // Not a superlative "of the decade", which is now's, nor a decade still to come.
    expect(tag('Sales fell in 1987. "This is the most important vote of the decade," he said. By the end of the decade, it expects to double sales.', '1991-05-19').map((t) => t[3])).toEqual(['1987', '199', '199']);
  });

  it('read "by mid-century" and "mid-decade" as the middle of the current one, but not the style "mid-century modern"', () => {
    expect(tag('Emissions peak by mid-decade and fall by mid-century, in mid-century modern homes.', '2021-06-15').map((t) => [t[0], t[3]])).toEqual([
      ['mid-decade', '202'],
      ['mid-century', '20'],
    ]);
  });

  it('read "year-end" and "by month\'s end" as the current year and month', () => {
    expect(tag("Sales should slow by month's end; month-end figures and year-end bonuses will be cut.").map((t) => [t[0], t[3]])).toEqual([
      ["month's end", '1998-08'],
      ['month-end', '1998-08'],
      ['year-end', '1998'],
    ]);
  });

  it('read a year\'s or month\'s end told as a point in a past, before it has begun, as the one gone by: "totaled $1.02 billion at year end", told in January', () => {
    expect(tag('Nonperforming assets totaled $1.02 billion at year end.', '1990-01-31').map((t) => t[3])).toEqual(['1989']);
    expect(tag("Sales slowed by month's end.").map((t) => t[3])).toEqual(['1998-07']);
    // Not once the year's last month has begun, nor ahead: "expects debt to fall by year-end".
    expect(tag('Assets stood at $3 billion at year-end.', '1990-12-10').map((t) => t[3])).toEqual(['1990']);
    expect(tag('The company expects debt to fall by year-end.', '1990-01-26').map((t) => t[3])).toEqual(['1990']);
  });

  it('count "the same week" after a story told only to the month as some day of it', () => {
    expect(tag('She was summoned in January 2021. She lost her job the same week.').map((t) => t[3])).toEqual(['2021-01', '2021-01-XX']);
  });

  it('count days and weeks later from a story told only to the month or year as some day of it', () => {
    expect(tag('In March he left, and three days later he returned. In 2019 he was held; a week later he was freed.')).toEqual([
      ['March', 3, 'DATE', '1998-03'],
      ['three days later', 22, 'DATE', '1998-03-XX'],
      ['2019', 55, 'DATE', '2019'],
      ['a week later', 73, 'DATE', '2019-XX-XX'],
    ]);
  });

  it('read "the night before" with where it was spent after it: "spent the night before in a Washington hotel"', () => {
    const values = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(values('On Aug. 28, 1963, King spoke. He spent the night before in a Washington hotel. He would speak the next afternoon.')).toEqual([
      ['Aug. 28, 1963', '1963-08-28'],
      ['the night before', '1963-08-27TNI'],
      ['the next afternoon', '1963-08-28TAF'],
    ]);
  });

  it('read "for three days from Wednesday" as how long, from that day, not the day three days after it', () => {
    expect(tag('His body will lie in state for three days from Wednesday; the vote is a week from Tuesday.', '2013-12-06').map((t) => [t[0], t[3]])).toEqual([
      ['three days', 'P3D'],
      ['Wednesday', '2013-12-11'],
      ['a week from Tuesday', '2013-12-17'],
    ]);
    // A modifier of the amount after "for" too: "for almost 12 weeks from Monday 23 September".
    expect(tag('Dame Street will close for almost 12 weeks from Monday 23 September.', '2013-09-12').map((t) => [t[0], t[3]])).toEqual([
      ['almost 12 weeks', 'P12W'],
      ['Monday 23 September', '2013-09-23'],
    ]);
  });

  it('read "over three days from Friday 19 July" as how long, from that day, too', () => {
    expect(tag('The festival will take place over three days from Friday 19 July.', '2019-07-02').map((t) => [t[0], t[3]])).toEqual([
      ['three days', 'P3D'],
      ['Friday 19 July', '2019-07-19'],
    ]);
  });

  it('write years later as years, and a year earlier than a month told in the same phrase as that month', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-03-20' }).map((t) => [t.text, t.value]);
    expect(values('Saddam was captured in December 2003 and hanged three years later.')).toEqual([['December 2003', '2003-12'], ['three years later', '2006']]);
    expect(values('Output rose in June from a year earlier.')).toEqual([['June', '2012-06'], ['a year earlier', '2011-06']]);
    // Only a year back: "again in May 2003. Two years ago, a tornado killed nine" is two years before now, as a year.
    expect(values('Tornadoes struck again in May 2003. Two years ago, a tornado killed nine people.')).toEqual([['May 2003', '2003-05'], ['Two years ago', '2011']]);
  });

  it('read "a year earlier" in a report of a month\'s figures as that month a year before, but not "a year ago" nor a forecast', () => {
    const earlier = (text: string) => tagTimexes(text, { dct: '2012-10-19' }).filter((t) => /year (earlier|ago)/i.test(t.text)).map((t) => t.value);
    const report = 'Retail sales rose 0.6 per cent in September from August, the statistics office said on Thursday. Clothing led the gains.';
    expect(earlier(`${report} Sales were 2.2 per cent higher than a year earlier.`)).toEqual(['2011-09']);
    // A year still under way, told since, is no period of figures: "its strongest finish to a month this year".
    expect(earlier('Car sales rose 8 percent in late September, the strongest finish to a month this year. Sales rose 5.6 percent from a year earlier.')).toEqual(['2011-09']);
    expect(earlier(`${report} A year ago, shoppers stayed home.`)).toEqual(['2011']);
    expect(earlier(`${report} Sales will rise 3 per cent from a year earlier in the holiday season, the office forecast.`)).toEqual(['2011']);
  });

  it('count "the month before" in a report of a month\'s figures from the month reported, with no date told in its sentence', () => {
    const before = (text: string) => tagTimexes(text, { dct: '2013-09-13' }).find((t) => t.text === 'the month before')?.value;
    const report = 'Retail sales rose 0.2 percent in August, the Commerce Department said Friday. Confidence fell to its lowest level since April.';
    expect(before(`${report} Sales at auto dealers fell 0.3 percent, after jumping 1.5 percent the month before.`)).toBe('2013-07');
    // A month told in the sentence is the one counted from.
    expect(before(`${report} Sales fell in June, after jumping 1.5 percent the month before.`)).toBe('2013-05');
  });

  it('count years later from a year told in passing in news of a day, not from that day', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-05-21' }).map((t) => [t.text, t.value]);
    expect(values('The board voted Monday. The district has closed two schools since 2008: Hillcrest in 2010 and Central two years later.'))
      .toEqual([['Monday', '2013-05-20'], ['2008', '2008'], ['2010', '2010'], ['two years later', '2012']]);
    // A year back is counted from the period news reports, not from a year told in passing.
    expect(values('Starts rose in April. Builders have been ramping up since early 2012. Starts are up 20.9 percent from a year earlier.').at(-1)).toEqual(['a year earlier', '2012-04']);
  });

  it('read years counted on past the year of writing as now, unless the clause looks ahead', () => {
    const later = (text: string, dct: string) => tagTimexes(text, { dct }).find((t) => t.text.endsWith('later'))?.value;
    // An anniversary piece retells the story to its end, then counts the years from the event it marks to now.
    expect(later('The burglars were caught on June 17, 1972, and Nixon resigned on Aug. 9, 1974. Twenty-five years later, the complex is a hotel.', '1997-06-17')).toBe('1997');
    expect(later('The wage will rise to $4.25 on April 1, 1996, and to $5 a year later.', '1995-08-14')).toBe('1997');
  });

  it('read "the first of the year" as 1 January, the next one or the last as the tense tells', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-10-15' }).map((t) => [t.text, t.value]);
    expect(values('Her coverage starts the first of the year.')).toEqual([['the first of the year', '2014-01-01']]);
    expect(values('Sales had slowed by the first of the year.')).toEqual([['the first of the year', '2013-01-01']]);
  });

  it('count days back from the day of writing after this year told with no day: "This year\'s remembrance … Four days earlier"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-04-19' }).map((t) => [t.text, t.value]);
    expect(values('This year\'s remembrance carried added weight. Four days earlier, two bombs exploded.')).toEqual([['This year', '2013'], ['Four days earlier', '2013-04-15']]);
  });

  it('count "the next year" still to come in news from now, not from a year gone by that the story told', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-08-06' }).map((t) => [t.text, t.value]);
    expect(values('Rates have been cut since November 2011. Growth will remain weak over the next year.')).toEqual([['November 2011', '2011-11'], ['the next year', '2014']]);
    expect(values('Stevens said growth was likely to remain below trend over the next year.')).toEqual([['the next year', '2014']]);
    expect(values('He joined in 2010 and left the following year.')).toEqual([['2010', '2010'], ['the following year', '2011']]);
    expect(values('On Monday the deal was signed; it will close the next day.')).toEqual([['Monday', '2013-08-05'], ['the next day', '2013-08-06']]);
  });

  it('write a unit shifted from no date at all as one of its unit, not known which', () => {
    const values = (text: string) => tagTimexes(text, {}).map((t) => [t.text, t.value]);
    expect(values('Last week he left; next month he returns; the next day; last decade; last quarter; last year.')).toEqual([
      ['Last week', 'XXXX-WXX'],
      ['next month', 'XXXX-XX'],
      ['the next day', 'XXXX-XX-XX'],
      ['last decade', 'XXX'],
      ['last quarter', 'XXXX-QX'],
      ['last year', 'XXXX'],
    ]);
  });

  it('count days and weeks later in a narrative told only to the month or year as some day or week of its year', () => {
    const story = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(story('The attack began in October 1915; four days later the Bulgarians joined. In 1913 Madero resigned; less than a week later he was shot.')).toEqual([
      ['October 1915', '1915-10'],
      ['four days later', '1915-XX-XX'],
      ['1913', '1913'],
      ['less than a week later', '1913-WXX'],
    ]);
  });

  it('keep a narrative\'s "the same day" after a month in that month, and count days later from a day told', () => {
    const story = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(story('The siege ended in June 479 BC. That same day the fleet won.').at(-1)).toEqual(['That same day', 'BC0479-06-XX']);
    expect(story('The attack began on 6 October 1915; four days later the Bulgarians joined.').at(-1)).toEqual(['four days later', '1915-10-10']);
  });

  it('count "the previous Friday" from the last day told', () => {
    expect(tag('It closed Friday, down from the previous Friday.')).toEqual([
      ['Friday', 10, 'DATE', '1998-08-07'],
      ['the previous Friday', 28, 'DATE', '1998-07-31'],
    ]);
  });

  it('read "the day before" ending its phrase as the day before the last date told, and so the night, week, month and year before', () => {
    const told = 'The vote came on Oct. 13. ';
    const values = (text: string) => tagTimexes(told + text, { dct: '1999-10-27' }).slice(1).map((t) => [t.text, t.type, t.value]);
    expect(values('The day before, he asked for a delay.')).toEqual([['The day before', 'DATE', '1999-10-12']]);
    expect(values('He had asked for a delay the day before.')).toEqual([['the day before', 'DATE', '1999-10-12']]);
    // Or before an infinitive of purpose: "He had flown in the day before to support the workers".
    expect(values('He had flown in the day before to support the workers.')).toEqual([['the day before', 'DATE', '1999-10-12']]);
    expect(values('The night before, he slept.')).toEqual([['The night before', 'TIME', '1999-10-12TNI']]);
    expect(values('The week before and the month before, it rained; so the year before')).toEqual([
      ['The week before', 'DATE', '1999-W40'],
      ['the month before', 'DATE', '1999-09'],
      ['the year before', 'DATE', '1998'],
    ]);
  });

  it('read "the year after" ending its phrase as the year after the last date told, and so the day, week and month after', () => {
    const told = 'The vote came on Oct. 13. ';
    const values = (text: string) => tagTimexes(told + text, { dct: '1999-10-27' }).slice(1).map((t) => [t.text, t.type, t.value]);
    expect(values('The year after, he left.')).toEqual([['The year after', 'DATE', '2000']]);
    expect(values('He left the day after.')).toEqual([['the day after', 'DATE', '1999-10-14']]);
    expect(values('The week after and the month after, it rained.')).toEqual([
      ['The week after', 'DATE', '1999-W42'],
      ['the month after', 'DATE', '1999-11'],
    ]);
  });

  it('leave "the day after" that a clause or a noun follows, and "the night after", which may be that day\'s own night', () => {
    const texts = (text: string) => tagTimexes(text, { dct: '1999-10-27' }).map((t) => t.text);
    expect(texts('He fled the day after authorities issued a warrant and the week after his trial; the night after, he slept.')).toEqual([]);
    expect(texts('He came the day after tomorrow, and she the year after next.')).toEqual(['the day after tomorrow', 'the year after next']);
  });

  it('leave "the day before" that a clause or a noun follows to them, and keep "the day before yesterday" and "the week before last"', () => {
    const texts = (text: string) => tagTimexes(text, { dct: '1999-10-27' }).map((t) => t.text);
    expect(texts('He fled the day before authorities issued a warrant, the night before the vote and the week before his trial.')).toEqual([]);
    expect(texts('He came the day before yesterday, and she the week before last.')).toEqual(['the day before yesterday', 'the week before last']);
  });

  it('read "the last decade of his life" and "the last year of her presidency" as how long, not as last year', () => {
    const values = (text: string) => tagTimexes(text, { dct: '1998-10-27' }).map((t) => [t.text, t.type, t.value]);
    expect(values('In the last decade of his life, he rarely left.')).toEqual([['the last decade', 'DURATION', 'P10Y']]);
    expect(values('It came in the last year of her presidency, in the last month of his life.')).toEqual([
      ['the last year', 'DURATION', 'P1Y'],
      ['the last month', 'DURATION', 'P1M'],
    ]);
    expect(values('It fell in the last week of March and rose last month.')).toEqual([
      ['the last week of March', 'DATE', '1998-W14'],
      ['last month', 'DATE', '1998-09'],
    ]);
  });

  it('count amounts ago from the publication date', () => {
    expect(tag('two years ago, six weeks ago')).toEqual([
      ['two years ago', 0, 'DATE', '1996'],
      ['six weeks ago', 15, 'DATE', '1998-W26'],
    ]);
  });

  it('read "two years before," that ends its clause and "five years previously" as "earlier", but "two days before the vote" as how long', () => {
    const values = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(values('The state was set up in 1948. Two years before, the French had refused; five years previously, they had ruled.')).toEqual([
      ['1948', '1948'],
      ['Two years before', '1946'],
      ['five years previously', '1943'],
    ]);
    expect(values('The war ended only a few months before; he arrived two days before the vote.')).toEqual([
      ['a few months before', 'PAST_REF'],
      ['two days', 'P2D'],
    ]);
  });

  it('read "a day later than planned" as how much later, not as a day', () => {
    expect(tag('Banks reopen on Tuesday, a day later than planned; one opened two weeks earlier than expected.')).toEqual([
      ['Tuesday', 16, 'DATE', '1998-08-11'],
      ['a day', 25, 'DURATION', 'P1D'],
      ['two weeks', 62, 'DURATION', 'P2W'],
    ]);
  });

  it('count anaphors from the last date told', () => {
    expect(tag('It began on 3 March 1995. The following day, and three days later, and the same month.')).toEqual([
      ['3 March 1995', 12, 'DATE', '1995-03-03'],
      ['The following day', 26, 'DATE', '1995-03-04'],
      ['three days later', 49, 'DATE', '1995-03-07'],
      ['the same month', 71, 'DATE', '1995-03'],
    ]);
  });

  it('leave the day of "the same day" open when the story told only a month or a year', () => {
    expect(tag('In October 1998 he fled; that same day, and that night, police searched.')).toEqual([
      ['October 1998', 3, 'DATE', '1998-10'],
      ['that same day', 25, 'DATE', '1998-10-XX'],
      ['that night', 44, 'TIME', '1998-10-XXTNI'],
    ]);
  });

  it('count "the same day" and "the next day" in news from the last day told, past a year, or a month told without one, inside a sentence since', () => {
    const text = 'On Thursday, the House approved a budget that converts Medicare into vouchers starting in 2024. The same day, it passed a bill.';
    expect(tag(text, '2013-03-22').map((t) => [t[0], t[3]])).toEqual([['Thursday', '2013-03-21'], ['2024', '2024'], ['The same day', '2013-03-21']]);
    const next = 'The justices hear the Proposition 8 case Tuesday, a ban voters approved in November 2008. The next day, the court will consider DOMA.';
    expect(tag(next, '2013-03-24').map((t) => t[3])).toEqual(['2013-03-26', '2008-11', '2013-03-27']);
    // In the past, not a day still to come told since: "will be inaugurated on March 11. Mandela was buried the same day".
    const ahead = 'Bachelet won the runoff on Sunday and will be inaugurated on March 11. Mandela was buried in Qunu the same day.';
    expect(tag(ahead, '2013-12-16').map((t) => t[3])).toEqual(['2013-12-15', '2014-03-11', '2013-12-15']);
    // But for "the same day" in apposition to the day ahead: "to take effect Jan. 1, 2014, the same day that most Americans must have insurance".
    expect(tag('The requirement had been scheduled to take effect Jan. 1, 2014, the same day that most Americans must have insurance.', '2013-07-03')
      .map((t) => t[3])).toEqual(['2014-01-01', '2014-01-01']);
    // A clock time alone too: "convicted him Tuesday afternoon in a crash in the summer of 2011. The jury returned its verdict at 3:10 p.m."
    const verdict = 'A jury convicted him Tuesday afternoon in a crash that killed two in the summer of 2011. It returned its verdict at about 3:10 p.m.';
    expect(tag(verdict, '2013-03-20').map((t) => t[3])).toEqual(['2013-03-19TAF', '2011-SU', '2013-03-19T15:10']);
    // Not past a month told from now: "was killed last October … crossed out that same day".
    expect(tag('Nine days ago a doctor was killed, most recently last October when he was shot. His name was crossed out that same day.', '1999-02-06')
      .map((t) => t[3])).toEqual(['1999-01-28', '1998-10', '1998-10-XX']);
    // Past a month or quarter told without its year, as a background: "rose 0.9 percent in December, the Commerce Department said the same day".
    const figures = 'Factory activity expanded, the Institute for Supply Management said Friday. Construction spending rose 0.9 percent in December, the Commerce Department said the same day.';
    expect(tag(figures, '2013-02-04').map((t) => t[3])).toEqual(['2013-02-01', '2012-12', '2013-02-01']);
    // So past the month of figures told before the day they were said on: "rose to 6.2 percent in January, the Labor Department reported Friday".
    const reported = 'The unemployment rate rose to 6.2 percent in January, the Labor Department reported Friday. The Federal Reserve responded the same day.';
    expect(tag(reported, '1991-02-02').map((t) => t[3])).toEqual(['1991-01', '1991-02-01', '1991-02-01']);
    const meeting = 'Bayport said Saturday that first-quarter earnings rose 42 percent. The company held its shareholder meeting the same day in Omaha.';
    expect(tag(meeting, '2013-05-06').map((t) => t[3])).toEqual(['2013-05-04', '2013-Q1', '2013-05-04']);
  });

  it('count a day of news past a month or year that opens its sentence from the last day told, however far back: "In November, … in the afternoon"', () => {
    const text = 'Stocks fell sharply on Monday after two explosions near the finish line. In November, the index had hit a record. The selling deepened in the afternoon, and the same day gold fell 9 percent.';
    expect(tag(text, '2013-04-16').map((t) => t[3])).toEqual(['2013-04-15', '2012-11', '2013-04-15TAF', '2013-04-15']);
    // Not past a month counted from now, nor with no day told before it (relativeUnits above: "In October 1998 he fled; that same day").
    expect(tag('Stocks fell on Monday. Last November, the index hit a record; the same day, gold fell.', '2013-04-16').map((t) => t[3]))
      .toEqual(['2013-04-15', '2012-11', '2012-11-XX']);
  });

  it('read "the week" in news as the week of the day told, in the week before the publication: "climbed Friday … for the week"', () => {
    const text = 'Stock prices climbed Friday, capping the best week since mid-October. The Dow rose 18.63 points, for a gain of 64.44 points for the week.';
    expect(tag(text, '1989-12-04').map((t) => t[3])).toEqual(['1989-12-01', '1989-10', '1989-W48']);
    // With no day told, the week of the publication.
    expect(tag('The Dow gained 64 points for the week.', '1989-12-01').map((t) => t[3])).toEqual(['1989-W48']);
  });

  it('count "the week before" and "the previous week" from a week told just before: "rose last week from 3.51 percent the week before"', () => {
    expect(tag('Rates rose to 3.59 percent last week from 3.51 percent the week before.', '2013-05-28').map((t) => t[3])).toEqual(['2013-W21', '2013-W20']);
    expect(tag('On May 2 it opened. Last week, a donor came, and the previous week a club did.', '2013-05-28').map((t) => t[3]))
      .toEqual(['2013-05-02', '2013-W21', '2013-W20']);
  });

  it('count "that month" from the last month told, not from a year told since: "said in June … by mid-2014. Rates jumped that month"', () => {
    const text = 'Bernanke said in June that the Fed would end its purchases by mid-2014. Mortgage rates jumped that month.';
    expect(tag(text, '2013-09-18').map((t) => t[3])).toEqual(['2013-06', '2014', '2013-06']);
  });

  it('end weeks counted from a day told on a day, in news: "bought the rifle on March 3 and used it a week later"', () => {
    expect(tag('The suspect bought the rifle on March 3 and used it in the robbery a week later.', '2013-05-14').map((t) => t[3])).toEqual(['2013-03-03', '2013-03-10']);
  });

  it('do not move the story to a month measured against, "the highest since November 2009", nor count from an old day what is counted from now', () => {
    const sales = 'Home sales rose in February, the highest since November 2009. The median price climbed from a year earlier.';
    expect(tag(sales, '2013-03-21').map((t) => t[3])).toEqual(['2013-02', '2009-11', '2012-02']);
    // ("since 2010, when they finished 4-8" is the year the story goes back to tell.)
    const when = 'The Hawks lost on Saturday and have not lost two straight since 2010, when the coach was fired in November of that year.';
    expect(tag(when, '2013-09-27').map((t) => t[3])).toEqual(['2013-09-21', '2010', '2010-11']);
    const record = 'The Dow closed at a record today, surpassing the high set on Oct. 9, 2007. It has gained 8.8 percent since the start of the year.';
    // A day a record is counted from is an aside too: "its biggest gain since 17 January. Buying was heavy in the afternoon".
    const gain = 'Shares rebounded on Tuesday, the biggest gain since 17 January. Buying was heavy in the afternoon.';
    expect(tag(gain, '2013-03-05').map((t) => t[3])).toEqual(['2013-03-05', '2013-01-17', '2013-03-05TAF']);
    expect(tag(record, '2013-03-05').map((t) => t[3])).toEqual(['2013-03-05', '2007-10-09', '2013']);
  });

  it('do not move the story when news compares with a year earlier', () => {
    expect(tag('Profit in the third quarter rose from a year earlier, and sales from a year earlier too.')).toEqual([
      ['the third quarter', 10, 'DATE', '1998-Q3'],
      ['a year earlier', 38, 'DATE', '1997-Q3'],
      ['a year earlier', 69, 'DATE', '1997-Q3'],
    ]);
    // Past an earlier quarter the one reported is compared with: "followed a drop of 0.1 percent in the third quarter".
    const report = 'The economy shrank 0.6 percent in the fourth quarter. That followed a drop of 0.1 percent in the third quarter and left output 0.9 percent lower than a year earlier.';
    expect(tag(report, '2013-02-14').map((t) => t[3])).toEqual(['2012-Q4', '2012-Q3', '2011-Q4']);
  });

  it('read the year of results news as the current year, and the year ended as a period', () => {
    expect(tag('For the year, volume was flat. For the year ended June 30, it earned more.')).toEqual([
      ['the year', 4, 'DATE', '1998'],
      ['the year', 35, 'DURATION', 'P1Y'],
      ['June 30', 50, 'DATE', '1998-06-30'],
    ]);
  });

  it('read "the year to March 31" and "the year to 31 December" as a period told by its end, but not "the year" of "raised its forecast for the year to $2.10"', () => {
    expect(tag('Profit for the year to March 31 rose.', '1989-11-02').map((t) => [t[0], t[3]])).toEqual([['the year', 'P1Y'], ['March 31', '1989-03-31']]);
    expect(tag('Profit for the year to 31 December rose 5%.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([['the year', 'P1Y'], ['31 December', '2012-12-31']]);
    expect(tag('It raised its forecast for the year to $2.10 a share and put inflation for the year to 4.8%. It sees the year to 31 cents.', '1989-11-02').map((t) => [t[0], t[3]])).toEqual([
      ['the year', '1989'],
      ['the year', '1989'],
      ['the year', '1989'],
    ]);
  });

  it('read fiscal years as the years they are counted from', () => {
    expect(tag('Sales for the current fiscal year beat last fiscal year and this fiscal year.', '1989-11-02')).toEqual([
      ['the current fiscal year', 10, 'DATE', '1989'],
      ['last fiscal year', 39, 'DATE', '1988'],
      ['this fiscal year', 60, 'DATE', '1989'],
    ]);
    // As British and Indian news writes them: "the current financial year", "next financial year".
    expect(tag('Growth of 9% is forecast for the current financial year and next financial year.', '2013-07-11').map((t) => [t[0], t[3]])).toEqual([
      ['the current financial year', '2013'],
      ['next financial year', '2014'],
    ]);
  });

  it('keep vague amounts ago as references to the past', () => {
    expect(tag('several years ago')).toEqual([['several years ago', 0, 'DATE', 'PAST_REF']]);
  });

  it('give no year past 9999: far shifts are only a time to come', () => {
    expect(tag('10000 years later', '2021-11-19')).toEqual([['10000 years later', 0, 'DATE', 'FUTURE_REF']]);
  });

  it('read "in the new year" as the calendar year after the publication\'s, but not "the new year" as a subject', () => {
    expect(tag('Talks resume in the new year; they will wait until the New Year.', '2013-03-22')).toEqual([
      ['the new year', 16, 'DATE', '2014'],
      ['the New Year', 51, 'DATE', '2014'],
    ]);
    expect(tag('The new year began with a rally.', '2013-03-22')).toEqual([]);
    expect(tag('They left before the New Year holiday.', '2013-03-22')).toEqual([['New Year', 21, 'DATE', '2013-01-01']]);
  });

  it('read "the week before last" as two weeks back and "the week after next" as two ahead, of the publication date', () => {
    expect(tag('It fell the week before last and will rise the week after next.', '2015-06-10')).toEqual([
      ['the week before last', 8, 'DATE', '2015-W22'],
      ['the week after next', 43, 'DATE', '2015-W26'],
    ]);
    expect(tag('the month before last, the year before last, the month after next, the year after next', '2015-06-10').map((t) => [t[0], t[3]])).toEqual([
      ['the month before last', '2015-04'],
      ['the year before last', '2013'],
      ['the month after next', '2015-08'],
      ['the year after next', '2017'],
    ]);
  });

  it('leave "last" or "next" to the time it names after "the week before", which counts from a day told after it', () => {
    expect(tag('It began the week before last Tuesday, the month before last year\'s vote and the week after next weekend.', '2015-06-10').map((t) => [t[0], t[3]])).toEqual([
      ['the week before last Tuesday', '2015-W23'],
      ['last year', '2014'],
      ['next weekend', '2015-W25-WE'],
    ]);
  });

  it('read "a week from Tuesday" as one day, a week after the coming Tuesday, and "three weeks from today" as that day', () => {
    const values = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.type, t.value]);
    // Thursday 22 September 2016.
    expect(values('The vote is a week from Tuesday.', '2016-09-22')).toEqual([['a week from Tuesday', 'DATE', '2016-10-04']]);
    expect(values('The vote was set for a week from Monday.', '2016-09-22')).toEqual([['a week from Monday', 'DATE', '2016-10-03']]);
    expect(values('Talks resume three weeks from today; the vote is two days from tomorrow.', '2016-09-22')).toEqual([
      ['three weeks from today', 'DATE', '2016-10-13'],
      ['two days from tomorrow', 'DATE', '2016-09-25'],
    ]);
  });

  it('leave "a week from Tuesday to Sunday" a duration and a range, not a shift', () => {
    expect(tag('He stayed a week from Tuesday to Sunday.').map((t) => t[0])).toEqual(['a week', 'Tuesday', 'Sunday']);
  });

  it('read the British "Monday week" and "Friday fortnight" as a week or two after the coming day, and "a week on Monday" likewise', () => {
    const values = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.type, t.value]);
    // Wednesday 3 June 2015: the coming Monday is the 8th.
    expect(values('The case was adjourned until Monday week.', '2015-06-03')).toEqual([['Monday week', 'DATE', '2015-06-15']]);
    expect(values('The hearing resumes on Tuesday week.', '2015-06-03')).toEqual([['Tuesday week', 'DATE', '2015-06-16']]);
    // Wednesday 5 June 2019: the coming Friday is the 7th.
    expect(values('The vote is on Friday fortnight.', '2019-06-05')).toEqual([['Friday fortnight', 'DATE', '2019-06-21']]);
    // Friday 5 March 2021: the coming Monday is the 8th.
    expect(values('Schools reopen a week on Monday.', '2021-03-05')).toEqual([['a week on Monday', 'DATE', '2021-03-15']]);
    expect(values('The result is due a fortnight on Friday.', '2021-03-05')).toEqual([['a fortnight on Friday', 'DATE', '2021-03-19']]);
  });

  it('leave "Monday week two of the trial", "Monday, week 3" and "a week on monday duty" as the day or the period alone', () => {
    expect(tag('Monday week two of the trial began.').map((t) => t[0])).toEqual(['Monday']);
    expect(tag('Monday, week 3 of the season.').map((t) => t[0])).toEqual(['Monday']);
    expect(tag('He spent a week on the monday shift.').map((t) => t[0])).toEqual(['a week']);
    expect(tag('He spent a week on the island.').map((t) => t[0])).toEqual(['a week']);
  });

  it('count "two Fridays ago" back from the last Friday, a week further for each', () => {
    // Wednesday 18 November 2009.
    const values = (text: string) => tagTimexes(text, { dct: '2009-11-18' }).map((t) => [t.text, t.type, t.value]);
    expect(values('He left two Fridays ago.')).toEqual([['two Fridays ago', 'DATE', '2009-11-06']]);
    expect(values('It opened three Sundays ago.')).toEqual([['three Sundays ago', 'DATE', '2009-11-01']]);
    expect(values('He works Fridays.')).toEqual([['Fridays', 'SET', 'XXXX-WXX-5']]);
  });
});
