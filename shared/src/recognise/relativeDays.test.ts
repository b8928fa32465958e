import { describe, expect, it } from 'vitest';
import { ORDINALS } from '../lexicon/en/numbers';
import { tagTimexes } from '../tagTimexes';

// Published on Friday 7 August 1998.
const tag = (text: string, dct = '1998-08-07') => tagTimexes(text, { dct }).map((t) => [t.text, t.start, t.type, t.value]);

describe('relative days', () => {
  it('count "tonight" and the days of a story from the day its dateline tells, where the paper is of a day or so later', () => {
    const story = 'Chicago School Board Votes to Close Schools\n\nBy PETER J. HALVORSEN\n\nCHICAGO, June 6 - The Board of Education voted tonight to '
      + 'close 11 schools. The meeting began at 2 p.m. on Tuesday.';
    expect(tag(story, '1990-06-07').map((t) => [t[0], t[3]])).toEqual([
      ['June 6', '1990-06-06'], ['tonight', '1990-06-06TNI'], ['2 p.m.', '1990-06-05T14:00'], ['Tuesday', '1990-06-05'],
    ]);
    // A dateline of the publication's day, or of one more than a few days before it, leaves the publication's day.
    expect(tag('CHICAGO, June 7 - The board voted tonight.', '1990-06-07').map((t) => t[3])).toEqual(['1990-06-07', '1990-06-07TNI']);
    expect(tag('CHICAGO, May 20 - The board voted tonight.', '1990-06-07').map((t) => t[3])).toEqual(['1990-05-20', '1990-06-07TNI']);
  });

  it('count "the previous Friday" from the story\'s day, past a month told since', () => {
    expect(tag('Oil prices are expected to remain volatile this week. On Friday, crude for October delivery settled at $31.93, up $4.73 from the previous Friday.', '1990-08-27').map((t) => [t[0], t[3]])).toEqual([
      ['this week', '1990-W35'],
      ['Friday', '1990-08-24'],
      ['October', '1990-10'],
      ['the previous Friday', '1990-08-17'],
    ]);
  });

  it('read a day word after a capitalised word of schedule in a headline as the day: "Third Estimated Tax Payment Due Today"', () => {
    expect(tagTimexes('Third Estimated Tax Payment Due Today\nFreelancers owe their third payment.', { dct: '2013-09-16' }).map((t) => [t.text, t.value]))
      .toEqual([['Today', '2013-09-16']]);
  });

  it('read "today" set against a year ten or more years back as the present, not the day of publication', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-06-09' }).map((t) => [t.text, t.value]);
    expect(values('In 1972 a cup of coffee cost a dime. It costs $1.25 today.')).toEqual([['1972', '1972'], ['today', 'PRESENT_REF']]);
    expect(values('In the 1970s nearly every customer spoke Italian; today, about half are Chinese.').map((t) => t[1])).toEqual(['197', 'PRESENT_REF']);
    expect(values('The population fell from 1.8 million in 1950 to about 700,000 today.').map((t) => t[1])).toEqual(['1950', 'PRESENT_REF']);
    expect(values('The chapter had 18,000 members in the 1980s and has fewer than 10,000 today.').map((t) => t[1])).toEqual(['198', 'PRESENT_REF']);
    // A verb in the present right after its subject, whatever a later clause tells; and counted from the decade, however far back
    // the story's last day was told.
    expect(values('I met a retired bus driver this week who worked for the city for 31 years and now gets about $1,600. She checks the news '
      + 'every day. How did the city get here? It has been a long slide. Detroit had nearly two million residents in the 1950s. Today it '
      + 'has about 700,000, and between 2000 and 2010 it lost a quarter.').map((t) => t[1])).toEqual([
      '2013-W23', 'P31Y', 'PRESENT_REF', 'P1D', '195', 'PRESENT_REF', '2000', '2010', 'P1Q',
    ]);
    // Any verb in the present after the subject, not a plural noun after a determiner.
    expect(values('It moved to its present building in 1957. Today it holds about 14,000 objects.').map((t) => t[1])).toEqual(['1957', 'PRESENT_REF']);
    expect(values('It went public in 1957. Today its shares fell 5 percent.').map((t) => t[1])).toEqual(['1957', '2013-06-09']);
    // Not the day an act is told of, nor a year just gone.
    expect(values('He has governed since 1990. He left today for Paris.').map((t) => t[1])).toEqual(['1990', '2013-06-09']);
    expect(values('In 2012 it cost a dime. It costs $1.25 today.').map((t) => t[1])).toEqual(['2012', '2013-06-09']);
    // "Today" opening its sentence, a present after its subject, is set against any year gone by; not as the subject itself.
    expect(values('"In 2011, fewer than one in five visits came from a phone," he said. "Today more than half are on phones."').map((t) => t[1]))
      .toEqual(['2011', 'PRESENT_REF']);
    expect(values('The old school burned down in July 2011. "Today is the start of a new chapter," she said.').map((t) => t[1])).toEqual(['2011-07', '2013-06-09']);
  });

  it('read "today" after people in general opening a sentence as the present: "Parents today often don\'t recognize"', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-06-09' }).map((t) => t.value);
    expect(values('"Parents today often don\'t recognize it," she said.')).toEqual(['PRESENT_REF']);
    expect(values('The study was small. Many young people today treat sleep as optional.')).toEqual(['PRESENT_REF']);
    // Not people a thing is done to or for today.
    expect(values('Candidates made their final appeals to voters today.')).toEqual(['2013-06-09']);
    expect(values('"I brought my kids today," she said.')).toEqual(['2013-06-09']);
  });

  it('read a weekday a source said on a day told before it "would" come as the first after that day, a future seen from then', () => {
    // Written on Tuesday 7 August 1990: the Sunday after Friday 3 August has gone by.
    expect(tag('Baghdad said Friday that it would begin pulling its troops out of Kuwait on Sunday.', '1990-08-07').map((t) => t[3])).toEqual(['1990-08-03', '1990-08-05']);
    // "will" tells a future from now.
    expect(tag('Baghdad said Friday that it will begin pulling its troops out on Sunday.', '1990-08-07').map((t) => t[3])).toEqual(['1990-08-03', '1990-08-12']);
  });

  it('read a weekday "ahead of" which a clause takes place as still to come, after the day the clause tells if it tells one', () => {
    // (Not after a day told far ahead: "raise the debt limit until February 7, ahead of Thursday's deadline".)
    expect(tag('They agreed to raise the debt limit until February 7, ahead of Thursday\'s deadline.', '2013-10-16').map((t) => t[3])).toEqual([
      '2014-02-07', '2013-10-17',
    ]);
    // Written on Thursday 21 March 2013, and on the Monday after the vote.
    expect(tag('Police arrested 20 activists ahead of Sunday\'s vote; markets rose ahead of Friday\'s jobs report.', '2013-03-21').map((t) => t[3])).toEqual(['2013-03-24', '2013-03-22']);
    expect(tag('Police arrested 20 activists on Saturday ahead of Sunday\'s vote.', '2013-03-25').map((t) => t[3])).toEqual(['2013-03-23', '2013-03-24']);
    // "heading into", "going into" an event, or carrying something into it, as "ahead of" it; a week named puts the day in it.
    expect(tag('Polls showed a close contest heading into Tuesday\'s midterm elections.', '1998-10-31').map((t) => t[3])).toEqual(['1998-11-03']);
    expect(tag('Woods will carry his lead into Sunday\'s final round.', '2000-06-17').map((t) => t[3])).toEqual(['2000-06-18']);
    expect(tag('Gore won Tuesday, regaining his footing heading into next Tuesday\'s contests.', '2000-03-01').map((t) => t[3])).toEqual(['2000-02-29', '2000-03-07']);
    // A day named for what happened on it is past.
    expect(tag('Shares fell after Friday\'s jobs report.', '2013-03-21').map((t) => t[3])).toEqual(['2013-03-15']);
  });

  it('read "Monday of last week" as that week\'s Monday, which "last Monday" need not be', () => {
    // 14 March 2022 is a Monday.
    expect(tagTimexes('The trial began on Monday of last week and ends on Friday of next week.', { dct: '2022-03-14' }).map((t) => [t.text, t.value])).toEqual([
      ['Monday of last week', '2022-03-07'],
      ['Friday of next week', '2022-03-25'],
    ]);
  });

  it('count today, yesterday and tomorrow from the publication date', () => {
    expect(tag('today, yesterday, tomorrow and the day before yesterday')).toEqual([
      ['today', 0, 'DATE', '1998-08-07'],
      ['yesterday', 7, 'DATE', '1998-08-06'],
      ['tomorrow', 18, 'DATE', '1998-08-08'],
      ['the day before yesterday', 31, 'DATE', '1998-08-05'],
    ]);
  });

  it('read a bare part of the day after "by" or "until", and "the night" after "through", as a time of the day told', () => {
    const values = (text: string) => tagTimexes(text, { dct: '2013-07-30' }).map((t) => [t.text, t.value]);
    expect(values('Showers are likely this afternoon, with clearing skies by evening.')).toEqual([['this afternoon', '2013-07-30TAF'], ['evening', '2013-07-30TEV']]);
    expect(values('Rescuers worked through the night; fighting continued throughout the night.')).toEqual([['the night', '2013-07-30TNI'], ['the night', '2013-07-30TNI']]);
    expect(values('The night was cold, and we walked towards morning light.')).toEqual([]);
  });

  it('read "overnight" as the night just past, or the coming one in the future, but not "an overnight success"', () => {
    const values = (text: string) => tag(text).map((t) => [t[0], t[3]]);
    expect(values('Five people were killed overnight.')).toEqual([['overnight', '1998-08-06TNI']]);
    expect(values('Snow is expected overnight.')).toEqual([['overnight', '1998-08-07TNI']]);
    expect(values('She became an overnight success after an overnight stay.')).toEqual([]);
    expect(values('The central bank has kept its overnight rate unchanged; overnight lending rose.')).toEqual([]);
    expect(values('He had worked the overnight shift there; the city bans overnight parking downtown.')).toEqual([]);
    expect(values('Deputies added a second overnight car; a restart must include two overnight periods; overnight lows near 55.')).toEqual([]);
    // Nor "suddenly", denied: "It won't happen overnight", "It can't be solved overnight".
    expect(values("It won't happen overnight, and it can't be solved overnight.")).toEqual([]);
    // What happens in a night after "an overnight" tells that night.
    expect(values('Roads closed after an overnight snowfall, and Israel carried out an overnight raid.')).toEqual([
      ['overnight', '1998-08-06TNI'],
      ['overnight', '1998-08-06TNI'],
    ]);
  });

  it('read "overnight Sunday" as one expression, that day\'s night', () => {
    expect(tagTimexes('Temperatures could fall to minus 10 C overnight Sunday.', { dct: '2013-03-23' }).map((t) => [t.text, t.type, t.value])).toEqual([
      ['overnight Sunday', 'TIME', '2013-03-24TNI'],
    ]);
  });

  it('read "overnight" in a story told in the past of a day already told as that day\'s night, or the night before a morning told', () => {
    const values = (text: string) => tag(text, '2012-10-31').map((t) => [t[0], t[3]]);
    expect(values('On Sunday, October 28, the rain began. The storm strengthened overnight, and the next day it hit the coast.')).toEqual([
      ['Sunday, October 28', '2012-10-28'],
      ['overnight', '2012-10-28TNI'],
      ['the next day', '2012-10-29'],
    ]);
    expect(values('On Tuesday morning the damage became clear. 100 houses had burned down overnight.')).toEqual([
      ['Tuesday morning', '2012-10-30TMO'],
      ['overnight', '2012-10-29TNI'],
    ]);
  });

  it('keep "overnight" on the night before the publication, or the coming one, after a day still to come or the publication day', () => {
    const values = (text: string) => tag(text, '2012-10-31').map((t) => [t[0], t[3]]);
    expect(values('The vote is on Friday, November 2. Results will come overnight.')).toEqual([['Friday, November 2', '2012-11-02'], ['overnight', '2012-10-31TNI']]);
    expect(values('Today the city is quiet. Five people were killed overnight.')).toEqual([['Today', '2012-10-31'], ['overnight', '2012-10-30TNI']]);
    // A day told as background, weeks before the publication, is not the story's night.
    expect(values('The bombings, on Oct. 7, killed 247. Sites were struck overnight.')).toEqual([['Oct. 7', '2012-10-07'], ['overnight', '2012-10-30TNI']]);
  });

  it('make a day with a part of the day a TIME', () => {
    expect(tag('this morning and yesterday afternoon and tonight')).toEqual([
      ['this morning', 0, 'TIME', '1998-08-07TMO'],
      ['yesterday afternoon', 17, 'TIME', '1998-08-06TAF'],
      ['tonight', 41, 'TIME', '1998-08-07TNI'],
    ]);
  });

  it('read "this past Monday" as last Monday, but "past" alone before a day as the preposition: "keep the government open past Monday night"', () => {
    expect(tag('He spoke this past Monday. It would keep the government open past Monday night.', '2013-09-29').map((t) => [t[0], t[3]])).toEqual([
      ['this past Monday', '2013-09-23'], ['Monday night', '2013-09-30TNI'],
    ]);
  });

  it('read "following" and "previous" without "the" as prepositions: "following Thursday\'s launch" is Thursday, not the Thursday after', () => {
    expect(tag('The crew settled into their work today, following Thursday\'s launch.', '1998-10-31').map((t) => [t[0], t[3]])).toEqual([
      ['today', '1998-10-31'], ['Thursday', '1998-10-29'],
    ]);
    expect(tag('The launch was on Monday. The crew landed the following Thursday.', '1998-10-31').map((t) => [t[0], t[3]])).toEqual([
      ['Monday', '1998-10-26'], ['the following Thursday', '1998-10-29'],
    ]);
  });

  it('take a weekday in the past by default, without the "on" before it', () => {
    expect(tag('He left on Wednesday.')).toEqual([['Wednesday', 11, 'DATE', '1998-08-05']]);
    expect(tag('He left on Friday.')).toEqual([['Friday', 11, 'DATE', '1998-08-07']]);
  });

  it('take the publication\'s own weekday in the past perfect, which looks back from a past already told, a week back', () => {
    const story = 'The invasion began on Thursday. Putin had recognised the two breakaway regions on Monday.';
    expect(tag(story, '2022-02-28').map((t) => t[3])).toEqual(['2022-02-24', '2022-02-21']);
    expect(tag(story.replace('had recognised', 'recognised'), '2022-02-28').map((t) => t[3])).toEqual(['2022-02-24', '2022-02-28']);
    // Reported speech shifts the tense back without looking back: "reported that he had offered his resignation on Tuesday".
    const reported = 'Five ministers resigned on Monday, and state media reported that the minister had offered his resignation on Tuesday.';
    expect(tag(reported, '2013-07-02').map((t) => t[3])).toEqual(['2013-07-01', '2013-07-02']);
    // So with no "that": "She said she had already spoken with Gabriel on Monday morning", told on the Monday after Sunday's election.
    const saidShe = "Merkel won 41.5 percent in Sunday's election. She said she had already spoken by telephone with Gabriel on Monday morning.";
    expect(tag(saidShe, '2013-09-23').map((t) => t[3])).toEqual(['2013-09-22', '2013-09-23TMO']);
    // Nor a plan told in the past perfect, which fell through lately: "a speech he had been due to give on Friday", told on a Friday.
    const plan = 'Cameron postponed a speech on Europe that he had been due to give in Amsterdam on Friday.';
    expect(tag(plan, '2013-01-18').map((t) => t[3])).toEqual(['2013-01-18']);
    // Such a plan is of the week around now, either side of it: "had been scheduled for Wednesday", told on a Monday, is two days on.
    const called = 'Leaders postponed a test vote that had been scheduled for Wednesday. The rocket had been set to lift off on Saturday.';
    expect(tag(called, '2013-09-09').map((t) => t[3])).toEqual(['2013-09-11', '2013-09-14']);
    // Nor the day "as of" which the perfect is told: "No homes had been destroyed as of 7 a.m. Friday", told on a Friday.
    const asOf = 'Winds pushed the flames through dry brush Thursday night. No homes had been destroyed as of 7 a.m. Friday.';
    expect(tag(asOf, '2013-09-27').map((t) => t[3])).toEqual(['2013-09-26TNI', '2013-09-27T07:00']);
  });

  it('read weekdays abbreviated with a full stop, but not the verb "wed" or the ambiguous "Sun."', () => {
    expect(tag('The talks began on Tues. and ended late Wed. night.')).toEqual([
      ['Tues.', 19, 'DATE', '1998-08-04'],
      ['late Wed. night', 35, 'TIME', '1998-08-05TNI'],
    ]);
    expect(tag('They wed. Sun. readers were told.')).toEqual([]);
  });

  it('read "the Tuesday after next" as the Tuesday of the week after next, but not before "week"', () => {
    // Published on Wednesday 20 March 2013.
    expect(tag('The vote is on the Tuesday after next.', '2013-03-20').map((t) => [t[0], t[3]])).toEqual([['the Tuesday after next', '2013-04-02']]);
    expect(tag('It ends the Tuesday after next week.', '2013-03-20').map((t) => t[0])).toEqual(['Tuesday', 'next week']);
  });

  it('read no day in a count of weekdays by any ordinal or run word: "the twentieth successive Monday", "a 2nd running Friday"', () => {
    for (const ordinal of [...Object.keys(ORDINALS).filter((o) => o !== 'last'), '1st', '2nd', '3rd', '4th']) {
      for (const run of ['', 'consecutive ', 'straight ', 'successive ', 'running ']) expect(tag(`It was the ${ordinal} ${run}Monday of strikes.`), `${ordinal} ${run}`).toEqual([]);
    }
  });

  it('read no day in a count of weekdays, "for the fourth consecutive Sunday", "a 3rd straight Friday"', () => {
    expect(tag('They marched for the fourth consecutive Sunday on 2 August; it was a 3rd straight Friday of strikes.').map((t) => t[0])).toEqual(['2 August']);
  });

  it('take a weekday in the future when the sentence speaks of it', () => {
    expect(tag('He will leave on Wednesday.')).toEqual([['Wednesday', 17, 'DATE', '1998-08-12']]);
    expect(tag('The team is to resume talks Tuesday.')).toEqual([['Tuesday', 28, 'DATE', '1998-08-11']]);
  });

  it('take a weekday of a plan told in the past in the week around, before or after now: "any tax owed was due Wednesday"', () => {
    // Told on Friday 7 August 1998: the Wednesday two days back, the Monday three days ahead.
    expect(tag('Any tax owed was due Wednesday.').map((t) => t[3])).toEqual(['1998-08-05']);
    expect(tag('The talks were to resume Monday.').map((t) => t[3])).toEqual(['1998-08-10']);
  });

  it('leave the day of a weekday open in a story that told only its year or month', () => {
    const story = (text: string) => tagTimexes(text).map((t) => [t.text, t.type, t.value]);
    expect(story('In 1941 the war spread. On Sunday, Japan attacked.')).toEqual([['1941', 'DATE', '1941'], ['Sunday', 'DATE', '1941-XX-XX']]);
    expect(story('In June 2021 sanctions came. On Friday night, officials spoke.')).toEqual([['June 2021', 'DATE', '2021-06'], ['Friday night', 'TIME', '2021-06-XXTNI']]);
  });

  it('put a later weekday listed after one still to come in its week, whatever the tense: "after Tuesday and Wednesday were declared holidays"', () => {
    expect(tag('Banks will remain closed until Thursday, after Tuesday and Wednesday were declared bank holidays.', '2013-03-18').map((t) => t[3])).toEqual([
      '2013-03-21', '2013-03-19', '2013-03-20',
    ]);
  });

  it('read a weekday no verb tells the tense of, right after a day still to come in the week ahead, as ahead too', () => {
    // Told on Saturday 20 July 2013: the fair opens Monday; the forecast is for Thursday; the tractor pull is the Tuesday after.
    expect(tag('The forecast calls for storms Thursday. Highlights include the tractor pull Tuesday night.', '2013-07-20').map((t) => t[3])).toEqual([
      '2013-07-25', '2013-07-23TNI',
    ]);
    // Not after a day gone by: "The fair opened Monday. Highlights included the tractor pull Tuesday night."
    expect(tag('The fair opened Monday. Highlights included the tractor pull Tuesday night.', '2013-07-20').map((t) => t[3])).toEqual([
      '2013-07-15', '2013-07-16TNI',
    ]);
  });

  it('read a weekday set beside the day told, "The next morning, a Saturday,", as that day, however long ago', () => {
    expect(tag('Kennedy was shot on Nov. 22, 1963. The next morning, a Saturday, his father drove downtown.', '2013-11-22').map((t) => t[3])).toEqual([
      '1963-11-22', '1963-11-23TMO', '1963-11-23',
    ]);
    // ("on Dec. 7, 1941, a quiet Sunday morning": with an adjective too.)
    expect(tag('The first planes appeared over the harbor on Dec. 7, 1941, a quiet Sunday morning.', '1991-12-06').map((t) => t[3])).toEqual(['1941-12-07', '1941-12-07TMO']);
  });

  it('put a weekday in the paragraph of a story retold from years back, once it has moved on from the day written, in that story\'s week', () => {
    const retold = 'At 7 p.m. on Monday, Oct. 22, 1962, Kennedy went on television. Army convoys rolled south that night. By Tuesday afternoon, the shelves were bare.';
    expect(tag(retold, '1997-10-22').map((t) => t[3])).toEqual(['1962-10-22T19:00', '1962-10-22', '1962-10-22TNI', '1962-10-23TAF']);
    // So a weekday in a clause joined by "and" right after the day written.
    expect(tag('The fair opened on Friday, Aug. 15, 1969, and was supposed to end Sunday night.', '1999-08-13').map((t) => t[3])).toEqual(['1969-08-15', '1969-08-17TNI']);
    // Not a day of the news that follows the day written, nor one in a paragraph of its own.
    expect(tag('The men were held after the bombing of the embassies on Aug. 7, 1998. Libya demanded an explanation Sunday.', '2013-10-07').map((t) => t[3])).toEqual([
      '1998-08-07', '2013-10-06',
    ]);
    expect(tag('Army convoys rolled south on Oct. 22, 1962, and that night the shelves were bare.\n\nOn Tuesday, veterans gathered in Miami.', '1997-10-22').map((t) => t[3])).toEqual([
      '1962-10-22', '1962-10-22TNI', '1997-10-21',
    ]);
  });

  it('read the weekday of the day told just before as that day again, unless the tense puts it on the other side of now', () => {
    // Told on Sunday 19 May 2013: "tomorrow" is Monday, and so is the Monday after it, with no verb telling its tense.
    expect(tag('Forecasters say tomorrow could be worse. Monday afternoon and Monday evening look very active.', '2013-05-19').map((t) => t[3])).toEqual([
      '2013-05-20', '2013-05-20TAF', '2013-05-20TEV',
    ]);
    expect(tag('With Christmas on Tuesday, retailers are anxious.', '1990-12-21').map((t) => t[3])).toEqual(['1990-12-25', '1990-12-25']);
    // A Sunday still to come, then a Sunday told in the past: last Sunday.
    expect(tag('Merkel warned ahead of Sunday\'s federal election. Her partners suffered a heavy defeat in Bavaria on Sunday.', '2013-09-17').map((t) => t[3])).toEqual([
      '2013-09-22', '2013-09-15',
    ]);
  });

  it('put a Saturday or Sunday told in the sentence of "this weekend" on that weekend', () => {
    expect(tag('Festivities shift into high gear this weekend with the annual parade Saturday morning.', '2013-12-06').map((t) => t[3])).toEqual([
      '2013-W49-WE', '2013-12-07TMO',
    ]);
    // So "the weekend" the tense placed (told on Wednesday 15 May 2013), with no tense told between it and the day.
    expect(tag('Another round of storms is possible Thursday afternoon, Olander said, but the weekend looks dry, with highs in the 70s Saturday and Sunday.', '2013-05-15').map((t) => t[3])).toEqual([
      '2013-05-16TAF', '2013-W20-WE', '2013-05-18', '2013-05-19',
    ]);
    expect(tag('Eastern said it would fly fewer flights through the weekend, as a walkout that began Saturday kept its jets grounded.', '1989-03-09').map((t) => t[3])).toEqual([
      '1989-W10-WE', '1989-03-04',
    ]);
  });

  it('put a weekday in the week that a week counted from now, opening the sentence, names', () => {
    // Told on Saturday 9 March 2013.
    expect(tag('Next week brings reports on retail sales on Wednesday and consumer prices on Friday.', '2013-03-09').map((t) => t[3])).toEqual([
      '2013-W11', '2013-03-13', '2013-03-15',
    ]);
    expect(tag('Last week, the company said on Tuesday that it would cut jobs.', '2013-03-07').map((t) => t[3])).toEqual(['2013-W09', '2013-02-26']);
    // Not a week told further into the sentence, nor a day the tense puts on the other side of now.
    expect(tag('An infant was hospitalized last week and was released Monday.', '2013-05-21').map((t) => t[3])).toEqual(['2013-W20', '2013-05-20']);
    expect(tag('Beginning next week, the county will test the water twice a week, health officials said Tuesday.', '2013-07-17').map((t) => t[3]))
      .toEqual(['2013-W30', 'P1W', '2013-07-16']);
  });

  it('read "That Thursday" opening a sentence, or "that" after a preposition, as that weekday of the week of the day told', () => {
    expect(tag('King spent most of April 4, 1968, at the motel. That Thursday morning, his lawyers were in court. On that Friday, they met.', '2013-04-04').map((t) => [t[0], t[3]])).toEqual([
      ['April 4, 1968', '1968-04-04'], ['That Thursday morning', '1968-04-04TMO'], ['that Friday', '1968-04-05'],
    ]);
    // Not "that" opening a clause: "said that Thursday was the deadline".
    expect(tag('Officials said that Thursday was the deadline.', '2013-04-04').map((t) => t[0])).toEqual(['Thursday']);
  });

  it('read last and next weekdays', () => {
    // (A list runs on past the week's end: "on Saturday, Sunday and Monday".)
    expect(tag('The series shifts to Granite City for Games 3, 4 and 5 on Saturday, Sunday and Monday.', '2013-10-24').map((t) => t[3])).toEqual([
      '2013-10-26', '2013-10-27', '2013-10-28',
    ]);
    expect(tag('last Monday and next Tuesday')).toEqual([
      ['last Monday', 0, 'DATE', '1998-08-03'],
      ['next Tuesday', 16, 'DATE', '1998-08-11'],
    ]);
  });

  it('take the day a thing was done for in "Wednesday\'s ruling" from the past', () => {
    expect(tag("They will appeal Wednesday's ruling.")).toEqual([['Wednesday', 17, 'DATE', '1998-08-05']]);
    // "New Year's" is the holiday's own name, no day's thing: the tense tells which.
    expect(tag("Most of them won't tune in until after New Year's.", '1991-12-10').map((t) => t[3])).toEqual(['1992-01-01']);
  });

  it('read "the very next day" and "the very same day" as the next and the same day', () => {
    expect(tag('He left on Monday. The very next day he returned.', '2013-02-14').map((t) => [t[0], t[3]])).toEqual([
      ['Monday', '2013-02-11'], ['The very next day', '2013-02-12'],
    ]);
    expect(tag('He left on Monday. On the very same day, she left.', '2013-02-14').map((t) => t[3])).toEqual(['2013-02-11', '2013-02-11']);
  });

  it('leave the story on its day after a day before it told in the past perfect: "The day before, the mayor had ordered"', () => {
    const story = 'Katrina came ashore at 6:10 a.m. on Aug. 29, 2005. The day before, the mayor had ordered an evacuation. Floodwalls gave way that morning.';
    expect(tag(story, '2013-08-29').map((t) => t[3])).toEqual(['2005-08-29T06:10', '2005-08-29', '2005-08-28', '2005-08-29TMO']);
  });

  it('leave the story on its day after an earlier day a figure is compared with: "up from 151.8 million Tuesday"', () => {
    const story = 'Stocks rose yesterday. Volume was 168.2 million shares, up from 151.8 million Tuesday. Buying picked up in the afternoon.';
    expect(tag(story, '1989-11-02').map((t) => t[3])).toEqual(['1989-11-01', '1989-10-31', '1989-11-01TAF']);
    // So a month of a year written, which a month of figures is compared with: the next month alone is still of now.
    const sales = 'Kaido sold 612,400 cars in January, compared with 572,300 in January 2012. Sales have declined since September, when a subsidy '
      + 'expired, and production fell in January.';
    expect(tag(sales, '2013-03-01').map((t) => t[3])).toEqual(['2013-01', '2012-01', '2012-09', '2013-01']);
  });

  it('count "that night" and "the next morning" from the last day told, as a TIME', () => {
    expect(tag('They met on Aug. 3. That night talks broke down, and early the next morning they left.')).toEqual([
      ['Aug. 3', 12, 'DATE', '1998-08-03'],
      ['That night', 20, 'TIME', '1998-08-03TNI'],
      ['early the next morning', 53, 'TIME', '1998-08-04TMO'],
    ]);
    expect(tag('On Monday the previous evening and that same afternoon')).toEqual([
      ['Monday', 3, 'DATE', '1998-08-03'],
      ['the previous evening', 10, 'TIME', '1998-08-02TEV'],
      ['that same afternoon', 35, 'TIME', '1998-08-02TAF'],
    ]);
  });

  it('read "in the morning" and "by mid afternoon" as parts of the last day told', () => {
    expect(tag('Clashes that began on Thursday night continued into the afternoon.').map((t) => t[0])).toEqual(['Thursday night', 'the afternoon']);
    expect(tag('Stocks fell Monday. Dealers bought in the morning and by mid afternoon sold.')).toEqual([
      ['Monday', 12, 'DATE', '1998-08-03'],
      ['the morning', 38, 'TIME', '1998-08-03TMO'],
      ['mid afternoon', 57, 'TIME', '1998-08-03TAF'],
    ]);
    // So after "until", "before", "for", "much of" and "spent": "were closed for much of the morning", "spent the morning calling".
    expect(tag('Roads flooded Monday. Lanes were closed for much of the morning; Gore spent the afternoon at home; talks ran until the evening; '
      + 'showers are forecast for the afternoon. He liked the morning best.').map((t) => [t[0], t[3]])).toEqual([
      ['Monday', '1998-08-03'],
      ['the morning', '1998-08-03TMO'],
      ['the afternoon', '1998-08-03TAF'],
      ['the evening', '1998-08-03TEV'],
      ['the afternoon', '1998-08-03TAF'],
    ]);
    // "the late afternoon" with its article; after a clock time, on that time's day.
    expect(tag('Debate is to begin at 10 a.m. tomorrow, with a final vote expected in the late afternoon.').map((t) => [t[0], t[3]])).toEqual([
      ['10 a.m. tomorrow', '1998-08-08T10:00'],
      ['the late afternoon', '1998-08-08TAF'],
    ]);
    // "that morning" points away from now: past a day of this week told in a sentence before, back to a day of years ago.
    expect(tagTimexes('Troops stormed the palace on Sept. 11, 1973. Hundreds gathered at the cemetery on Wednesday. As jets bombed the '
      + 'palace that morning, the president refused to surrender.', { dct: '2013-09-12' }).map((t) => [t.text, t.value])).toEqual([
      ['Sept. 11, 1973', '1973-09-11'], ['Wednesday', '2013-09-11'], ['that morning', '1973-09-11TMO'],
    ]);
    expect(tagTimexes('The soldiers landed on June 6, 1944. Veterans met here on Thursday. The town lost 19 men that day.', { dct: '2013-06-07' })
      .map((t) => t.value)).toEqual(['1944-06-06', '2013-06-06', '1944-06-06']);
    // So "that week" past "the past month", and "that year" back to a year told alone.
    expect(tagTimexes('The storm struck on Feb. 20, 1973. Photographs were donated over the past month. A nurse worked at the hospital that week.', { dct: '2013-02-22' })
      .map((t) => t.value)).toEqual(['1973-02-20', '2013-01', '1973-W08']);
    expect(tagTimexes('The band released its album in 1996. The singer spoke on Monday. They toured for 11 months that year.', { dct: '2013-02-26' })
      .map((t) => t.value)).toEqual(['1996', '2013-02-25', 'P11M', '1996']);
    // Nor past the end of a reported period told since: "reports on Sept. 18 for the three months ended Aug. 31. … that morning".
    expect(tagTimexes('Oracle reports results on Sept. 18 for the three months ended Aug. 31. The report on August housing starts comes out that morning.', { dct: '2013-09-13' })
      .map((t) => t.value)).toEqual(['2013-09-18', 'P3M', '2013-08-31', '2013-08', '2013-09-18TMO']);
    expect(tagTimexes('Andrew was the worst storm since Sept. 2, 1935. Bush declared a disaster on Monday and toured the damage that afternoon.', { dct: '1992-08-25' })
      .map((t) => t.value)).toEqual(['1935-09-02', '1992-08-24', '1992-08-24TAF']);
    // Told in the past, not a day still to come named before it: the publication day.
    expect(tag('Preorders open Monday at major retailers. Arclight shares rose 6 percent by late afternoon.').map((t) => [t[0], t[3]])).toEqual([
      ['Monday', '1998-08-10'],
      ['late afternoon', '1998-08-07TAF'],
    ]);
    // Nor the day of a part of a day still to come told before it: "is due to speak that night. … looked tired by late afternoon".
    expect(tagTimexes('The trial resumes Tuesday. Clinton is due to speak that night. Some senators looked tired by late afternoon.', { dct: '1999-01-14' })
      .map((t) => t.value)).toEqual(['1999-01-19', '1999-01-19TNI', '1999-01-14TAF']);
    // Nor, in a market report's prices, a day more than a week back (one of the last days is the report's: "Stocks fell Monday. By late
    // afternoon, bond dealers said …").
    expect(tagTimexes('Holders get a premium to where the stock closed on November 12. Shares rose 3.1 percent to C$44.20 by late morning.', { dct: '2013-06-20' })
      .map((t) => t.value)).toEqual(['2012-11-12', '2013-06-20TMO']);
    expect(tagTimexes('Stocks fell on Monday. Shares rose 3.1 percent to $44.20 by late morning.', { dct: '2013-06-20' }).map((t) => t.value))
      .toEqual(['2013-06-17', '2013-06-17TMO']);
  });

  it('give a part of the day the day named right after it', () => {
    expect(tag('at mid-afternoon yesterday')).toEqual([['mid-afternoon yesterday', 3, 'TIME', '1998-08-06TAF']]);
  });

  it('read "the morning of" a day as that day\'s morning, and "the morning hours" as no part of the last day told', () => {
    expect(tag('on the morning of Aug. 3, in the morning hours')).toEqual([['the morning of Aug. 3', 3, 'TIME', '1998-08-03TMO']]);
  });

  it('count "that night" from the publication date when no day was told', () => {
    expect(tag('That night he left.')).toEqual([['That night', 0, 'TIME', '1998-08-07TNI']]);
  });

  it('read "tonight" gone by, in a quotation after the day before the publication\'s, as that day\'s night: a game or an election night', () => {
    const game = 'Orlando knocked off the Charlotte Hornets 104-98 Tuesday night. ';
    expect(tagTimexes(`${game}"We did not play our best tonight, but we found a way," the coach said.`, { dct: '1998-02-04' }).map((t) => t.value))
      .toEqual(['1998-02-03TNI', '1998-02-03TNI']);
    // Not one still to come, nor outside a quotation.
    expect(tagTimexes(`${game}"We play them again tonight," the coach said.`, { dct: '1998-02-04' }).map((t) => t.value)).toEqual(['1998-02-03TNI', '1998-02-04TNI']);
    expect(tagTimexes(`${game}The team flew home tonight.`, { dct: '1998-02-04' }).map((t) => t.value)).toEqual(['1998-02-03TNI', '1998-02-04TNI']);
  });

  it('do not read "that" as a part of the day without the day after it', () => {
    expect(tag('He said that nightclubs were closed.')).toEqual([]);
  });

  it('read "Tuesday last" and "Monday next" as "last Tuesday" and "next Monday", and "Monday next week" as that week\'s Monday', () => {
    // Wednesday 5 June 2019.
    const values = (text: string) => tagTimexes(text, { dct: '2019-06-05' }).map((t) => [t.text, t.value]);
    expect(values('He was arrested on Tuesday last; the hearing is on Monday next.')).toEqual([['Tuesday last', '2019-06-04'], ['Monday next', '2019-06-10']]);
    expect(values('He left Monday next week.')).toEqual([['Monday next week', '2019-06-10']]);
    expect(values('It happened Tuesday last year; he stood Monday next to her.')).toEqual([['Tuesday', '2019-06-04'], ['last year', '2018'], ['Monday', '2019-06-03']]);
  });

  it('read "at night", "by night", "night-time" and "daytime" as any night or day', () => {
    expect(tag('Convoys moved only at night, by night or in daytime; a night-time retreat followed.')).toEqual([
      ['night', 22, 'TIME', 'XXXX-XX-XXTNI'],
      ['night', 32, 'TIME', 'XXXX-XX-XXTNI'],
      ['daytime', 44, 'TIME', 'XXXX-XX-XXTDT'],
      ['night-time', 55, 'TIME', 'XXXX-XX-XXTNI'],
    ]);
  });

  it('do not read a night that makes a compound as any night', () => {
    expect(tag('Stand by night shift workers at night clubs.')).toEqual([]);
  });

  it('do not read a newspaper named after a day as a date', () => {
    expect(tag('The Sunday Times said so.')).toEqual([]);
  });
});
