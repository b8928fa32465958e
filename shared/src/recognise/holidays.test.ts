import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('holidays', () => {
  it('read a holiday with a part of the day as a TIME, "Christmas morning", but not a night compound, "Christmas night shifts"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-12-28' }).map((t) => [t.text, t.type, t.value]);
    expect(values('The fire broke out on Christmas morning; he crossed on Christmas night.')).toEqual([
      ['Christmas morning', 'TIME', '2013-12-25TMO'], ['Christmas night', 'TIME', '2013-12-25TNI'],
    ]);
    expect(values('Christmas night shifts pay double.')).toEqual([['Christmas', 'DATE', '2013-12-25']]);
  });

  it('leave a holiday in a title alone: "A Christmas Carol", "the Ghost of Christmas Present", "A Harbor Christmas" (not "A Christmas Eve fire")', () => {
    expect(tag('The curtain rises on "A Christmas Carol" Friday; he played the Ghost of Christmas Present.', '2013-12-18').map((t) => t[0])).toEqual(['Friday']);
    expect(tag('A Christmas Eve fire burned, and the Feast of Christmas Day is near.', '2013-12-18').map((t) => t[0])).toEqual(['Christmas Eve', 'Christmas Day']);
    // Nor one that ends a title quoted in capitals (a quotation of words in lower case is no title).
    expect(tag('"A Harbor Christmas," a variety special, airs Dec. 20. "We will be home for Christmas," he said.', '2013-12-18').map((t) => t[0]))
      .toEqual(['Dec. 20', 'Christmas']);
  });

  it('date Memorial Day, Columbus Day and Presidents Day before 1971 on their fixed days, and Veterans Day of 1971-1977 in October', () => {
    expect(tag('The memorial was dedicated on Memorial Day 1962, and the parade marched on Columbus Day 1968 and on Presidents Day 1966.', '2013-06-01').map((t) => t[3]))
      .toEqual(['1962-05-30', '1968-10-12', '1966-02-22']);
    expect(tag('Veterans Day 1975 came early; Veterans Day 1980 and Memorial Day 2013 did not, and she marched every Veterans Day.', '2013-06-01').map((t) => t[3]))
      .toEqual(['1975-10-27', '1980-11-11', '2013-05-27', 'XXXX-11-11']);
  });

  it('read "the week of Christmas" as the holiday\'s week, and place the week of New Year\'s, which starts in December, by its Monday', () => {
    expect(tag('Collection will be delayed one day the week of Christmas and the week of New Year\'s.', '2013-12-10').map((t) => [t[0], t[3]])).toEqual([
      ['one day', 'P1D'], ['the week of Christmas', '2013-W52'], ['the week of New Year', '2014-W01'],
    ]);
  });

  it('give a holiday in apposition to a day the year of that day: "April 8, 2012 — Easter Sunday —"', () => {
    expect(tag('He broke in at 3 a.m. April 8, 2012 — Easter Sunday — and on July 4, 2010, Independence Day, he left.', '2013-10-10').map((t) => t[3]))
      .toEqual(['2012-04-08T03:00', '2012-04-08', '2010-07-04', '2010-07-04']);
  });

  it('date a holiday right after a day told, joined or in apposition to it, as the first on or after that day', () => {
    expect(tag('Museum officials expect the biggest crowds between Christmas and New Year\'s Day.', '2013-12-03').map((t) => t[3])).toEqual(['2013-12-25', '2014-01-01']);
    expect(tag('ABC will air a special at 9 p.m. Thursday, Valentine\'s Day, hosted by the leads.', '2013-02-12').map((t) => t[3])).toEqual([
      '2013-02-14T21:00', '2013-02-14',
    ]);
  });

  it('date a holiday that a day told right before is counted from as the one nearest that day: "Dec. 22, 1989, three days before Christmas"', () => {
    expect(tag('The last shift clocked out on Dec. 22, 1989, three days before Christmas.', '1998-02-12').map((t) => t[3])).toEqual(['1989-12-22', 'P3D', '1989-12-25']);
    expect(tag('The plant reopened on Jan. 8, 1990, two weeks after Christmas.', '1998-02-12').map((t) => t[3])).toEqual(['1990-01-08', 'P2W', '1989-12-25']);
  });

  it('date a holiday that opens a span as a span ahead, which may have begun: "between Thanksgiving and New Year\'s Day"', () => {
    expect(tag('It expects to deliver 400 million packages between Thanksgiving and New Year\'s Day.', '2013-12-13').map((t) => t[3])).toEqual([
      '2013-11-28', '2014-01-01',
    ]);
  });

  it('date a holiday in a sentence that a year opens in that year: "Last year, classes did not begin until after Labor Day"', () => {
    expect(tag('Last year, classes did not begin until after Labor Day.', '2013-08-06').map((t) => t[3])).toEqual(['2012', '2012-09-03']);
  });

  it('date a holiday in the "when" clause of a year told in that year: "in 1999, when he visited the grave that Memorial Day"', () => {
    expect(tag('It began in 1999, when he visited his brother\'s grave that Memorial Day. He placed flags the following year.', '2013-05-23').map((t) => [t[0], t[3]]))
      .toEqual([['1999', '1999'], ['Memorial Day', '1999-05-31'], ['the following year', '2000']]);
    // So of a month told with its year: "lessons from December 2010, when Heathrow was crippled for five days before Christmas".
    expect(tag('Airports had learnt lessons from December 2010, when Heathrow was crippled for five days before Christmas.', '2013-01-21').map((t) => t[3]))
      .toEqual(['2010-12', 'P5D', '2010-12-25']);
  });

  it('read the national days of Canada and Australia, Anzac Day, and Victoria Day on the Monday before 25 May', () => {
    expect(tag('Evacuees hoped to be home by Canada Day; rain fell on Australia Day and Anzac Day.', '2013-06-24').map((t) => t[3])).toEqual(['2013-07-01', '2013-01-26', '2013-04-25']);
    expect(tag('The pools open on Victoria Day; Victoria Day 2014 and Victoria Day 2010 fell late.', '2013-05-16').map((t) => t[3])).toEqual(['2013-05-20', '2014-05-19', '2010-05-24']);
  });

  it('read Epiphany and Twelfth Night, capitalised, but not "an epiphany"', () => {
    expect(tag('Parisians bought the galette des rois for Epiphany; Twelfth Night fell on Saturday. He had an epiphany.', '2013-01-07').map((t) => [t[0], t[3]])).toEqual([
      ['Epiphany', '2013-01-06'], ['Twelfth Night', '2013-01-05'], ['Saturday', '2013-01-05'],
    ]);
  });

  it('read Mardi Gras, Fat Tuesday and Pancake Day as Shrove Tuesday', () => {
    expect(tag('Parades roll before Mardi Gras; Fat Tuesday is also Pancake Day.', '2013-02-08').map((t) => [t[0], t[3]])).toEqual([
      ['Mardi Gras', '2013-02-12'], ['Fat Tuesday', '2013-02-12'], ['Pancake Day', '2013-02-12'],
    ]);
  });

  it('give a holiday the year told right after it, counted from now: "between Thanksgiving and Christmas this year"', () => {
    expect(tag('There are 26 days between Thanksgiving and Christmas this year. Easter last year fell early.', '2013-12-20').map((t) => [t[0], t[3]])).toEqual([
      ['26 days', 'P26D'], ['Thanksgiving', '2013-11-28'], ['Christmas', '2013-12-25'], ['this year', '2013'], ['Easter', '2012-04-08'], ['last year', '2012'],
    ]);
  });

  it('read "every Christmas" and "each Boxing Day" as sets of a fixed day, and leave "every Thanksgiving" to the holiday alone', () => {
    expect(tag('He came every Christmas, and spent each Boxing Day at sea; every Thanksgiving we eat.', '2013-10-10').map((t) => [t[0], t[2], t[3]]))
      .toEqual([['every Christmas', 'SET', 'XXXX-12-25'], ['each Boxing Day', 'SET', 'XXXX-12-26'], ['Thanksgiving', 'DATE', '2013-11-28']]);
  });

  it('date a holiday on a fixed day', () => {
    expect(tag('They met on Christmas Eve and at New Year’s Day.', '2000-01-05')).toEqual([
      ['Christmas Eve', 12, 'DATE', '1999-12-24'],
      ['New Year’s Day', 33, 'DATE', '2000-01-01'],
    ]);
  });

  it('tell an event named by a holiday ("the Christmas Offensive", "the Easter Rising of 1916") to its month, the one nearest the story, without moving it', () => {
    const story = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(story('On January 20, 1936 the Italians attacked. The threat posed by the Christmas Offensive was over. On January 24 the battle ended.')).toEqual([
      ['January 20, 1936', '1936-01-20'],
      ['Christmas', '1935-12'],
      ['January 24', '1936-01-24'],
    ]);
    expect(story('The Easter Rising of 1916 failed.')).toEqual([['Easter', '1916-04'], ['1916', '1916']]);
  });

  it('keep a holiday before another noun, or alone, on its day, but not before a thing it names ("the Christmas tree")', () => {
    const story = (text: string) => tagTimexes(text, { genre: 'narrative' }).map((t) => [t.text, t.value]);
    expect(story('In 1776 Washington crossed on Christmas night; the Christmas dinner was cold, and at Christmas the troops ate.').map((t) => t[1])).toEqual([
      '1776', '1776-12-25TNI', '1776-12-25', '1776-12-25',
    ]);
    expect(story('In 1776 the Christmas tree stood.').map((t) => t[1])).toEqual(['1776']);
  });

  it('date a holiday on the nth weekday of its month', () => {
    expect(tag('He came home on Thanksgiving Day.', '1999-12-01')).toEqual([['Thanksgiving Day', 16, 'DATE', '1999-11-25']]);
    expect(tag('Voters go to the polls on Election Day.', '1998-10-20')).toEqual([['Election Day', 26, 'DATE', '1998-11-03']]);
    const values = (text: string) => tagTimexes(text, { dct: '2013-05-10' }).map((t) => [t.text, t.value]);
    expect(values("Mother's Day falls on Sunday; Father’s Day is next month; the bombing on Patriots' Day shook Boston.")).toEqual([
      ["Mother's Day", '2013-05-12'],
      ['Sunday', '2013-05-12'],
      ['Father’s Day', '2013-06-16'],
      ['next month', '2013-06'],
      ["Patriots' Day", '2013-04-15'],
    ]);
    expect(values('Students planted trees on Earth Day and marked Juneteenth; Whit Monday and Mothering Sunday are church days.').map((t) => t[1])).toEqual([
      '2013-04-22', '2013-06-19', '2013-05-20', '2013-03-10',
    ]);
    // Presidents' Day with or without its apostrophe.
    expect(values('Banks closed for Presidents Day, and for President\'s Day again.').map((t) => t[1])).toEqual(['2013-02-18', '2013-02-18']);
    // Martin Luther King Day by its other names.
    expect(values('It falls on Martin Luther King Jr. Day, and next year on MLK Day again.').map((t) => t[0])).toEqual(['Martin Luther King Jr. Day', 'next year', 'MLK Day']);
  });

  it('read "Easter week" and "the Christmas week" as the week that holds the holiday, placed by its Monday', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2000-04-17' }).map((t) => [t.text, t.value]);
    // 17 April 2000 is the Monday of Easter week: the week has begun though Easter is still ahead.
    expect(values('Protesters prayed as Easter week began; the Christmas week was quiet.')).toEqual([['Easter week', '2000-W16'], ['the Christmas week', '1999-W51']]);
  });

  it('take "Election Day" as the day of the election the story told, in any country, and the American rule only without one', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2020-11-15' }).map((t) => [t.text, t.value]);
    expect(values('The crisis began after the presidential election of 9 August 2020. On Election Day, police detained dozens.')).toEqual([
      ['9 August 2020', '2020-08-09'],
      ['Election Day', '2020-08-09'],
    ]);
    expect(values('The 25 October vote was boycotted; Election Day was quiet.')).toEqual([['25 October', '2020-10-25'], ['Election Day', '2020-10-25']]);
    expect(values('Election Day turnout was high.')).toEqual([['Election Day', '2020-11-03']]);
  });

  it('date Easter by the Gregorian computus', () => {
    expect(tag('at Easter 2000 and on Good Friday', '2000-05-01')).toEqual([
      ['Easter 2000', 3, 'DATE', '2000-04-23'],
      ['Good Friday', 22, 'DATE', '2000-04-21'],
    ]);
  });

  it('date the days of Lent and Holy Week from Easter', () => {
    expect(tag('They fasted from Ash Wednesday, after Shrove Tuesday, to Palm Sunday, Maundy Thursday, Holy Saturday and Easter Monday.', '2013-03-22')).toEqual([
      ['Ash Wednesday', 17, 'DATE', '2013-02-13'],
      ['Shrove Tuesday', 38, 'DATE', '2013-02-12'],
      ['Palm Sunday', 57, 'DATE', '2013-03-24'],
      ['Maundy Thursday', 70, 'DATE', '2013-03-28'],
      ['Holy Saturday', 87, 'DATE', '2013-03-30'],
      ['Easter Monday', 105, 'DATE', '2013-04-01'],
    ]);
    // Holy Saturday as Australia names its holiday, one expression.
    expect(tag('A sausage sizzle on Easter Saturday from 10am.', '2013-03-21').map((t) => [t[0], t[3]])).toEqual([['Easter Saturday', '2013-03-30'], ['10am', '2013-03-30T10:00']]);
  });

  it('date Black Friday and Cyber Monday after Thanksgiving, even into December, and May Day on 1 May', () => {
    expect(tag('Shops opened on Black Friday 2012 and Cyber Monday 2014; a rally was held on May Day.', '2013-03-22')).toEqual([
      ['Black Friday 2012', 16, 'DATE', '2012-11-23'],
      ['Cyber Monday 2014', 38, 'DATE', '2014-12-01'],
      ['May Day', 77, 'DATE', '2012-05-01'],
    ]);
  });

  it('read a day a few weeks ahead, told in the past, as the coming one, unless told as the time of what happened: "canceled its New Year\'s Eve party"', () => {
    expect(tag('Seattle canceled its New Year\'s Eve party, and the city has added police patrols through Jan. 10.', '2013-12-30').map((t) => t[3]))
      .toEqual(['2013-12-31', '2014-01-10']);
    expect(tag('Several towns moved Halloween trick-or-treating to Saturday.', '2013-10-29').map((t) => t[3])).toEqual(['2013-10-31', '2013-11-02']);
    // Not what happened on the day: "Sales over the Thanksgiving weekend rose" (below).
    expect(tag('Sales rose on Christmas Eve.', '2013-12-20').map((t) => t[3])).toEqual(['2012-12-24']);
  });

  it('read a holiday weekend as the weekend next to the holiday (the last one, told in the past), "the" inside as in "the weekend"', () => {
    expect(tag('Sales over the Thanksgiving weekend rose; traffic peaked on Memorial Day weekend; Rome filled for the Easter weekend.', '2013-11-20')).toEqual([
      ['the Thanksgiving weekend', 11, 'DATE', '2012-W47-WE'],
      ['Memorial Day weekend', 60, 'DATE', '2013-W21-WE'],
      ['the Easter weekend', 98, 'DATE', '2013-W13-WE'],
    ]);
    expect(tag('last Thanksgiving weekend and the Fourth of July weekend', '2013-11-20')).toEqual([
      ['last Thanksgiving weekend', 0, 'DATE', '2012-W47-WE'],
      ['the Fourth of July weekend', 30, 'DATE', '2013-W27-WE'],
    ]);
  });

  it('read last and next holidays from the publication date', () => {
    expect(tag('last Christmas', '2000-05-01')).toEqual([['last Christmas', 0, 'DATE', '1999-12-25']]);
  });

  it('date "That Christmas" in the year of the last date told', () => {
    const values = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.value]);
    expect(values('In the winter of 1983, she was poor. That Christmas she cooked a goose.', '2014-07-16')).toEqual([
      ['the winter of 1983', '1983-WI'],
      ['That Christmas', '1983-12-25'],
    ]);
    expect(values('They married in 1990, and by that Easter they had moved.', '2014-07-16')).toEqual([['1990', '1990'], ['that Easter', '1990-04-15']]);
  });

  it('leave out a "that" that opens a clause before a holiday: "He said that Christmas would be quiet"', () => {
    expect(tag('In 1990 he said that Christmas would be quiet.', '2014-07-16').map((t) => t[0])).toEqual(['1990', 'Christmas']);
  });

  it('date 9/11 and 7/7 as days of history, whenever the story is told', () => {
    expect(tag('Since 9/11 and the post-9/11 era; the 7/7 bombings.', '2013-03-22')).toEqual([
      ['9/11', 6, 'DATE', '2001-09-11'],
      ['9/11', 24, 'DATE', '2001-09-11'],
      ['7/7', 38, 'DATE', '2005-07-07'],
    ]);
  });

  it('do not read 9/11 inside a numeric date or 24/7', () => {
    expect(tag('open 24/7, dated 3/9/11', '2013-03-22')).toEqual([['3/9/11', 17, 'DATE', '2011-03-09']]);
  });

  it('date "the Sept. 11 attacks" in 2001, and any other September 11 by the publication date', () => {
    expect(tag('The Sept. 11 attacks and the 11 September attacks.', '2013-03-22')).toEqual([
      ['Sept. 11', 4, 'DATE', '2001-09-11'],
      ['11 September', 29, 'DATE', '2001-09-11'],
    ]);
    expect(tag('He met them on September 11. On Sept. 11 attacks rose.', '2013-03-22')).toEqual([
      ['September 11', 15, 'DATE', '2012-09-11'],
      ['Sept. 11', 32, 'DATE', '2012-09-11'],
    ]);
  });

  it('date days of history news names by their date alone, "the Jan. 6 committee", "the Oct. 7 attacks", in their year', () => {
    expect(tag('The Jan. 6 committee met; the Oct. 7 attacks were condemned.', '2024-03-14')).toEqual([
      ['Jan. 6', 4, 'DATE', '2021-01-06'],
      ['Oct. 7', 30, 'DATE', '2023-10-07'],
    ]);
    // A hearing may be set for any Jan. 6.
    expect(tag('The Jan. 6 hearing was postponed.', '2023-03-14')).toEqual([['Jan. 6', 4, 'DATE', '2023-01-06']]);
  });

  it('do not read words that only begin like a holiday', () => {
    expect(tag('the Eastern front and an easter egg', '2000-05-01')).toEqual([]);
  });

  it('date the holidays news writes in several ways: St Patrick’s Day, July Fourth, New Year, Valentine’s Day', () => {
    expect(tag("On St Patrick's Day, St. Patrick's Day, July Fourth and the Fourth of July", '2013-03-22')).toEqual([
      ["St Patrick's Day", 3, 'DATE', '2013-03-17'],
      ["St. Patrick's Day", 21, 'DATE', '2013-03-17'],
      ['July Fourth', 40, 'DATE', '2012-07-04'],
      ['Fourth of July', 60, 'DATE', '2012-07-04'],
    ]);
    expect(tag("between Christmas and New Year, and on Valentine's Day", '2013-03-22')).toEqual([
      ['Christmas', 8, 'DATE', '2012-12-25'],
      ['New Year', 22, 'DATE', '2013-01-01'],
      ["Valentine's Day", 39, 'DATE', '2013-02-14'],
    ]);
  });

  it('date the British autumn days: Bonfire Night on 5 November, Remembrance Day on the 11th and Remembrance Sunday before it', () => {
    expect(tag('Guy Fawkes Night, Bonfire Night, Remembrance Day and Remembrance Sunday', '2013-03-22')).toEqual([
      ['Guy Fawkes Night', 0, 'DATE', '2012-11-05'],
      ['Bonfire Night', 18, 'DATE', '2012-11-05'],
      ['Remembrance Day', 33, 'DATE', '2012-11-11'],
      ['Remembrance Sunday', 53, 'DATE', '2012-11-11'],
    ]);
  });

  it('do not read another calendar’s new year as 1 January, and date the Chinese one by its calendar', () => {
    expect(tag('for Chinese New Year and the Lunar New Year', '2013-03-22')).toEqual([
      ['Chinese New Year', 4, 'DATE', '2013-02-10'],
      ['Lunar New Year', 29, 'DATE', '2013-02-10'],
    ]);
    expect(tag('the Jewish New Year and the Islamic New Year', '2013-03-22')).toEqual([]);
  });

  it('date the holidays of the Islamic, Chinese and Hebrew calendars by those calendars, as Intl carries them', () => {
    expect(tag('Muslims marked Eid al-Fitr and will mark Eid al-Adha.', '2013-03-20').map((t) => [t[0], t[3]])).toEqual([
      ['Eid al-Fitr', '2012-08-19'],
      ['Eid al-Adha', '2013-10-15'],
    ]);
    expect(tag('Rosh Hashanah, Yom Kippur and Hanukkah came; next Passover is near.', '2013-03-20').map((t) => [t[0], t[3]])).toEqual([
      ['Rosh Hashanah', '2012-09-17'],
      ['Yom Kippur', '2012-09-26'],
      ['Hanukkah', '2012-12-09'],
      ['next Passover', '2013-03-26'],
    ]);
    expect(tag('Eid al-Fitr 2010 fell on a Friday.', '2013-03-20')[0]).toEqual(['Eid al-Fitr 2010', 0, 'DATE', '2010-09-10']);
    // An Islamic day that falls twice in a Gregorian year is its first: 8 January 2000, not 28 December.
    expect(tag('Eid al-Fitr 2000', '2013-03-20')[0]![3]).toBe('2000-01-08');
  });

  it('leave the day of another calendar\'s holiday unknown with no year to place it in', () => {
    expect(tagTimexes('Every Eid al-Fitr, the family gathered.', { genre: 'narrative' }).map((t) => t.value)).toContain('XXXX-XX-XX');
  });

  it('date the Orthodox Christmas on 7 January and the Orthodox Easter by the Julian computus', () => {
    expect(tag('Lukashenko attended a service on Orthodox Christmas.', '2022-01-08')).toEqual([['Orthodox Christmas', 33, 'DATE', '2022-01-07']]);
    expect(tag('Orthodox Easter fell on 2 May this year.', '2021-05-04')[0]).toEqual(['Orthodox Easter', 0, 'DATE', '2021-05-02']);
    expect(tag('Believers will celebrate Orthodox Easter on Sunday.', '2024-04-30')[0]).toEqual(['Orthodox Easter', 25, 'DATE', '2024-05-05']);
    expect(tag('A truce for Orthodox Christmas Eve was rejected.', '2023-01-09')).toEqual([['Orthodox Christmas Eve', 12, 'DATE', '2023-01-06']]);
  });

  it('date Victory Day on 9 May, as Russia, Belarus and the former Soviet states mark it', () => {
    expect(tag('Putin addressed the Victory Day parade on Red Square.', '2023-05-10')).toEqual([['Victory Day', 20, 'DATE', '2023-05-09']]);
  });

  it('date another country’s Independence Day by its country, before or after it', () => {
    expect(tag('Kyiv celebrated Ukraine’s Independence Day on Wednesday.', '2022-08-25')[0]).toEqual(['Independence Day', 26, 'DATE', '2022-08-24']);
    expect(tag('Belarusian Independence Day was marked with a parade.', '2022-07-05')).toEqual([['Independence Day', 11, 'DATE', '2022-07-03']]);
    expect(tag('They marked the Independence Day of Ukraine.', '2022-08-25')).toEqual([['Independence Day', 16, 'DATE', '2022-08-24']]);
    expect(tag('Americans celebrated Independence Day.', '2022-07-05')).toEqual([['Independence Day', 21, 'DATE', '2022-07-04']]);
    expect(tag('Belarus celebrates Independence Day on the anniversary of the liberation of Minsk.', '2021-07-05')[0]).toEqual(['Independence Day', 19, 'DATE', '2021-07-03']);
  });

  it('date a holiday by the day told beside it, in brackets or between commas', () => {
    expect(tag('Lukashenko spoke at a ceremony on Independence Day (3 July).', '2021-07-05')).toEqual([
      ['Independence Day', 34, 'DATE', '2021-07-03'],
      ['3 July', 52, 'DATE', '2021-07-03'],
    ]);
    expect(tag('On Independence Day, July 3, he spoke.', '2021-07-05')[0]).toEqual(['Independence Day', 3, 'DATE', '2021-07-03']);
  });

  it('date Radunitsa nine days after the Orthodox Easter, and Defender of the Fatherland Day on 23 February', () => {
    expect(tag('Radunitsa was marked on Tuesday.', '2022-05-04')[0]).toEqual(['Radunitsa', 0, 'DATE', '2022-05-03']);
    expect(tag('Putin laid a wreath on Defender of the Fatherland Day.', '2022-03-01')).toEqual([['Defender of the Fatherland Day', 23, 'DATE', '2022-02-23']]);
  });

  it('date an Independence Day by the capital that marks it, or by the day after "on"; no other holiday moves to a day after "on"', () => {
    expect(tag('Kyiv celebrated Independence Day on Wednesday.', '2022-08-25')[0]).toEqual(['Independence Day', 16, 'DATE', '2022-08-24']);
    expect(tag('Crowds celebrated Independence Day on 3 July with a parade.', '2021-07-05')[0]).toEqual(['Independence Day', 18, 'DATE', '2021-07-03']);
    expect(tag('He spent Christmas on 26 December with family.', '2021-07-05')[0]).toEqual(['Christmas', 9, 'DATE', '2020-12-25']);
  });

  it('date a holiday before a parade in lower case, the parade being the day\'s', () => {
    expect(tag("Thousands lined the streets for the St. Patrick's Day parade.", '2013-03-18').map((t) => [t[0], t[3]])).toEqual([["St. Patrick's Day", '2013-03-17']]);
  });
});
