import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('clock times', () => {
  it('read a military time, "at 0530 hours", "03:00hrs", "19:00 hr", but not "for 1500 hours", which is how long', () => {
    expect(tag('Troops moved at 0530 hours, at 1500 hrs, by 03:00hrs and at 19:00 hr. It ran for 1500 hours.').map((t) => [t[0], t[2], t[3]])).toEqual([
      ['0530 hours', 'TIME', '1998-08-07T05:30'],
      ['1500 hrs', 'TIME', '1998-08-07T15:00'],
      ['03:00hrs', 'TIME', '1998-08-07T03:00'],
      ['19:00 hr', 'TIME', '1998-08-07T19:00'],
      ['1500 hours', 'DURATION', 'PT1500H'],
    ]);
  });

  it('read a time stamp to the second with a two-digit hour, alone or after its date, but not a race time', () => {
    expect(tag('Posted 2013-03-22 09:15:00; it ended at 14:32:10 GMT. He won in 12:14:04.', '2013-03-22')).toEqual([
      ['2013-03-22 09:15:00', 7, 'TIME', '2013-03-22T09:15'],
      ['14:32:10 GMT', 40, 'TIME', '2013-03-22T14:32'],
    ]);
  });

  it('keep "about", "around", "approximately" and "roughly" inside a clock time, as TimeML marks them', () => {
    expect(tag('Men came in around 7:15 p.m., and he landed roughly at noon, approximately 12:05.').map((t) => [t[0], t[3]])).toEqual([
      ['around 7:15 p.m.', '1998-08-07T19:15'],
      ['noon', '1998-08-07T12:00'],
      ['approximately 12:05', '1998-08-07T12:05'],
    ]);
    expect(tag('Bombs went off at about 2:50 p.m. Monday.').map((t) => t[0])).toEqual(['about 2:50 p.m. Monday']);
    expect(tag('He is to land around noon.').map((t) => t[0])).toEqual(['around noon']);
  });

  it('write a clock time on the publication day', () => {
    expect(tag('at 10:30 a.m. and at 14:30 and at midnight')).toEqual([
      ['10:30 a.m.', 3, 'TIME', '1998-08-07T10:30'],
      ['14:30', 21, 'TIME', '1998-08-07T14:30'],
      ['midnight', 34, 'TIME', '1998-08-07T24:00'],
    ]);
  });

  it('read "midafternoon" and "midmorning" as parts of the day', () => {
    expect(tag('Airlines canceled 600 flights by midafternoon. Friday midmorning it rained.').map((t) => [t[0], t[3]])).toEqual([
      ['midafternoon', '1998-08-07TAF'],
      ['Friday midmorning', '1998-08-07TMO'],
    ]);
  });

  it('put a clock time on a day still to come told in its sentence, unless a past right before the time tells an event of its own', () => {
    expect(tag('The celebration begins Thursday with the parade at 10 a.m.', '2013-07-02').map((t) => t[3])).toEqual(['2013-07-04', '2013-07-04T10:00']);
    // ("St." before a name ends no sentence between them.)
    expect(tag('Miami opens its schedule Saturday against St. Louis at Roger Dean Stadium, a 1:05 p.m. start.', '2013-02-21').map((t) => t[3])).toEqual(['2013-02-23', '2013-02-23T13:05']);
    expect(tag('The phone goes on sale on March 22, he said at an event that began at 10 a.m.', '2013-03-06').map((t) => t[3])).toEqual(['2013-03-22', '2013-03-06T10:00']);
    // A time of the day to come itself, told with how it was planned: "a game moved up from its original 7:05 p.m. start".
    expect(tag('The teams finish the series at 12:05 p.m. Wednesday, a game moved up from its original 7:05 p.m. start.', '2013-04-23').map((t) => t[3]))
      .toEqual(['2013-04-24T12:05', '2013-04-24T19:05']);
  });

  it('keep a clock time with its time zone before a word of the game clock', () => {
    expect(tag('It ends at 19:15 GMT, with 2:31 left.')).toEqual([['19:15 GMT', 11, 'TIME', '1998-08-07T19:15']]);
  });

  it('join a clock time to the day after it', () => {
    expect(tag('until 3 p.m. Friday and noon today')).toEqual([
      ['3 p.m. Friday', 6, 'TIME', '1998-08-07T15:00'],
      ['noon today', 24, 'TIME', '1998-08-07T12:00'],
    ]);
  });

  it('take the zone told after noon and midnight into the time, as after a clock time', () => {
    expect(tag('The briefing is at noon ET and the strike ends at midnight GMT.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([
      ['noon ET', '2013-03-22T12:00'],
      ['midnight GMT', '2013-03-22T24:00'],
    ]);
  });

  it('put the day after "on" on the same day as the time before it, whose tense is read nearer the verb: "is noon on Monday"', () => {
    // Published on Friday 22 March 2013.
    expect(tag('The deadline is noon on Monday.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([['noon', '2013-03-25T12:00'], ['Monday', '2013-03-25']]);
    expect(tag('He was shot at 9:15 p.m. on Sunday.', '2013-03-22').map((t) => [t[0], t[3]])).toEqual([['9:15 p.m.', '2013-03-17T21:15'], ['Sunday', '2013-03-17']]);
  });

  it('keep a time zone inside, abbreviated or named, and still take the day after it', () => {
    expect(tag('at 7:30 p.m. ET Friday')).toEqual([['7:30 p.m. ET Friday', 3, 'TIME', '1998-08-07T19:30']]);
    expect(tag('at 7:30 p.m. ET on Friday')).toEqual([['7:30 p.m. ET', 3, 'TIME', '1998-08-07T19:30'], ['Friday', 19, 'DATE', '1998-08-07']]);
    expect(tag('at 3 p.m. Moscow time and 9 a.m. Eastern Standard Time')).toEqual([
      ['3 p.m. Moscow time', 3, 'TIME', '1998-08-07T15:00'],
      ['9 a.m. Eastern Standard Time', 26, 'TIME', '1998-08-07T09:00'],
    ]);
    // The zones of the wires' desks in Asia, Australia and Africa too.
    expect(tag('at 11:30 am IST on Friday, 2:46 p.m. JST and 9 a.m. AEDT').map((t) => t[0])).toEqual(['11:30 am IST', 'Friday', '2:46 p.m. JST', '9 a.m. AEDT']);
  });

  it('read a full stop between hour and minute before am or pm, and leave a sentence\'s full stop after "6am" outside', () => {
    expect(tag('at 10.30am local time and from 9pm to 6am.')).toEqual([
      ['10.30am local time', 3, 'TIME', '1998-08-07T10:30'],
      ['9pm', 31, 'TIME', '1998-08-07T21:00'],
      // The night's range ends the next morning.
      ['6am', 38, 'TIME', '1998-08-08T06:00'],
    ]);
  });

  it('read four digits, or hour and minute with a full stop, before a time zone as a time, not a year', () => {
    expect(tag('Updated 10.30 GMT')).toEqual([['10.30 GMT', 8, 'TIME', '1998-08-07T10:30']]);
    expect(tag('closed at 1800 GMT, voted at 1900 local time; in 1800 the city grew')).toEqual([
      ['1800 GMT', 10, 'TIME', '1998-08-07T18:00'],
      ['1900 local time', 29, 'TIME', '1998-08-07T19:00'],
      ['1800', 49, 'DATE', '1800'],
    ]);
  });

  it('put a midnight told in the past, with no day named, at the start of the publication day, as annotators write it', () => {
    expect(tag('The ceasefire came into effect at midnight.')).toEqual([['midnight', 34, 'TIME', '1998-08-07T00:00']]);
    expect(tag('The ceasefire will come into effect at midnight.')).toEqual([['midnight', 39, 'TIME', '1998-08-07T24:00']]);
    // Not at the end of the day of the news that the first sentence told, still to come.
    expect(tag('Hong Kong is part of China today. At midnight, the British flag came down.', '1997-07-01').map((t) => t[3])).toEqual(['1997-07-01', '1997-07-01T00:00']);
  });

  it('do not put a time told as still to come on a story day gone by', () => {
    expect(tag('The mayor spoke Thursday. A curfew will begin at 8 p.m.', '2021-08-27').map((t) => t[3])).toEqual(['2021-08-26', '2021-08-27T20:00']);
    // And in the present: "Tip-off is at 7:30 p.m." after a game gone by.
    expect(tag('The Heat last lost at home on Jan. 10. Tip-off is at 7:30 p.m. ET.', '2013-03-21').map((t) => t[3])).toEqual(['2013-01-10', '2013-03-21T19:30']);
    expect(tag('The storm hit on Thursday. It struck again at 3 p.m.', '2021-08-27').map((t) => t[3])).toEqual(['2021-08-26', '2021-08-26T15:00']);
  });

  it('make the day a clock time carries the last date told, so "two days later" and a later bare time count from it', () => {
    expect(tag('At 9am on 3 March 2010, the plant closed. Two days later, it was sold.', '2012-06-20').map((t) => t[3])).toEqual(['2010-03-03T09:00', '2010-03-03', '2010-03-05']);
    expect(tag('It made landfall at 9.10am on Sunday. At 3.35pm it struck again.', '2017-09-11').map((t) => t[3])).toEqual(['2017-09-10T09:10', '2017-09-10', '2017-09-10T15:35']);
  });

  it('keep a story on its day from one bare clock time to the next, however long the story of that day', () => {
    const story = 'The motorcade left Love Field at 11:55 a.m. on Nov. 22, 1963. Air Force One had touched down under a sky that had cleared '
      + 'after rain that morning. The president and his wife worked the fence line before climbing into the open car.\n\nAt 12:30 p.m., as '
      + 'the car passed the Texas School Book Depository on Elm Street, shots rang out. The president was rushed to Parkland Memorial '
      + 'Hospital, where doctors pronounced him dead at 1 p.m. By about 1:50 p.m., police had arrested Lee Harvey Oswald inside the Texas '
      + 'Theatre in Oak Cliff, across the river from downtown. At 2:38 p.m., aboard the presidential jet, Lyndon B. Johnson took the oath.';
    expect(tag(story, '2013-11-22').map((t) => t[3])).toEqual([
      '1963-11-22T11:55', '1963-11-22', '1963-11-22TMO', '1963-11-22T12:30', '1963-11-22T13:00', '1963-11-22T13:50', '1963-11-22T14:38',
    ]);
  });

  it('read an hour in figures before the part of a day as its time: "at 10 this morning", "8 tonight", "12:01 this morning"', () => {
    const show = 'At 12:01 this morning, the lights went down. Many got back in line for the next one, at 10 this morning. The concert begins at 8 tonight. '
      + 'He called at 11 last night.';
    expect(tag(show, '1999-05-19').map((t) => [t[0], t[3]])).toEqual([
      ['12:01 this morning', '1999-05-19T00:01'], ['10 this morning', '1999-05-19T10:00'], ['8 tonight', '1999-05-19T20:00'], ['11 last night', '1999-05-18T23:00'],
    ]);
    // Not a score's last figure: "voted 6-1 last night", "beat the Comets 4 to 2 last night".
    expect(tag('The board voted 6-1 last night.', '2013-12-11').map((t) => [t[0], t[3]])).toEqual([['last night', '2013-12-10TNI']]);
    expect(tag('The Lumberjacks beat the Comets 4 to 2 last night.', '2013-06-12').map((t) => [t[0], t[3]])).toEqual([['last night', '2013-06-11TNI']]);
    // Nor a number a name gives: "Route 9 this morning" (but "At 9 this morning" opens a sentence with the hour).
    expect(tag('Two buses slid off Route 9 this morning. At 9 this morning, the roads closed.', '2013-01-15').map((t) => [t[0], t[3]])).toEqual([
      ['this morning', '2013-01-15TMO'], ['9 this morning', '2013-01-15T09:00'],
    ]);
    // Nor a number of a scale or a count: the hour needs a word of time before it.
    expect(tag('GeoNet recorded several aftershocks above magnitude 5 last night.', '2013-07-22').map((t) => [t[0], t[3]])).toEqual([['last night', '2013-07-21TNI']]);
  });

  it('put a bare clock time told in the past, with no day told before it, on the day of the news the first sentence told', () => {
    const market = 'NEW YORK — Stock prices climbed Friday, capping the market\'s best week since mid-October. The average rose 18.63 points, '
      + 'for a gain of 64.44 points for the week. By 11 a.m., the average was up more than 25 points.';
    expect(tag(market, '1989-12-04').map((t) => t[3])).toEqual(['1989-12-01', '1989-10', '1989-W48', '1989-12-01T11:00']);
    // The last day of the first sentence is the one its main clause tells.
    const golf = 'Storms that rolled through on Wednesday night left the course soaked, and storms Thursday forced a delay. Pryce turned pro '
      + 'in 2011. He was up at 4 a.m.';
    expect(tag(golf, '2013-06-13').map((t) => t[3])).toEqual(['2013-06-12TNI', '2013-06-13', '2011', '2013-06-13T04:00']);
    // Not a time still to come, nor the day of a first sentence told more than a week before publication.
    expect(tag('Stock prices climbed Friday. Trading in the new shares will begin at 9:30 a.m.', '1989-12-04').map((t) => t[3])).toEqual(['1989-12-01', '1989-12-04T09:30']);
    expect(tag('Stock prices climbed on Nov. 3. In 1988, they fell. By 11 a.m., the average was up.', '1989-12-04').map((t) => t[3])).toEqual(['1989-11-03', '1988', '1989-12-04T11:00']);
    // Nor is the day a source said it on; and a small hour after a night told there is the next day's.
    const arrests = 'Deputies arrested four people Monday night in connection with 27 burglaries, Sheriff Margaret Toomey said Tuesday. '
      + 'The break-ins began in late January. Deputies served warrants at about 7:30 p.m.';
    expect(tag(arrests, '2013-05-07').map((t) => t[3])).toEqual(['2013-05-06TNI', '2013-05-07', '2013-01', '2013-05-06T19:30']);
    const fire = 'A fire broke out overnight at the refinery, the company said on Wednesday. The blaze started at 1:45 a.m.';
    expect(tag(fire, '2013-03-20').map((t) => t[3])).toEqual(['2013-03-19TNI', '2013-03-20', '2013-03-20T01:45']);
    // A day named for what happened on it, told in the first sentence after the day of the news, is a background.
    const vote = 'Netanyahu was declared the winner today, after a final count of Wednesday\'s vote. The committee announced the result at 2:15 p.m.';
    expect(tag(vote, '1996-05-31').map((t) => t[3])).toEqual(['1996-05-31', '1996-05-29', '1996-05-31T14:15']);
    // So is a day told in a past perfect that looks back from the day of the news ("The stock, which had closed at $19.50 on Friday"),
    // not one a clause joined with "and" goes on from ("had approved it Wednesday evening, and the House followed at 10:15 p.m.").
    const halt = 'Trading in Cobalt was halted at 10:42 a.m. Monday. The stock, which had closed at $19.50 on Friday, did not trade again until 3:15 p.m.';
    expect(tag(halt, '1997-07-29').map((t) => t[3])).toEqual(['1997-07-28T10:42', '1997-07-25', '1997-07-28T15:15']);
    const vote2 = 'Obama signed the bill at about 12:30 a.m. Thursday. The Senate had approved it Wednesday evening, and the House followed at about 10:15 p.m.';
    expect(tag(vote2, '2013-10-17').map((t) => t[3])).toEqual(['2013-10-17T00:30', '2013-10-16TEV', '2013-10-16T22:15']);
  });

  it('put a price quoted at a bare clock time on the day of the news, not on a day told in another sentence', () => {
    const airline = 'Meridian Air said on Friday that traffic rose 4 percent. Its finance chief said on Thursday that revenue would rise. '
      + 'Meridian shares rose 2.3 percent to $18.44 at 11:15 a.m. in New York.';
    expect(tag(airline, '2013-03-08').map((t) => t[3])).toEqual(['2013-03-08', '2013-03-07', '2013-03-08T11:15']);
    // Not a time in the sentence of its day, nor one of no market ("held without bond").
    expect(tag('On Thursday, trading was halted at 3:30 p.m.', '2013-03-08').map((t) => t[3])).toEqual(['2013-03-07', '2013-03-07T15:30']);
    expect(tag('A man was charged on Sunday. Police found him on Saturday afternoon. He was booked into the jail at 5:50 p.m. and held without bond.', '2013-02-04')
      .map((t) => t[3])).toEqual(['2013-02-03', '2013-02-02TAF', '2013-02-02T17:50']);
  });

  it('put a bare clock time after a background told since a day still to come on that day: "last month … plays at 1:52 p.m."', () => {
    const story = 'Tiger Woods tees off in the Masters on Thursday afternoon. Woods, who regained the No. 1 ranking last month, plays with Luke Donald at 1:52 p.m.';
    expect(tag(story, '2013-04-10').map((t) => t[3])).toEqual(['2013-04-11TAF', '2013-03', '2013-04-11T13:52']);
  });

  it('put a small hour after a late clock time told before its day on the next day: "10:45 p.m. on Dec. 18, 1971. By 3 a.m."', () => {
    expect(tag('The fire ended at about 10:45 p.m. on Dec. 18, 1971. By 3 a.m., the roof had collapsed.', '2013-03-09').map((t) => t[3])).toEqual([
      '1971-12-18T22:45', '1971-12-18', '1971-12-19T03:00',
    ]);
  });

  it('put a morning hour after an afternoon or evening clock time told of a day gone by on the next day, but not in a listing ahead', () => {
    expect(tag('The meeting began at 6 p.m. Tuesday, and members approved the budget at 12:35 a.m.', '2013-07-10').map((t) => t[3])).toEqual([
      '2013-07-09T18:00', '2013-07-10T00:35',
    ]);
    expect(tag('A main ruptured at about 4 p.m. Tuesday. Crews worked until 3:30 a.m.', '2013-08-14').map((t) => t[3])).toEqual([
      '2013-08-13T16:00', '2013-08-14T03:30',
    ]);
    // (A parade day's listing runs in no order: the tree is lit after the parade that steps off at 10 a.m.)
    expect(tag('The tree will be lit at 5:30 p.m. Saturday. The parade steps off at 10 a.m.', '2013-12-06').map((t) => t[3])).toEqual([
      '2013-12-07T17:30', '2013-12-07T10:00',
    ]);
  });

  it('read an hour told without a.m. or p.m. after noon after an afternoon, evening or night told of its day just before it', () => {
    expect(tag('The series opens tonight at Bayside Park, first pitch 7:05.', '2013-05-06').map((t) => t[3])).toEqual(['2013-05-06TNI', '2013-05-06T19:05']);
    expect(tag('The meeting was to start at 7 p.m. Monday. By 7:40, the hall was full.', '1996-02-13').map((t) => t[3])).toEqual([
      '1996-02-12T19:00', '1996-02-12T19:40',
    ]);
    expect(tag('A ceremony begins at 12:40 p.m. Sunday. First pitch is scheduled for 1:10.', '2013-09-27').map((t) => t[3])).toEqual([
      '2013-09-29T12:40', '2013-09-29T13:10',
    ]);
    // Nor long after it: "back at the car by noon. By 11 o'clock we were out of water" is the morning's.
    expect(tag('On Wednesday we started out at 6 a.m. and turned back at noon. By 11 o\'clock we were out of water.', '2013-06-28').map((t) => t[3])).toEqual([
      '2013-06-26', '2013-06-26T06:00', '2013-06-26T12:00', '2013-06-26T11:00',
    ]);
    // Nor long before it: "at 9 p.m. … By 4:30" is the small hours after it; but "Kickoff is at 7 p.m. … gates open at 5:30" is not.
    expect(tag('Kickoff is at 7 p.m. Friday. Stadium gates open at 5:30.', '2013-09-19').map((t) => t[3])).toEqual(['2013-09-20T19:00', '2013-09-20T17:30']);
    expect(tag('The fire started at 9 p.m. Monday. By 4:30, the roof had collapsed.', '2013-09-25').map((t) => t[3])).toEqual([
      '2013-09-23T21:00', '2013-09-24T04:30',
    ]);
  });

  it('keep a story opened by "On" a day of its year further on to a bare time, and not take an earlier year\'s day "ended" as a period', () => {
    const raid = 'WACO, Texas — On Feb. 28, 1993, about 76 agents of the federal Bureau of Alcohol, Tobacco and Firearms drove up to the Branch '
      + 'Davidian compound known as Mount Carmel, roughly 10 miles east of here, to serve a search warrant on the sect\'s leader, David Koresh.\n\n'
      + 'The first shots were fired at about 9:45 a.m.';
    expect(tag(raid, '2013-02-28').map((t) => t[3])).toEqual(['1993-02-28', '1993-02-28T09:45']);
    expect(tag('The siege ended on April 19, 1993. Around noon, fire swept through the wooden structure.', '2013-02-28').map((t) => t[3])).toEqual([
      '1993-04-19', '1993-04-19T12:00',
    ]);
  });

  it('do not make a bare clock time the last date told: "the next day" after "at 9am" still counts from the day named before it', () => {
    expect(tag('On 3 March 2010, at 9am, the plant closed. The next day, it was sold.', '2012-06-20').map((t) => t[3])).toEqual(['2010-03-03', '2010-03-03T09:00', '2010-03-04']);
  });

  it('put a bare clock time on the last day told when the story is there, in the past, or the time too is to come', () => {
    expect(tag('On Saturday the storm hit. At 8.30pm a transformer exploded.', '2020-12-14').map((t) => t[3])).toEqual(['2020-12-12', '2020-12-12T20:30']);
    expect(tag('The vote is on Friday, December 18. Polls will close at 10pm.', '2020-12-14').map((t) => t[3])).toEqual(['2020-12-18', '2020-12-18T22:00']);
    // Not on a day months ahead, told in another sentence as the end of something else ("suspending the debt ceiling until May 19"),
    // unless the time says so ("at 9 a.m. that day").
    expect(tag('The House will vote on a bill suspending the debt ceiling until May 19. The parade steps off at 2:30 p.m.', '2013-01-21').map((t) => t[3])).toEqual([
      '2013-05-19', '2013-01-21T14:30',
    ]);
    expect(tag('The trial is set for Sept. 9. Jury selection will begin at 9 a.m. that day.', '2013-03-27').map((t) => t[3])[1]).toBe('2013-09-09T09:00');
    // A small hour after a night told is the next day's: "passed it last night … signed the bill at 12:30 a.m.".
    expect(tag('The House passed the deal last night, and Obama signed the bill at 12:30 a.m.', '2013-10-17').map((t) => t[3])).toEqual([
      '2013-10-16TNI', '2013-10-17T00:30',
    ]);
    // Not after tonight, told of the day of writing, a small hour gone by: "pushed ashore tonight … the rain started just after 4 a.m.".
    expect(tag('Another storm pushed ashore tonight. The rain started here just after 4 a.m. and has barely stopped since.', '1998-02-17').map((t) => t[3])).toEqual([
      '1998-02-17TNI', '1998-02-17T04:00',
    ]);
    // So after a late hour told on a day: "At 11:50 p.m. Monday, … At about 1 a.m., the House voted".
    expect(tag('At 11:50 p.m. Monday, agencies were told to shut down. At about 1 a.m., the House voted.', '2013-10-01').map((t) => t[3])).toEqual([
      '2013-09-30T23:50', '2013-10-01T01:00',
    ]);
    // So a morning hour after an evening, a night or a day told late, gone by ("lost power Friday evening … By 7 a.m., crews had
    // restored service"), but not after the evening of the day of writing, whose morning is earlier ("still without power on Monday
    // evening … Gusts were recorded at 05:00").
    expect(tag('Customers lost power when a storm moved through Friday evening. By 7 a.m., crews had restored service.', '2013-08-24').map((t) => t[3]))
      .toEqual(['2013-08-23TEV', '2013-08-24T07:00']);
    expect(tag('A rockslide closed I-70 late Monday, and crews did not reopen the lanes until 3:45 a.m.', '2013-01-08').map((t) => t[3]))
      .toEqual(['2013-01-07', '2013-01-08T03:45']);
    expect(tag('Cardinals sent up black smoke on Tuesday evening and again shortly before noon.', '2013-03-13').map((t) => t[3]))
      .toEqual(['2013-03-12TEV', '2013-03-13T12:00']);
    expect(tag('A storm that began Friday afternoon had dropped 2 feet of snow by 7 a.m.', '2013-02-09').map((t) => t[3]))
      .toEqual(['2013-02-08TAF', '2013-02-09T07:00']);
    expect(tag('Homes were still without power on Monday evening. Gusts of 99mph were recorded at 05:00.', '2013-10-28').map((t) => t[3]))
      .toEqual(['2013-10-28TEV', '2013-10-28T05:00']);
    expect(tag('Sotomayor will lead the countdown tonight. A million people will crowd the area, some arriving before noon.', '2013-12-31').map((t) => t[3]))
      .toEqual(['2013-12-31TNI', '2013-12-31T12:00']);
    // Not on the end of a reported period, which is no day of the story.
    // Nor on a day gone by more than a week and told more than a sentence or two back.
    const hearing = 'The cyclist was killed on Feb. 12 on Route 9, where the road narrows to one lane without a shoulder for about a mile. Drivers '
      + 'have complained about the stretch for years, and the county has studied widening it. The state transportation department has '
      + 'not said whether it will add a bike lane. His widow spoke at the hearing, which began at 9 a.m.';
    expect(tag(hearing, '2013-10-23').map((t) => t[3])).toEqual(['2013-02-12', 'PXY', '2013-10-23T09:00']);
    // Nor, without its year written, outside the sentence of the time: "a blackout took effect on 9 February. … by 9pm".
    expect(tag('The party stood at 16% in the last polls before a blackout took effect on 9 February. Organisers said 800,000 people had '
      + 'filled the square by 9pm.', '2013-02-22').map((t) => t[3])).toEqual(['2013-02-09', '2013-02-22T21:00']);
    // Past a year told ahead, the day told a sentence back: "returned Friday night … before the mission ends next year. Their plane
    // touched down at 11:40 p.m."
    expect(tag('About 200 soldiers returned here Friday night, among the last to come home before the combat mission ends next year. '
      + 'Their plane touched down at 11:40 p.m., and families who had waited since early evening rushed onto the tarmac.', '2013-06-08')
      .map((t) => t[3])).toEqual(['2013-06-07TNI', '2014', '2013-06-07T23:40', '2013-06-07TEV']);
    // (A day with its year opens an earlier year's story: "killed on May 3, 2011. The storm touched down at 6:47 p.m.")
    expect(tag('Three people were killed on May 3, 2011. The storm touched down southwest of town at 6:47 p.m.', '2013-05-04').map((t) => t[3]))
      .toEqual(['2011-05-03', '2011-05-03T18:47']);
    expect(tag('Revenue rose in the quarter, which ended Sept. 30. The results were released at 4:05 p.m.', '2013-10-24').map((t) => t[3])).toEqual([
      '2013-Q3', '2013-09-30', '2013-10-24T16:05',
    ]);
    expect(tag('Polls will open at 6 a.m. on Tuesday and close at 9 p.m. Election officials said.', '2000-11-02').map((t) => t[3]))
      .toEqual(['2000-11-07T06:00', '2000-11-07', '2000-11-07T21:00']);
  });

  it('put clock times in apposition to a day on that day, whatever their tense: "Flu shot clinic: Saturday, 9 a.m.-4 p.m."', () => {
    expect(tag('Flu shot clinic: Saturday, 9 a.m.-4 p.m., County Health Department.', '2013-09-03').map((t) => t[3])).toEqual([
      '2013-09-07', '2013-09-07T09:00', '2013-09-07T16:00',
    ]);
    expect(tag('Book sale: Sunday, noon-3 p.m., Oakdale Library.', '2013-02-20').map((t) => t[3])).toEqual(['2013-02-24', '2013-02-24T12:00', '2013-02-24T15:00']);
  });

  it('do not put a bare clock time on a day only mentioned ahead, nor on a holiday to come: it is on the publication day', () => {
    expect(tag('Talks will continue on Tuesday. Figures published at noon show a rise.', '2020-12-14').map((t) => t[3])).toEqual(['2020-12-15', '2020-12-14T12:00']);
    expect(tag('Vaccinations will start before Christmas. The minister spoke at noon.', '2020-12-14').map((t) => t[3])).toEqual(['2020-12-25', '2020-12-14T12:00']);
  });

  it('put a live blog\'s time stamp opening a line on the publication day, whatever the entry before it told', () => {
    const blog = '08:05 The first jab was given last Tuesday.\n10:45 The review is due on Wednesday, December 16.\n  11:30 Talks go on.';
    expect(tag(blog, '2020-12-14').map((t) => [t[0], t[3]])).toEqual([
      ['08:05', '2020-12-14T08:05'],
      ['last Tuesday', '2020-12-08'],
      ['10:45', '2020-12-14T10:45'],
      ['Wednesday, December 16', '2020-12-16'],
      ['11:30', '2020-12-14T11:30'],
    ]);
  });

  it('do not take a clock time inside a line for a time stamp: "He left at 9pm" after a day told keeps that day', () => {
    expect(tag('On 3 March 2010 the plant closed.\nHe left at 9pm.', '2012-06-20').map((t) => t[3])).toEqual(['2010-03-03', '2010-03-03T21:00']);
  });

  it('read "9 o\'clock" as written, and "eight o\'clock in the evening" by its part of the day', () => {
    expect(tag("at 9 o'clock and eight o'clock in the evening, aged 9")).toEqual([
      ["9 o'clock", 3, 'TIME', '1998-08-07T09:00'],
      ["eight o'clock in the evening", 17, 'TIME', '1998-08-07T20:00'],
    ]);
  });

  it('put "ten o\'clock" after noon when its day is told in the afternoon, evening or night, but not a small hour of the night', () => {
    expect(tag("at ten o'clock last night, 4 o'clock Friday afternoon and two o'clock last night; 10 o'clock this morning")).toEqual([
      ["ten o'clock last night", 3, 'TIME', '1998-08-06T22:00'],
      ["4 o'clock Friday afternoon", 27, 'TIME', '1998-08-07T16:00'],
      ["two o'clock last night", 58, 'TIME', '1998-08-06T02:00'],
      ["10 o'clock this morning", 82, 'TIME', '1998-08-07T10:00'],
    ]);
    expect(tag("On Thursday evening at 8 o'clock").map((t) => t[3])).toEqual(['1998-08-06TEV', '1998-08-06T20:00']);
  });

  it('put a clock time written without a.m. or p.m. after noon when its day is told in the evening or night, but not a 24-hour one', () => {
    expect(tag('The quake struck at 3:02 this morning, that was 8:02 last night on the East Coast; the doors open at 7:30 tonight.')).toEqual([
      ['3:02 this morning', 20, 'TIME', '1998-08-07T03:02'],
      ['8:02 last night', 48, 'TIME', '1998-08-06T20:02'],
      ['7:30 tonight', 101, 'TIME', '1998-08-07T19:30'],
    ]);
    expect(tag('at 08:02 last night and at 2:30 last night').map((t) => t[3])).toEqual(['1998-08-06T08:02', '1998-08-06T02:30']);
  });

  it('read a clock time with its minutes and "in the morning" or "in the evening" as one time', () => {
    expect(tag("DUNN: It's 8:30 in the morning here, and we met at 10:15 in the evening.")).toEqual([
      ['8:30 in the morning', 11, 'TIME', '1998-08-07T08:30'],
      ['10:15 in the evening', 51, 'TIME', '1998-08-07T22:15'],
    ]);
  });

  it('read "11 o\'clock at night" and "10:30 at night" as the night\'s hours, but not a bare number before "at night"', () => {
    expect(tag("a meeting that runs past 11 o'clock at night, and he left at 10:30 at night; two o'clock at night").map((t) => [t[0], t[3]])).toEqual([
      ["11 o'clock at night", '1998-08-07T23:00'], ['10:30 at night', '1998-08-07T22:30'], ["two o'clock at night", '1998-08-07T02:00'],
    ]);
    expect(tag('He drove on Route 9 at night.').map((t) => t[0])).toEqual(['night']);
  });

  it('read "a quarter to nine" and "half past ten" as transcripts speak them, after noon on an evening or night told with them', () => {
    expect(tag('at a quarter to nine tonight and half past ten last night')).toEqual([
      ['a quarter to nine tonight', 3, 'TIME', '1998-08-07T20:45'],
      ['half past ten last night', 33, 'TIME', '1998-08-06T22:30'],
    ]);
    expect(tag('The vote is at a quarter past 11.')).toEqual([['a quarter past 11', 15, 'TIME', '1998-08-07T11:15']]);
    expect(tag('at a quarter to one and half past twelve in the morning').map((t) => t[3])).toEqual(['1998-08-07T12:45', '1998-08-07T00:30']);
    expect(tag('Shares rose to 9 cents and half to two thirds.')).toEqual([]);
  });

  it('keep a zone told by its name alone inside, as American broadcasts tell it, but not a place named after it', () => {
    expect(tag('Polls close at 8 p.m. Eastern, and it airs at 9 p.m. Pacific on CNN.')).toEqual([
      ['8 p.m. Eastern', 15, 'TIME', '1998-08-07T20:00'],
      ['9 p.m. Pacific', 46, 'TIME', '1998-08-07T21:00'],
    ]);
    // ("Eastern Europe time" is a zone named by its place, which comes inside, as "noon London time" does.)
    expect(tag('at 8 p.m. Eastern Europe time and 5 p.m. Central Park')).toEqual([
      ['8 p.m. Eastern Europe time', 3, 'TIME', '1998-08-07T20:00'],
      ['5 p.m.', 34, 'TIME', '1998-08-07T17:00'],
    ]);
  });

  it('keep a zone named by a place and "time" inside, "noon London time", but not "This time" after a clock time', () => {
    expect(tag('It was announced at noon London time, at 1:45 p.m. Frankfurt time and at 5:34 AM New York time.').map((t) => t[0])).toEqual([
      'noon London time', '1:45 p.m. Frankfurt time', '5:34 AM New York time',
    ]);
    expect(tag('He left at 3 p.m. This time he was late.').map((t) => t[0])).toEqual(['3 p.m.']);
  });

  it('do not take the start of a longer word for a time zone', () => {
    expect(tag('landed at 5 p.m. ETA')).toEqual([['5 p.m.', 10, 'TIME', '1998-08-07T17:00']]);
  });

  it('do not read scores, versions or prices as times', () => {
    expect(tag('won 3-2 with version 2.1, at 14.05, for £1.50pm')).toEqual([]);
  });

  it('read European copy’s "at 18.00" as a time after a preposition of time, on a quarter of the hour or with an hour’s leading zero', () => {
    expect(tag('The rally began at 18.00 on Independence Avenue.', '2020-08-20')).toEqual([['18.00', 19, 'TIME', '2020-08-20T18:00']]);
    expect(tag('Polling stations opened at 08.00 and closed at 20.00.', '2020-08-20')).toEqual([
      ['08.00', 27, 'TIME', '2020-08-20T08:00'],
      ['20.00', 47, 'TIME', '2020-08-20T20:00'],
    ]);
    expect(tag('At 19.30, police began dispersing the crowd.', '2020-08-20')).toEqual([['19.30', 3, 'TIME', '2020-08-20T19:30']]);
    expect(tag('A curfew runs from 23.00 to 06.00.', '2020-08-20')).toEqual([
      ['23.00', 19, 'TIME', '2020-08-20T23:00'],
      ['06.00', 28, 'TIME', '2020-08-21T06:00'],
    ]);
  });

  it('do not read a price or a level after a preposition as a European time', () => {
    expect(tag('Shares closed at 18.30, down 2%. The ruble rose from 18.15 to 18.45 roubles. Prices were cut to 18.00 roubles.')).toEqual([]);
  });

  it('read a capitalised "Midnight" or "Noon" before a day as the time, though before a name it is none', () => {
    expect(tagTimexes('Midnight Friday is the deadline. Noon Sunday, they met.', { dct: '2013-06-18' }).map((t) => [t.text, t.value])).toEqual([
      ['Midnight Friday', '2013-06-14T24:00'],
      ['Noon Sunday', '2013-06-16T12:00'],
    ]);
  });
});

describe('clock times in a listing', () => {
  const tagged = (text: string, dct: string) => tagTimexes(text, { dct }).map((t) => [t.text, t.value]);

  it('puts a bare time in the lines under a heading on the heading\'s day, not on a day told before it', () => {
    const listing = 'ROAD WORK\nMONDAY, JUNE 10\nElm Street: closed 7 a.m.-3:30 p.m.\nTUESDAY, JUNE 11\nHarbor Road: closed 9 a.m.-2 p.m. for paving.\n'
      + 'WEDNESDAY, JUNE 12\nInterstate 91: right lane closed 8 p.m.-5 a.m.\n';
    expect(tagged(listing, '2013-06-10')).toEqual([
      ['MONDAY, JUNE 10', '2013-06-10'], ['7 a.m.', '2013-06-10T07:00'], ['3:30 p.m.', '2013-06-10T15:30'],
      ['TUESDAY, JUNE 11', '2013-06-11'], ['9 a.m.', '2013-06-11T09:00'], ['2 p.m.', '2013-06-11T14:00'],
      ['WEDNESDAY, JUNE 12', '2013-06-12'], ['8 p.m.', '2013-06-12T20:00'], ['5 a.m.', '2013-06-13T05:00'],
    ]);
    expect(tagged('FRIDAY, JAN. 11\nRidgeview Symphony, "Winter Light," Fulton Auditorium, 7:30 p.m.', '2013-01-10')).toEqual([
      ['FRIDAY, JAN. 11', '2013-01-11'], ['7:30 p.m.', '2013-01-11T19:30'],
    ]);
    // After the day's name in capitals too.
    expect(tagged('PALM SUNDAY, MARCH 24\nFirst Congregational Church: Worship with a procession of palms, 10 a.m.', '2013-03-22').map((t) => t[1]))
      .toEqual(['2013-03-24', '2013-03-24', '2013-03-24T10:00']);
  });

  it('leaves a time past a blank line after the heading, or after a day told within a sentence, to the story', () => {
    expect(tagged('FRIDAY, JAN. 11\n\nThe council met at 7 p.m. and approved the budget.', '2013-01-10').map((t) => t[1])).toEqual(['2013-01-11', '2013-01-10T19:00']);
  });
});

