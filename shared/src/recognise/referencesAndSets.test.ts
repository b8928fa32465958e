import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('references and sets', () => {
  it('read words that point at the present, the past and the future', () => {
    expect(tag('Now it is currently done, as recently, and in the future.')).toEqual([
      ['Now', 0, 'DATE', 'PRESENT_REF'],
      ['currently', 10, 'DATE', 'PRESENT_REF'],
      ['recently', 29, 'DATE', 'PAST_REF'],
      ['the future', 46, 'DATE', 'FUTURE_REF'],
    ]);
    expect(tag('Hagel would be confirmed in the very near future.').map((t) => [t[0], t[3]])).toEqual([['the very near future', 'FUTURE_REF']]);
  });

  it('read "every Sept. 11" and "each Oct. 17" with an abbreviated month as a set of that day', () => {
    expect(tag('They read the names every Sept. 11, and mark each Oct. 17 with a Mass.').map((t) => [t[0], t[3]])).toEqual([
      ['every Sept. 11', 'XXXX-09-11'],
      ['each Oct. 17', 'XXXX-10-17'],
    ]);
  });

  it('leave "recently" to the date after "as recently as" or "most recently"', () => {
    expect(tag('Republicans predicted gains as recently as last month.').map((t) => t[0])).toEqual(['last month']);
    expect(tag('The Fed cut its rate five times, most recently on Nov. 6.').map((t) => t[0])).toEqual(['Nov. 6']);
    expect(tag('He has recently left. Most recently, he was a judge.').map((t) => t[0])).toEqual(['recently', 'recently']);
  });

  it('read no time in "the future of" a thing, what will become of it', () => {
    expect(tag('The refusal has thrown the future of the American presence into doubt; we will talk in the future.')).toEqual([['the future', 87, 'DATE', 'FUTURE_REF']]);
  });

  it('read no time in "at present or lower levels", the present levels, but "At present, rates are low" is now', () => {
    expect(tag('The bank will keep rates at present or lower levels. At present, rates are low.').map((t) => t[0])).toEqual(['At present']);
  });

  it('read "a generation ago" as the past', () => {
    expect(tag('A generation ago you could not find a family on this hill.')).toEqual([['A generation ago', 0, 'DATE', 'PAST_REF']]);
  });

  it('read "the other day" and "the old days" as the past', () => {
    expect(tag('I saw him the other day; in the old days it was fine.')).toEqual([
      ['the other day', 10, 'DATE', 'PAST_REF'],
      ['the old days', 28, 'DATE', 'PAST_REF'],
    ]);
  });

  it('still read "the past" before a comma and a number, and the past twelve months as an amount of time', () => {
    expect(tag('In the past, two men died; in the past twelve months, more.')).toEqual([
      ['the past', 3, 'DATE', 'PAST_REF'],
      ['the past twelve months', 30, 'DURATION', 'P12M'],
    ]);
  });

  it('do not read "the other" before another noun, or "the old" before days of something, as the past', () => {
    expect(tag('The other delegates and the old dayroom stayed.')).toEqual([]);
    expect(tag('On the one day and the other days of the week.').map((t) => t[0])).not.toContain('the other day');
  });

  it('read the near and the short term as the future, and leave the long term alone', () => {
    expect(tag('It will not help in the near term or for the short term, only in the long term.')).toEqual([
      ['the near term', 20, 'DATE', 'FUTURE_REF'],
      ['the short term', 41, 'DATE', 'FUTURE_REF'],
    ]);
  });

  it('do not read "the past" before a period as a reference', () => {
    expect(tag('over the past three months')).toEqual([['the past three months', 5, 'DURATION', 'P3M']]);
  });

  it('read the "then current" price as current at a time gone by', () => {
    expect(tag('Holders may buy at half the then current market price, or the then-current rate.')).toEqual([
      ['current', 33, 'DATE', 'PAST_REF'],
      ['current', 67, 'DATE', 'PAST_REF'],
    ]);
  });

  it('do not read "current" in a current account or current affairs as the present', () => {
    expect(tag('The current account deficit widened; current affairs shows and current accounts.')).toEqual([]);
    expect(tag('The current government fell.')).toEqual([['current', 4, 'DATE', 'PRESENT_REF']]);
  });

  it('do not read "current" after its noun as the present: "keeping his license current"', () => {
    expect(tag('He is keeping his license current and doing taxes. The list is current.')).toEqual([]);
  });

  it('read "the present" as a time only where it is a noun', () => {
    expect(tag('The present government fell; the present value rose.')).toEqual([]);
    expect(tag('At present, prices rose from 1990 to the present and until the present.')).toEqual([
      ['At present', 0, 'DATE', 'PRESENT_REF'],
      ['1990', 29, 'DATE', '1990'],
      ['the present', 37, 'DATE', 'PRESENT_REF'],
      ['the present', 59, 'DATE', 'PRESENT_REF'],
    ]);
  });

  it('write recurring times as SET values', () => {
    expect(tag('every Monday, weekly, annually, twice a year, every three months, each year')).toEqual([
      ['every Monday', 0, 'SET', 'XXXX-WXX-1'],
      ['weekly', 14, 'SET', 'P1W'],
      ['annually', 22, 'SET', 'P1Y'],
      ['twice a year', 32, 'SET', 'P1Y'],
      ['every three months', 46, 'SET', 'P3M'],
      ['each year', 66, 'SET', 'P1Y'],
    ]);
    // Every half hour and quarter of an hour, not every quarter of a year and an hour.
    expect(tag('Trains run every quarter of an hour, buses every half hour; profits rose every quarter.').map((t) => [t[0], t[3]])).toEqual([
      ['every quarter of an hour', 'PT15M'],
      ['every half hour', 'PT30M'],
      ['every quarter', 'P1Q'],
    ]);
    // Each minute too, but not each minute of a stretch.
    expect(tag('The app updates its location every minute. I loved every minute of it.').map((t) => [t[0], t[3]])).toEqual([['every minute', 'PT1M']]);
  });

  it('write "fortnightly" as every two weeks', () => {
    expect(tag('Bins will be collected fortnightly.').map((t) => [t[0], t[2], t[3]])).toEqual([['fortnightly', 'SET', 'P2W']]);
    expect(tag('The office tests households every fortnight; a census is held every decade.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['every fortnight', 'SET', 'P2W'],
      ['every decade', 'SET', 'P10Y'],
    ]);
  });

  it('read "semiannually" and "semi-annually" as every six months', () => {
    expect(tag('Interest is payable semiannually, dividends semi-annually.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['semiannually', 'SET', 'P6M'],
      ['semi-annually', 'SET', 'P6M'],
    ]);
  });

  it('read "quarterly" as every three months where it is an adverb, not before a noun ("a quarterly dividend")', () => {
    expect(tag('Rates will be reported quarterly starting in July; dividends are paid quarterly.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['quarterly', 'SET', 'P3M'],
      ['July', 'DATE', '1999-07'],
      ['quarterly', 'SET', 'P3M'],
    ]);
    expect(tag('It raised its quarterly dividend and declared its initial quarterly of five cents.')).toEqual([]);
  });

  it('read "every hour" and "each hour" as sets', () => {
    expect(tag('Libraries stay open six days a week, staff work four nights a week, and the road carries traffic 24 hours a day.').map((t) => [t[0], t[3]]))
      .toEqual([['six days a week', 'P1W'], ['four nights a week', 'P1W']]);
    expect(tag('Employees could be furloughed one day a week for 22 weeks.').map((t) => [t[0], t[3]]))
      .toEqual([['one day a week', 'P1W'], ['22 weeks', 'P22W']]);
    expect(tag('Updates are posted every hour, and checked each hour.').map((t) => [t[0], t[3]])).toEqual([['every hour', 'PT1H'], ['each hour', 'PT1H']]);
  });

  it('write "every 15 minutes", "every two hours" and "every other year" as SET values', () => {
    expect(tag('every 15 minutes, every two hours, every other year').map((t) => [t[0], t[3]])).toEqual([
      ['every 15 minutes', 'PT15M'],
      ['every two hours', 'PT2H'],
      ['every other year', 'P2Y'],
    ]);
  });

  it('write "every few weeks", "every third year", "every second day" and "on alternate days" as SET values', () => {
    expect(tag('every few weeks, every several months, every couple of years, every third year, every second day, every alternate week').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['every few weeks', 'SET', 'PXW'],
      ['every several months', 'SET', 'PXM'],
      ['every couple of years', 'SET', 'P2Y'],
      ['every third year', 'SET', 'P3Y'],
      ['every second day', 'SET', 'P2D'],
      ['every alternate week', 'SET', 'P2W'],
    ]);
    expect(tag('Rubbish is collected on alternate days and the fair held in alternate years.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['alternate days', 'SET', 'P2D'],
      ['alternate years', 'SET', 'P2Y'],
    ]);
  });

  it('write "every second Tuesday" and "every other Tuesday" as the weekly set of Tuesdays, TimeML having no value for every other week\'s', () => {
    expect(tag('The club meets every second Tuesday and every other Friday.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['every second Tuesday', 'SET', 'XXXX-WXX-2'],
      ['every other Friday', 'SET', 'XXXX-WXX-5'],
    ]);
  });

  it('write "every other weekend" as the weekly set of weekends, as "every other Friday" is', () => {
    expect(tag('He sees his children every other weekend.').map((t) => [t[0], t[2], t[3]])).toEqual([['every other weekend', 'SET', 'XXXX-WXX-WE']]);
  });

  it('write "year after year", "day after day", "week after week" and "month after month" as SET values', () => {
    expect(tag('Year after year the river flooded; day after day, week after week, month after month.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['Year after year', 'SET', 'P1Y'],
      ['day after day', 'SET', 'P1D'],
      ['week after week', 'SET', 'P1W'],
      ['month after month', 'SET', 'P1M'],
    ]);
  });

  it('do not read "every second" that counts, "the year after the war" nor an alternate plan as sets', () => {
    expect(tag('Every second counts.')).toEqual([]);
    expect(tag('The alternate plan was dropped; every second candidate won.')).toEqual([]);
    expect(tag('He left the year after the war, a day after Monday.').map((t) => t[2])).not.toContain('SET');
  });

  it('do not read "Daily" or "Weekly" naming a paper as a set, but keep it before a lower-case word', () => {
    expect(tag('The Daily Telegraph, the Daily Mail and The Weekly Standard reported.')).toEqual([]);
    expect(tag('Daily deliveries resumed, published daily.')).toEqual([
      ['Daily', 0, 'SET', 'P1D'],
      ['daily', 36, 'SET', 'P1D'],
    ]);
  });

  it('do not read "daily" or "weekly" as a set where it is a noun naming a paper, but keep the adverb after an object and before a name of a report', () => {
    expect(tag('The Communist Party daily Granma compared him to Marti, a poll in the Yedioth Ahronoth daily found.')).toEqual([]);
    expect(tag('The opposition daily launched an edition; he set type for a small-town weekly during the war and a 104-year-old daily in Maine.')).toEqual([]);
    expect(tag('The weekly will publish its last issue, the daily said, and told the monthly.')).toEqual([]);
    expect(tag('He briefs the President daily. The Fed meets monthly, according to the weekly U.S. Drought Monitor, in the weekly Forsa survey.').map((t) => t[0]))
      .toEqual(['daily', 'monthly', 'weekly', 'weekly']);
    expect(tag('the hourly, daily and weekly rates; she attended the trial daily.').map((t) => t[0])).toEqual(['hourly', 'daily', 'weekly', 'daily']);
  });

  it('read no set in a rate of growth, "rise 20% annually", "3 percent yearly", but one in "held annually" and "5 percent each year"', () => {
    expect(tag('Revenue will rise 20% annually and costs 3 percent yearly; rallies are held annually.').map((t) => t[0])).toEqual(['annually']);
    // ("each" and "every" say it recurs, a rate or not.)
    expect(tag('Bills would rise about 5 percent each year, and fees 2% every month.').map((t) => [t[0], t[3]])).toEqual([['each year', 'P1Y'], ['every month', 'P1M']]);
  });

  it('keep a part of the day inside a weekly set: "every Tuesday evening", "on Tuesday nights"', () => {
    expect(tag('every Tuesday evening and on Tuesday nights').map((t) => [t[0], t[3]])).toEqual([
      ['every Tuesday evening', 'XXXX-WXX-2TEV'],
      ['Tuesday nights', 'XXXX-WXX-2TNI'],
    ]);
  });

  it('write every season, every weekend and weekdays in the plural as SET values', () => {
    expect(tag('every spring, each winter, every weekend, on weekends and on Sundays')).toEqual([
      ['every spring', 0, 'SET', 'XXXX-SP'],
      ['each winter', 14, 'SET', 'XXXX-WI'],
      ['every weekend', 27, 'SET', 'XXXX-WXX-WE'],
      ['weekends', 45, 'SET', 'XXXX-WXX-WE'],
      ['Sundays', 61, 'SET', 'XXXX-WXX-7'],
    ]);
  });

  it('read no set in a season that opens a name: "every Summer Games since 1984"', () => {
    expect(tag('He has declared every Summer Games since 1984 the best ever.').map((t) => t[0])).toEqual(['1984']);
    expect(tag('Every Spring, the park fills.').map((t) => [t[0], t[3]])).toEqual([['Every Spring', 'XXXX-SP']]);
  });

  it('write every part of the day as a daily set of that part, as "on Tuesday nights" is a weekly one, but "nightly" as once a day', () => {
    expect(tag('She runs every morning, each morning, every afternoon, every evening and every night; the show airs nightly.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['every morning', 'SET', 'XXXX-XX-XXTMO'],
      ['each morning', 'SET', 'XXXX-XX-XXTMO'],
      ['every afternoon', 'SET', 'XXXX-XX-XXTAF'],
      ['every evening', 'SET', 'XXXX-XX-XXTEV'],
      ['every night', 'SET', 'XXXX-XX-XXTNI'],
      ['nightly', 'SET', 'P1D'],
    ]);
  });

  it('write "every weekday" and "on weekdays" as the working days of each week, beside "every weekend"', () => {
    expect(tag('He works every weekday and on weekdays, and rests at weekends.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['every weekday', 'SET', 'XXXX-WXX-WD'],
      ['weekdays', 'SET', 'XXXX-WXX-WD'],
      ['weekends', 'SET', 'XXXX-WXX-WE'],
    ]);
  });

  it('do not read a part of the day or a weekday after other words as a set: "the morning", "weekday traffic", "most weekdays"', () => {
    expect(tag('Weekday traffic was heavy; the nightly news ran; most weekdays he slept.').map((t) => t[0])).toEqual(['nightly']);
  });

  it('do not read "each" of an amount as a set: "priced its shares at $26 each Wednesday night"', () => {
    expect(tag('Twitter priced its shares at $26 each Wednesday night.', '2013-11-07').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['Wednesday night', 'TIME', '2013-11-06TNI'],
    ]);
  });

  it('do not read a plural weekday in lower case as a set', () => {
    expect(tag('sundays and mondays')).toEqual([]);
  });

  it('keep "twice-" inside a set word ("twice-yearly"), but not "twice" that counts something else', () => {
    expect(tag('a twice-yearly review, twice-weekly flights, twice-monthly and twice-daily doses; twice the yearly rate', '2013-03-22')).toEqual([
      ['twice-yearly', 2, 'SET', 'P1Y'],
      ['twice-weekly', 23, 'SET', 'P1W'],
      ['twice-monthly', 45, 'SET', 'P1M'],
      ['twice-daily', 63, 'SET', 'P1D'],
      ['yearly', 92, 'SET', 'P1Y'],
    ]);
  });

  it('keep "twice" inside a set word told apart from it ("twice daily"), as in "twice a day", but not across a full stop', () => {
    expect(tag('Take it twice daily; it is published twice weekly. He scored twice. Daily rallies followed.', '2013-03-22')).toEqual([
      ['twice daily', 8, 'SET', 'P1D'],
      ['twice weekly', 37, 'SET', 'P1W'],
      ['Daily', 68, 'SET', 'P1D'],
    ]);
  });

  it('read "once-a-year" and "twice-a-day" before a noun as the whole set, not "a-year" as a year long', () => {
    expect(tag('a once-a-year event, a twice-a-day dose and a once-a-decade transition; they meet once a decade', '2013-03-14')).toEqual([
      ['once-a-year', 2, 'SET', 'P1Y'],
      ['twice-a-day', 23, 'SET', 'P1D'],
      ['once-a-decade', 46, 'SET', 'P10Y'],
      ['once a decade', 82, 'SET', 'P10Y'],
    ]);
  });

  it('read "every 26 April" and "every May 9" as a day of every year', () => {
    expect(tag('Chernobyl Way is held every 26 April; veterans gather every May 9.', '2021-04-20')).toEqual([
      ['every 26 April', 22, 'SET', 'XXXX-04-26'],
      ['every May 9', 54, 'SET', 'XXXX-05-09'],
    ]);
    expect(tag('The march is held every April.', '2021-04-20')).toEqual([['every April', 18, 'SET', 'XXXX-04']]);
  });
});
