import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense';

// The tense around the bracketed date of a sentence.
const tenseOf = (marked: string) => {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  return tenseAt(marked.replace('[', '').replace(']', ''), start, end);
};

describe('tenseAt', () => {
  it('reads no past perfect before "and" and a modal for a deadline after them: "had finished repairs by Dec. 31 and would complete testing by June 30"', () => {
    expect(tenseOf('The companies had finished repairing critical systems by Dec. 31 and would complete testing by [June 30].').direction).toBe('future');
  });

  it('reads "plan" after a plural subject and before what is planned as a future: "Community groups plan a peace march for 10 a.m. Saturday"', () => {
    expect(tenseOf('Community groups plan a peace march for [10 a.m. Saturday] in Ogden Park.').direction).toBe('future');
    expect(tenseOf("Kolesov's supporters plan a rally at 7 p.m. [Saturday] in central Yekaterinburg.").direction).toBe('future');
  });

  it('reads what falls due as still to come: "The final dividend was held at 6.2 pence, payable on [June 14]"', () => {
    expect(tenseOf('The final dividend was held at 6.2 pence, payable on [June 14] to shareholders on the register on May 17.').direction).toBe('future');
  });

  it('reads a verb of schedule after "extra", "more" or "additional" as a noun: "Our plants ran extra shifts for most of [June]"', () => {
    expect(tenseOf('"Our plants ran extra shifts for most of [June]," Reinholt said.').direction).toBe('past');
    expect(tenseOf('Organisers staged extra runs on [Christmas Day] and plan to do so again this year.').direction).toBe('past');
  });

  it('reads what is pencilled in as still to come: "Further talks have been pencilled in for [Friday morning]"', () => {
    expect(tenseOf('Further talks have been pencilled in for [Friday morning], the association said.').direction).toBe('future');
  });

  it('reads what is prepared or braced for as still to come: "was preparing for as many as one million visitors by Sunday"', () => {
    expect(tenseOf('The mayor said the government was preparing for as many as one million visitors by [Sunday].').direction).toBe('future');
    expect(tenseOf('Officials said they were bracing for heavy traffic on [Monday].').direction).toBe('future');
  });

  it('reads a date fronted in its sentence in the tense of the clause it opens, firmly: "From October through July, tax receipts rose"', () => {
    expect(tenseOf('From [October] through July, tax receipts rose about 14 percent.')).toEqual({ direction: 'past', distance: 10, firm: true });
    expect(tenseOf('Receipts from [October] through July rose about 14 percent.').firm).toBeUndefined();
  });

  it('reads an event a subject has on a day, told in the present, as still to come: "has an appointment with a navigator Thursday afternoon"', () => {
    expect(tenseOf('He has an appointment with a navigator [Thursday afternoon].').direction).toBe('future');
    expect(tenseOf('The team has a game [Saturday].').direction).toBe('future');
    expect(tenseOf('The team had a game [Saturday].').direction).toBe('past');
  });

  it('reads a possibility denied with "might not" or "may not" as still to come, but not a perfect: "might not be in place before Christmas"', () => {
    expect(tenseOf('Analysts said a new government might not be in place before [Christmas].').direction).toBe('future');
    expect(tenseOf('Officials said the vote may not take place on [Sunday].').direction).toBe('future');
    expect(tenseOf('He said he might not have known on [Friday].').direction).toBe('past');
  });

  it('reads "hope to" and "hope that" as a future, but not the noun: "Leaders hope to bring the package to the House floor Thursday"', () => {
    expect(tenseOf('Leaders hope to bring the package to the House floor [Thursday].').direction).toBe('future');
    expect(tenseOf('The club have sold 2,400 season tickets and hope for a crowd of 4,000 on [Saturday].').direction).toBe('future');
    expect(tenseOf('The hope of a deal faded on [Thursday].').direction).toBe('past');
  });

  it('reads a time drawing near as still to come: "With winter approaching"', () => {
    expect(tenseOf('NORTH ELLINGTON, Minn. — With [winter] approaching, the public works department is ready.').direction).toBe('future');
  });

  it('reads what is waited on as still to come: "held without bond pending a hearing [Friday]", but not "claims were pending"', () => {
    expect(tenseOf('He is being held without bond pending a hearing [Friday] at the Criminal Courts Building.').direction).toBe('future');
    expect(tenseOf('As of [Monday], about 782,000 claims were pending, and 505,000 of them had been waiting.').direction).toBe('past');
  });

  it('reads a past form right after a count, after the date, as an adjective: "will meet Wednesday morning to discuss 212 disputed ballots"', () => {
    expect(tenseOf('Lawyers will meet with the county board of canvassers [Wednesday morning] to discuss 212 disputed absentee ballots.').direction).toBe('future');
  });

  it('reads no cue in a clause after the date opened by "after" and two words: "will spray on Thursday night after health officials confirmed"', () => {
    expect(tenseOf('Crews will spray neighborhoods in southern Miami-Dade County on [Thursday night] after health officials confirmed three cases.').direction).toBe('future');
  });

  it('reads "expected" after an indefinite pronoun as its past: "better than anyone expected in June"', () => {
    expect(tenseOf('Orders are shaping up better than anyone expected in [June].').direction).toBe('past');
  });

  it('reads no future from the noun "forecast" right before the day it was made on: "last cut its forecast in June"', () => {
    expect(tenseOf('The company last cut its forecast in [June].').direction).toBe('past');
    expect(tenseOf('The forecast calls for rain [Wednesday].').direction).toBe('future');
  });

  it('reads no future from "ahead of" what is no event: "The market got ahead of itself in the summer"', () => {
    expect(tenseOf('"The market got ahead of itself in [the summer]," she said.').direction).toBe('past');
    expect(tenseOf('Workers finished the bridge ahead of schedule in [March].').direction).toBe('past');
    expect(tenseOf('Attendance was running 6 percent ahead of last year as of [Wednesday], with about 142,000 tickets sold.').direction).toBe('past');
    expect(tenseOf('Shares rose ahead of the summit on [Monday].').direction).toBe('future');
  });

  it('reads no past perfect from another clause after the date: "would keep digging through the weekend, but that hopes had faded"', () => {
    expect(tenseOf('He said Wednesday that crews would keep digging through [the weekend], but that hopes of finding anyone had faded.').direction).not.toBe('past');
    // In the date's own clause, it tells: "had stayed open through the weekend".
    expect(tenseOf('He said the shelters had stayed open through [the weekend].').direction).toBe('past');
  });

  it('reads the day a thing was scheduled on, before what was scheduled, as gone by: "on Wednesday scheduled the hearing for July 15"', () => {
    expect(tenseOf('Judge Paula Engstrom on [Wednesday] scheduled the hearing for July 15.').direction).toBe('past');
    // The day it was scheduled for is still to come.
    expect(tenseOf('The council scheduled a vote for [Friday].').direction).toBe('future');
  });

  it('reads "on track to" as a future phrase: "remains on track to close in the third quarter, even as it reported"', () => {
    expect(tenseOf('The merger remains on track to close in [the third quarter], even as it reported a drop in profit.').direction).toBe('future');
  });

  it('reads what a subject wants done as a firm future: "wants employees to pay more starting in January"', () => {
    expect(tenseOf('The chain wants employees to pay more toward health insurance starting in [January].')).toEqual({ direction: 'future', distance: 1, firm: true });
    expect(tenseOf('The chain wants employees to pay more in [January].').firm).toBe(true);
  });

  it('reads no tense for a later date from a verb with a quarter of its own: "will report how fast the economy grew in the first quarter on April 26"', () => {
    expect(tenseOf('The government will report how fast the economy grew in the first quarter on [April 26].').direction).toBe('future');
    // The quarter itself still takes the verb's tense.
    expect(tenseOf('The government will report how fast the economy grew in [the first quarter] on April 26.').direction).toBe('past');
  });

  it('reads a past form right after a verb in "-ing" and its particle as the object\'s adjective: "hauling away soaked carpet Wednesday"', () => {
    expect(tenseOf('City crews will begin hauling away soaked carpet and furniture [Wednesday].').direction).toBe('future');
    // Not a perfect's participle: "after having signed up Monday" is gone by.
    expect(tenseOf('Crews were busy cleaning up. They finished [Monday].').direction).toBe('past');
  });

  it('reads no past from "since" after the date, which opens a point of its own: "from Black Friday …, the shortest season since 2002"', () => {
    expect(tenseOf('There are only 26 days of shopping from [Black Friday] through Christmas Eve, the shortest season since 2002.').direction).toBe('unknown');
  });

  it('reads "Back in" opening a sentence as gone by, but not a verb\'s "back in": "Back in early May, the loan was going for 3.35 percent"', () => {
    expect(tenseOf('Back in [early May], the same loan was going for about 3.35 percent.').direction).toBe('past');
    expect(tenseOf('"We\'ll be back in [January]," the aide said.').direction).toBe('future');
  });

  it('reads the month a security matures in as still to come: "the average rate on bills maturing in May rose to 8.71%"', () => {
    expect(tenseOf('At yesterday\'s sale, the average rate on bills maturing in [May] rose to 8.71%.').direction).toBe('future');
  });

  it('reads "march" in lower case as the verb, no month that is a cue\'s own date: "said they would march again Monday"', () => {
    expect(tenseOf('Opposition groups said they would march again [Monday] to demand reform.').direction).toBe('future');
  });

  it('reads a day listed after today, tonight or tomorrow as still to come: "canceled 4,800 flights for today and Saturday"', () => {
    expect(tenseOf('Airlines canceled more than 4,800 flights for today and [Saturday].').direction).toBe('future');
    // So does the end of a span from now.
    expect(tenseOf('The cuts amounted to $85 billion between now and [Sept. 30].').direction).toBe('future');
    expect(tenseOf('Storms were forecast for tonight and [Wednesday].').direction).toBe('future');
  });

  it('reads a plan set between commas before a past as a plan told in the past: "The Dallas Marathon, scheduled for Sunday, was called off"', () => {
    expect(tenseOf('The Dallas Marathon, scheduled for [Sunday], was called off.').plannedInPast).toBe(true);
    expect(tenseOf('The report, originally scheduled for [Thursday], was delayed one day.').plannedInPast).toBe(true);
    // Not one still ahead, told in the present.
    expect(tenseOf('The marathon, scheduled for [Sunday], is expected to draw 25,000 runners.').plannedInPast).toBeUndefined();
  });

  it('reads what is possible as still to come, but not what was made or thought possible: "with rain possible Wednesday"', () => {
    expect(tenseOf('Temperatures climbed into the 40s, with rain possible [Wednesday].').direction).toBe('future');
    expect(tenseOf('He was hoarse from a victory that few had thought possible on [Saturday evening].').direction).not.toBe('future');
    expect(tenseOf('The talks were made possible by air strikes in [late August].').direction).not.toBe('future');
  });

  it('reads "going" as a future only before "to" or "into": "within an hour of going on sale Monday morning"', () => {
    expect(tenseOf('Tickets were gone within an hour of going on sale [Monday morning].').direction).toBe('past');
    expect(tenseOf('Whoever wins gets bragging rights going into [the fall].').direction).toBe('future');
  });

  it('reads a meeting agreed on as still to come, but not what else was agreed to: "agreed to meet again on Thursday"', () => {
    expect(tenseOf('The leaders agreed to meet again on [Thursday].').direction).toBe('future');
    expect(tenseOf('Negotiators met for three hours and agreed to resume [Tuesday].').direction).toBe('future');
    expect(tenseOf('The two cabinets agreed to hold their next joint meeting in Paris in [the spring].').direction).toBe('future');
    expect(tenseOf('King Fahd agreed to accept the American forces on [Monday].').direction).toBe('past');
    expect(tenseOf('They had agreed to meet on [Thursday], but the talks collapsed.').direction).toBe('past');
  });

  it('reads what a decision told with its own day settles as still to come: "voted Wednesday to walk off the job at 12:01 a.m. [Monday]"', () => {
    expect(tenseOf('City bus drivers voted Wednesday to walk off the job at [12:01 a.m. Monday] unless the city improves its offer.').direction).toBe('future');
    expect(tenseOf('The board agreed Tuesday to close the school in [June].').direction).toBe('future');
    // Not with no day of its own: "voted to strike on Monday" may tell the day of the vote.
    expect(tenseOf('The union voted to strike on [Monday].').direction).toBe('past');
  });

  it('reads a condition with no tense before the date as of what may still come: "If they strike Thursday, I don\'t know"', () => {
    expect(tenseOf('If they strike [Thursday], I honestly do not know how I will get to work.')).toEqual({ direction: 'future', distance: 1, firm: true });
    expect(tenseOf('"If you miss [Tuesday], you are late," she said.').direction).toBe('future');
    // Not one told in the past, nor a date after the condition's comma.
    expect(tenseOf('If they struck on [Thursday], nobody noticed.').direction).toBe('past');
    expect(tenseOf('If possible, the report covers [Sunday].').direction).toBe('unknown');
  });

  it('reads no tense from a source named after the date\'s comma: "will be soft, and probably the second quarter, said Linda Okafor"', () => {
    expect(tenseOf('Sales will be soft, and probably [the second quarter], said Linda Okafor.').direction).toBe('future');
    // With no verb before the date, the saying still tells it.
    expect(tenseOf('[Friday], said Linda Okafor, was the worst day.').direction).toBe('past');
  });

  it('reads a past form between a count and the plural it counts as an adjective: "would recall some furloughed workers by May"', () => {
    expect(tenseOf('The company would recall some furloughed workers by [May].').direction).toBe('future');
    expect(tenseOf('It plans to idle one of the three struck mines in [July].').direction).toBe('future');
    // Not a count that is the subject of its verb.
    expect(tenseOf('Some fled on [Tuesday].').direction).toBe('past');
    expect(tenseOf('Three died in the crash on [Monday].').direction).toBe('past');
  });

  it('takes the direction from the cue word nearest the date', () => {
    expect(tenseOf('Cuba predicted [Wednesday] that exiles will appeal.')).toEqual({ direction: 'past', distance: 1 });
    expect(tenseOf('Exiles will appeal the ruling [Wednesday], Cuba predicted.')).toEqual({ direction: 'future', distance: 4, firm: true, willTold: true });
  });

  it('reads a span told as over as the past, "The bank was closed until [Tuesday]", but not a deadline put off or still to come', () => {
    expect(tenseOf('The bank was closed until [Tuesday].').direction).toBe('past');
    // Nor a span told in the present: "Donations are accepted through Dec. 20".
    expect(tenseOf('Donations of new, unwrapped toys are accepted through [Dec. 20].').direction).toBe('future');
    expect(tenseOf('Volunteers are also needed every Saturday through [the end of December].').direction).toBe('future');
    // "to" before a noun phrase is a preposition, no clause still to be done; a past far back tells another verb's span.
    expect(tenseOf('Power was not restored to most homes until [October].').direction).toBe('past');
    // Nor a span a present verb keeps up, after a past of another clause: "The measure signed Thursday funds the government through Jan. 15".
    expect(tenseOf('The measure signed early Thursday funds the government through [Jan. 15].').direction).not.toBe('past');
    // ("That profile produced no match until July": "that" opening a clause is its determiner, no clause still to come.)
    expect(tenseOf('That profile produced no match until [July], when the suspect was required to give a sample.').direction).toBe('past');
    expect(tenseOf('Congress passed a bill late Wednesday ending a shutdown and funding the government until [Jan. 15].').direction).not.toBe('past');
    // Nor a past a few words back, before a participle with its object: the span is the participle's.
    expect(tenseOf('Congress passed legislation funding the government until [Jan. 15].').direction).not.toBe('past');
    expect(tenseOf('The president signed a bill funding the government through [Jan. 15].').direction).not.toBe('past');
    // A relative "that" before a past is no clause of what is still to be done.
    expect(tenseOf('Leaders reached a deal after talks that ran through [Thursday] night.').direction).toBe('past');
    expect(tenseOf('He stayed in Paris until [Monday].').direction).toBe('past');
    expect(tenseOf('Until [Tuesday], the bank was closed.').direction).toBe('past');
    expect(tenseOf('The offer was extended until [Nov. 9].').direction).toBe('future');
    expect(tenseOf('Innkeepers said most rooms were booked through [Columbus Day].').direction).toBe('future');
    // ("A storm moved through [Friday evening]": a verb of moving puts nothing off through a span.)
    expect(tenseOf('Customers lost power when a storm moved through [Friday evening].').direction).toBe('past');
    expect(tenseOf('Democrats had asked for a delay until [January], when the new Congress takes office.').direction).toBe('future');
    expect(tenseOf('Officials postponed until [Tuesday] any action.').direction).toBe('future');
    expect(tenseOf('Banks will stay closed until [Tuesday].').direction).toBe('future');
    expect(tenseOf('Cyprus has until [Monday] to raise the money.').direction).toBe('future');
    // What is still to be done by then comes before a past further on.
    expect(tenseOf('The Legislature has until [May 20] to finish its work, and a spokesman said so.').direction).toBe('future');
    // Nor does a clause after the comma, but where the deadline opens its sentence.
    expect(tenseOf('Under the plan, pupils stay in school until [June 7], the board decided.').direction).toBe('future');
    expect(tenseOf('Senate leaders worked through [the weekend].').direction).toBe('past');
    // A deadline still to be met lies ahead of now, however far back the months before it reach.
    expect(tenseOf('He said the trucks could be on the road by [November].')).toEqual({ direction: 'future', distance: 1, firm: true });
    // Not after "to" as a preposition, before a number or "more than": "grew to more than 14,000 acres by [Monday]" was met.
    expect(tenseOf('Fanned by winds, it grew to more than 14,000 acres by [Monday] and forced the evacuation of 300 homes.').direction).toBe('past');
    // A span told with "will" ends ahead of now, firmly: "will cost about $2.1 million through [June 30]".
    expect(tenseOf('The restored hours will cost about $2.1 million through [June 30].')).toEqual({ direction: 'future', distance: 1, firm: true });
    // A past after "if" in such a clause is a condition still to be met.
    expect(tenseOf('Moody\'s warned that it could act again if lawmakers did not deal with the shortfall by [the end of March].').direction).toBe('future');
    expect(tenseOf('Lawmakers did not deal with the shortfall by [the end of March].').direction).toBe('past');
    // A warning lasts into the days it warns of.
    expect(tenseOf('Forecasters issued an excessive heat warning through [Sunday evening].').direction).toBe('future');
    expect(tenseOf('The agency issued a flood advisory until [Tuesday].').direction).toBe('future');
    expect(tenseOf('Talks will continue through [the weekend].').direction).toBe('future');
    // A past perfect before "but" is another clause's.
    expect(tenseOf('It had planned to release the game in spring but delayed it until [November].').direction).toBe('future');
    expect(tenseOf('The summit had been set for Tuesday but has been pushed back to [June].').direction).toBe('future');
    expect(tenseOf('The summit had been pushed back to [June].').direction).toBe('past');
    // Nor one in a saying joined after the date: "would cost $1 billion a month through Sept. 30 and said they had not yet estimated".
    expect(tenseOf('Officials said the operation would cost $1 billion a month through [Sept. 30] and said they had not yet estimated the rest.').direction).toBe('future');
    // Nor one past a comma after the date, unless the deadline opens its clause.
    expect(tenseOf('The bill would suspend the debt limit through [May 18], postponing a fight that many had once welcomed.').direction).toBe('future');
    expect(tenseOf('FlightAware said that by [early afternoon], 4,318 flights had been canceled.').direction).toBe('past');
    // A deadline put off in the past perfect may still lie ahead.
    expect(tenseOf('A moratorium, which had been extended until [March 1], will not be renewed.').direction).toBe('future');
    // So one given to someone, the verb before its object: "had given them until March 31 to finish the training".
    expect(tenseOf('The state had given them until [March 31] to finish the training.').direction).toBe('future');
    // "had" right before the deadline is the verb of time given, no perfect: told after a mediator's warning, the time lies ahead.
    expect(tenseOf('Talks resumed, with a mediator warning that the two sides had until [Nov. 14] to reach an agreement.').direction).toBe('future');
    // A deadline "by" of what was to be done, in the past perfect, may have gone by or not: no tense, as a date told alone.
    expect(tenseOf('Organizers had hoped to finish the repairs by [Thursday], but the stadium will not reopen until April.').direction).toBe('unknown');
    // Not a past perfect of another clause of what was said, before "and that".
    expect(tenseOf('Officials said two pumps had been repaired over the weekend and that a third would be running by [Friday].').direction).toBe('future');
    // Nor past a plan joined with "and": "had restored power by noon Tuesday and expected to have the rest back by Thursday".
    expect(tenseOf('Oncor said it had restored power to half of its customers by noon Tuesday and expected to have the rest back by [Thursday].').direction).toBe('future');
    expect(tenseOf('He will be without Dean Platt, who had knee surgery in June and is not expected back until [the end of September].').direction).toBe('future');
    // Not past a future told from now joined after the perfect.
    expect(tenseOf('Elders said the congregation had refinanced its loan and still hopes to open the building by [late summer].').direction).toBe('future');
    expect(tenseOf('The airlines had hoped to complete the deal by [the end of September].').direction).toBe('unknown');
    // So a deadline of what had been promised or sought.
    expect(tenseOf('The county said Thursday that the software vendor had promised a fix by [March].').direction).toBe('unknown');
    // The past perfect of an expectation of what was still to be done by then.
    expect(tenseOf('Economists had expected the bank to wait until [December], when it will publish forecasts.').direction).toBe('future');
  });

  it('reads the month that figures measure as gone by, whenever they come out: "data for [February] is due on Tuesday"', () => {
    expect(tenseOf('Housing starts data for [February] is due on Tuesday.').direction).toBe('past');
    expect(tenseOf('Figures on personal income and spending for [January] are due Friday.').direction).toBe('past');
    expect(tenseOf('Inflation figures for [March] will be published next week.').direction).toBe('past');
    expect(tenseOf('The Commerce Department will release its index of leading indicators for [April] on Thursday.').direction).toBe('past');
    expect(tenseOf('The company expects sales for [the third quarter] to rise.').direction).toBe('future');
  });

  it('reads a time a comparison is made with as gone by, but not an alternative: "now than in [mid-January]"', () => {
    expect(tenseOf('Fewer people are getting tested now than in [mid-January], so we will be watching.').direction).toBe('past');
    expect(tenseOf('The pools will close after Labor Day rather than in [late September].').direction).not.toBe('past');
  });

  it('reads a date a plan was moved earlier from as still to come, but not one a plan was put off from', () => {
    expect(tenseOf('The match was brought forward from [Sunday] to avoid a clash with a televised international.').direction).toBe('future');
    expect(tenseOf('A fourth wide release was moved up by its studio to March 8 from [April].').direction).toBe('future');
    expect(tenseOf('The race, postponed from [Friday], was run on Sunday.').direction).not.toBe('future');
  });

  it('reads a period traded "for delivery in" or a month "for … delivery" as still to come, but not an amount of time', () => {
    expect(tenseOf('Gas for delivery in [the fourth quarter] traded at 160 euros per megawatt hour.').direction).toBe('future');
    expect(tenseOf('Copper for delivery in [December] rose 1.2 percent.').direction).toBe('future');
    expect(tenseOf('Milling wheat for [November] delivery fell 1.75 euros a tonne.').direction).toBe('future');
    expect(tenseOf('Copper for delivery in [three months] rose 1.2 percent.').direction).not.toBe('future');
  });

  it('reads the date of a figure a change is counted from as gone by: "cut its forecast to 2 percent, from 4.1 percent in [January]"', () => {
    expect(tenseOf('Arcadia cut its forecast for spending in 2013 to 2 percent, from 4.1 percent in [January].').direction).toBe('past');
    // (And the period it was had for, after a word of what it counts: "up from 2.5 crowns for the fourth quarter".)
    expect(tenseOf('It will pay a dividend of 4 crowns per share, up from 2.5 crowns for [the fourth quarter].').direction).toBe('past');
    // A day after "from" and a figure is the change's own: "the fine would rise to $50 from $25 on April 1".
    expect(tenseOf('Under the ordinance, the fine would rise to $50 from $25 on [April 1].').direction).toBe('future');
  });

  it('reads a month before the figures of a monthly report as gone by: "will release data on [July] housing starts"', () => {
    expect(tenseOf('The Commerce Department will release data on [July] housing starts on Friday.').direction).toBe('past');
    // A month the figures are "in" takes no tense from a forecast of them: "The NRF expects sales in November and [December] to rise".
    expect(tenseOf('The NRF still expects sales in November and [December] to rise 3.9 percent.').direction).toBe('unknown');
    expect(tenseOf('Economists expect the [March] jobs report to show gains.').direction).toBe('past');
    expect(tenseOf('[January] trade figures are due on Friday.').direction).toBe('past');
    expect(tenseOf('Tomorrow, the Federal Reserve will report on [June] industrial production.').direction).toBe('past');
    // Not a month before any noun: "a tax levy on the November ballot" is still to come.
    expect(tenseOf('Voters will decide a tax levy on the [November] ballot.').direction).toBe('future');
  });

  it('reads no cue past "and" before an auxiliary, which opens another clause: "reported results in [July] and will report in October"', () => {
    expect(tenseOf('Apple reported results for its fiscal third quarter in [July] and will report results in late October.').direction).toBe('past');
    // "until" after a past ends its span, no future: "began building a maze [Monday] and worked until Wednesday night to finish it";
    // after a passive it may be ahead: "campaigning on [Saturday] is forbidden, and the sale of alcohol is banned until Monday".
    expect(tenseOf('Volunteers began building a snow maze on the town green [Monday] and worked until Wednesday night to finish it.').direction).toBe('past');
    expect(tenseOf('Electoral law forbids campaigning on [Saturday], and the sale of alcohol is banned until Monday.').direction).toBe('future');
    // Nor past "but" before "did": "would take up immigration legislation in [the fall] but did not commit to a date".
    expect(tenseOf('Doyle said the House would take up immigration legislation in [the fall] but did not commit to a date.').direction).toBe('future');
    // Nor past "and that", which opens another clause of what was said: "had shut the unit after a fire on [Wednesday evening], and
    // that the unit could stay offline".
    expect(tenseOf('The company said on Thursday it had shut the largest unit at its Port Arthur, Texas, refinery after a fire on [Wednesday evening], and that the unit could stay offline.').direction).toBe('past');
  });

  it('reads a date in a gerund after "after" as gone by, over a future before it: "will miss six weeks after tearing a ligament [Saturday]"', () => {
    expect(tenseOf('Brandvold will miss six weeks after tearing a ligament in her left knee in a crash [Saturday], the team said.').direction).toBe('past');
    expect(tenseOf('He will be arraigned after being charged [Friday].').direction).toBe('past');
    // Not past a verb of its own, nor a noun in "-ing" or a name: what comes after them may be to come.
    expect(tenseOf('The jury will begin deliberating after closing arguments conclude on [Wednesday].').direction).toBe('future');
    expect(tenseOf('The leaders will meet after morning prayers on [Friday].').direction).toBe('future');
    expect(tenseOf('The state expects another surge in sign-ups after Thanksgiving and in [early December].').direction).toBe('future');
  });

  it('reads the day of an event awaited as still to come: "said the colt is ready for the Breeders\' Cup Classic on [Saturday]"', () => {
    expect(tenseOf("Trainer Lucia Ferrante said the colt is ready for the Breeders' Cup Classic on [Saturday].").direction).toBe('future');
    expect(tenseOf('Fans said they were waiting for the concert on [Friday].').direction).toBe('future');
    // Not a wait that is a noun: "ended Britain's 77-year wait for a men's champion at Wimbledon on Sunday".
    expect(tenseOf("Murray ended Britain's 77-year wait for a men's champion at Wimbledon on [Sunday].").direction).toBe('past');
  });

  it('reads a forecast as pointing ahead: "Oracle forecast growth for [the fourth quarter]"', () => {
    expect(tenseOf('Oracle forecast growth for [the fourth quarter].').direction).toBe('future');
    expect(tenseOf('The Met Office forecasts snow on [Friday].').direction).toBe('future');
  });

  it('takes a month or day a news figure is compared with as gone by: "down from a peak of nearly 26,000 in [January]"', () => {
    expect(tenseOf('Clinton will send more troops; the force is down from a peak of nearly 26,000 in [January].').direction).toBe('past');
    expect(tenseOf('Production will wind down from [May] to July.').direction).not.toBe('past');
  });

  it('reads no future in a conditional perfect after the date: "on Tuesday, which would have imposed a tax"', () => {
    expect(tenseOf('Parliament rejected an earlier version of the plan on [Tuesday], which would have imposed a tax.').direction).toBe('past');
    expect(tenseOf('The deal would take effect on [Tuesday].').direction).toBe('future');
    // But "have" with an object after "would" is no perfect: "most would have service restored by Friday".
    expect(tenseOf('The utility said most would have service restored by [Friday].').direction).toBe('future');
    expect(tenseOf('The utility said most should have service restored by [Wednesday].').direction).toBe('future');
    expect(tenseOf('The rate should have hit 5 percent by [March].').direction).not.toBe('future');
    expect(tenseOf('The rate would have hit 5 percent by [March].').direction).not.toBe('future');
  });

  it('reads no past in a past spelt as its bare form after "to" or a modal: "expects to hit the ceiling in late summer"', () => {
    expect(tenseOf('Treasury expects to hit the ceiling in [late summer].').direction).toBe('future');
    expect(tenseOf('The storm hit the coast in [late summer].').direction).toBe('past');
  });

  it('reads a past after "to" and a number as the past it is: "played from 1941 to 1963, died Jan. 19"', () => {
    expect(tenseOf('Musial, who played from 1941 to 1963, died [Jan. 19].')).toMatchObject({ direction: 'past', distance: 1 });
  });

  it('reads the irregular pasts of news: "shrank", "slid", "swept", "forgave"', () => {
    expect(tenseOf('The economy shrank 0.9 percent in the [fourth quarter].').direction).toBe('past');
    expect(tenseOf('Shares slid on [Friday] as storms swept the coast.').direction).toBe('past');
  });

  it('reads the verb before a clock time and its zone: "p.m. EDT" and "a.m. (0500 GMT)" end no sentence', () => {
    expect(tenseOf('The shuttle will launch at 9:30 p.m. EDT on [Thursday].').direction).toBe('future');
    expect(tenseOf('The shuttle launched at 9:30 a.m. EDT on [Thursday].').direction).toBe('past');
    expect(tenseOf('The truce expires at 7 a.m. (0500 GMT) on [Thursday].').direction).toBe('future');
  });

  it('tells a future said from now from a plan told in the past', () => {
    expect(tenseOf('The trial is due to start on [12 January].')).toEqual({ direction: 'future', distance: 4, firm: true });
    expect(tenseOf('The vote was scheduled for [12 January].')).toEqual({ direction: 'future', distance: 2, plannedInPast: true });
    expect(tenseOf('The vote, scheduled for [12 January], was postponed.')).toEqual({ direction: 'future', distance: 2, plannedInPast: true });
  });

  it('does not take "early" for the future: it says when in the day, not which way', () => {
    expect(tenseOf('Police arrived in the early hours of [Sunday].').direction).toBe('past');
    expect(tenseOf('The talks ended early on [Sunday].').direction).toBe('past');
  });

  it('takes a plan for the future only when what is planned follows it', () => {
    expect(tenseOf('On [Friday], when Albright set aside vacation plans for the hastily planned trip, the warning was lifted.').direction).not.toBe('future');
    expect(tenseOf('The minister plans to visit Minsk on [Friday].').direction).toBe('future');
    // Not plans sent somewhere: "sent their shutdown plans to the White House budget office on Wednesday".
    expect(tenseOf('Agencies sent their shutdown plans to the White House budget office on [Wednesday].').direction).toBe('past');
    expect(tenseOf('The opposition plans a strike on [Monday].').direction).toBe('future');
    expect(tenseOf('The church held a prayer service Sunday evening and plans a memorial [Thursday].').direction).toBe('future');
    expect(tenseOf('Gun-control groups plan vigils in dozens of states over [the weekend].').direction).toBe('future');
    expect(tenseOf('They plan another rally in [March].').direction).toBe('future');
    expect(tenseOf('Advocacy groups said they plan rallies in 40 districts over [the summer].').direction).toBe('future');
    expect(tenseOf('The plans for a strike on [Monday] were dropped.').direction).not.toBe('future');
    expect(tenseOf('Their plans a year ago came to nothing, and the strike began on [Monday].').direction).toBe('past');
  });

  it('reads two-word phrases of the future', () => {
    expect(tenseOf('Trading is to resume [Tuesday].').direction).toBe('future');
    expect(tenseOf('Rain is forecast to ease from [Tuesday].').direction).toBe('future');
    expect(tenseOf('Sales are projected to rise in [March].').direction).toBe('future');
    expect(tenseOf('Tournament officials said they were prepared to finish on [Monday] if necessary.').direction).toBe('future');
    expect(tenseOf('The Saints are 14-point favorites to beat the New England Patriots on [Sunday].').direction).toBe('future');
  });

  it('reads a forecast told in the present, or what weather was forecast for, as the future, and a forecast gone by as the past', () => {
    expect(tenseOf('Snow is forecast from [Thursday night] into Friday.').direction).toBe('future');
    expect(tenseOf('Growth of 2 percent is projected for [March].').direction).toBe('future');
    expect(tenseOf('Snow was forecast for [Thursday].').direction).toBe('future');
    expect(tenseOf('Snow had been forecast for [Thursday].').direction).toBe('past');
  });

  it('reads the weather a forecaster foretells as ahead, told in the past too, but not the day of foretelling', () => {
    expect(tenseOf('Forecasters are calling for temperatures in the low 30s [Saturday night], with a chance of flurries.').direction).toBe('future');
    expect(tenseOf('Forecasters currently expect scattered storms on [Saturday afternoon], with highs in the low 80s.').direction).toBe('future');
    expect(tenseOf('The National Weather Service predicted a 40 percent chance of storms [Thursday afternoon].').direction).toBe('future');
    expect(tenseOf('The Met Office warned of further high tides on [Monday].').direction).toBe('future');
    expect(tenseOf('Environment Canada predicted another 20 to 40 millimeters of freezing rain through Saturday night, with temperatures plunging well below zero by [Monday].').direction).toBe('future');
    expect(tenseOf('Forecasters predicted on [Thursday] that snow would fall.').direction).toBe('past');
    expect(tenseOf('Forecasters had predicted snow on [Monday], but none fell.').direction).toBe('past');
    expect(tenseOf('Forecasters said snow fell heavily on [Monday].').direction).toBe('past');
  });

  it('does not take a passive participle after "be" for the past, nor after "is not"', () => {
    expect(tenseOf('Guidelines to be published in [early November] matter.').direction).toBe('unknown');
    expect(tenseOf('If the hearing is not concluded on [March 5], it will be continued to Tuesday, March 19.').direction).toBe('future');
    expect(tenseOf('The hearing was not concluded on [March 5].').direction).toBe('past');
  });

  it('reads "since" before a year as that year\'s cue, not a later date\'s: "the heaviest since 2007, … between Thursday and Monday"', () => {
    expect(tenseOf('Traffic is expected to be the heaviest since 2007, with millions on the roads on [Monday].').direction).toBe('future');
    expect(tenseOf('Prices have fallen since their peak in [June].').direction).toBe('past');
    // So before a decade: "its first multiparty elections since the 1920s on [March 31]".
    expect(tenseOf('The country will hold its first multiparty elections since the 1920s on [March 31].').direction).toBe('future');
  });

  it('reads a date in a relative clause by its past, not by the main clause after it: "A storm that dumped snow over the weekend is expected"', () => {
    expect(tenseOf('A storm that dumped snow on the Rockies over [the weekend] is expected to reach the coast.').direction).toBe('past');
  });

  it('reads no schedule in a verb of schedule right after a past: "The seat came open in January"', () => {
    expect(tenseOf('The seat came open in [January] when the incumbent resigned.').direction).toBe('past');
  });

  it('reads a verb of schedule after a clause that ends with a number and a comma: "which first aired in 2005, returns [Sept. 19]"', () => {
    expect(tenseOf('The sitcom, which first aired in 2005, returns [Sept. 19] for its final season.').direction).toBe('future');
    expect(tenseOf('The film, set in the summer of 1979, opens [Friday] in 600 theaters.').direction).toBe('future');
    // So after a relative clause set off by commas, whatever it ends with, and in the plural of a team.
    expect(tenseOf('Arsenal, who have not won a trophy since 2005, open against Aston Villa at the Emirates on [Saturday].').direction).toBe('future');
    expect(tenseOf('The Ravens, who lost in the final, play the Steelers on [Sunday].').direction).toBe('future');
  });

  it('reads a verb of schedule after a participle as a noun: "were allowed supervised visits with their families Saturday"', () => {
    expect(tenseOf('The jurors were allowed supervised visits with their families [Saturday].').direction).toBe('past');
    expect(tenseOf('The prime minister visits Bermuda on [Saturday].').direction).toBe('future');
    // Not a participle that ends a passive: "the law under which Starr was appointed expires June 30".
    expect(tenseOf('The law under which Starr was appointed expires [June 30].').direction).toBe('future');
  });

  it('reads a verb of schedule before a verb of its own as its subject, a noun: "when the West German mark became the currency"', () => {
    expect(tenseOf('The two states merged their economies on [July 1], when the West German mark became the currency of the East.').direction).toBe('past');
    expect(tenseOf('The two states merged their economies on [July 1], when the mark is to become the currency.').direction).toBe('future');
  });

  it('reads a plan begun in the past as the past: "members began planning the show in February"', () => {
    expect(tenseOf('Members began planning this year\'s show in [February].').direction).toBe('past');
    expect(tenseOf('Protesters were planning a rally on [Saturday].').direction).toBe('future');
    // Not a plan after an adverb of the past: "many traders are already planning time off in August".
    expect(tenseOf('Trading has been subdued, and many traders are already planning time off in [August].').direction).toBe('future');
  });

  it('reads "hoping to", "aiming to" and "intending to" as the future', () => {
    expect(tenseOf('Both sides said on Friday they were hoping to put the deal into effect in [late January].').direction).toBe('future');
    expect(tenseOf('The company said it was aiming to open the plant in [March].').direction).toBe('future');
  });

  it('reads a contracted "will" as the future, straight or curly: "we\'ll be doing this again in January"', () => {
    expect(tenseOf('It is good to be back, but we\'ll probably be doing this again in [January].')).toEqual({ direction: 'future', distance: 7, firm: true, willTold: true });
    expect(tenseOf('It is good to be back, but they’ll probably be doing this again in [January].').direction).toBe('future');
  });

  it('reads a day alone on its line in the tense of the line under it: a calendar\'s "SATURDAY" ahead, a police log\'s "MONDAY" gone by', () => {
    expect(tenseOf('Things to do\n\n[SATURDAY]\nThe farmers market reopens at 9 a.m.').direction).toBe('future');
    expect(tenseOf('Police log\n\n[MONDAY]\nOfficers responded to a break-in at 9:42 a.m.').direction).toBe('past');
    // Only a weekday, and only its line below: under "SEPTEMBER" a fixture list's "Sat 7:" is no verb.
    expect(tenseOf('Fixtures\n\n[SEPTEMBER]\nSat 7: Bramley Town (h), 3pm\nSat 14: County Cup, opponents to be confirmed\n').direction).not.toBe('past');
  });

  it('reads a weekday that opens its sentence as the subject of "is" as still to come: "[Monday] is a public holiday"', () => {
    expect(tenseOf('Depositors lined up. [Monday] is a public holiday in Cyprus.').direction).toBe('future');
    expect(tenseOf('Depositors lined up. [Monday] was a public holiday in Cyprus.').direction).toBe('past');
    expect(tenseOf('DUNMORE FALLS, Pa. — [Friday] marks 30 years since Harmon Creek tore through the borough.').direction).toBe('future');
    // Or of a day's schedule: "Saturday begins with the fair parade".
    expect(tenseOf('Parking is free. [Saturday] begins with the fair parade, which steps off at 9 a.m.').direction).toBe('future');
    expect(tenseOf('Parking was free. [Saturday] began with the fair parade.').direction).toBe('past');
    // Or a clause after "because": "the ringing will open a program, because Monday marks 50 years since the flood".
    expect(tenseOf('This year the bells rang longer, because [Monday] marks 50 years since the flood.').direction).toBe('future');
    // And after "and": "I've done 12 weeks of proper camp, and Saturday is where I find out".
    expect(tenseOf("I've done 12 weeks of proper camp, and [Saturday] is where I find out if it was worth it.").direction).toBe('future');
    // So the weekend as the subject of "looks", after "but" too: "Olander said, but the weekend looks dry and sunny".
    expect(tenseOf('Another round of storms is possible Thursday afternoon, Olander said, but [the weekend] looks dry and sunny.').direction).toBe('future');
  });

  it('does not read "about" and "to" parted by a number as "about to": "falling from about 2,400 to the dollar"', () => {
    expect(tenseOf('The rupiah has lost 80 percent since last July, falling from about 2,400 to the dollar to nearly 17,000 in [January].').direction).toBe('past');
  });

  it('reads a show\'s opening told in apposition as still to come: ", opening Friday,"', () => {
    expect(tenseOf('A new exhibition at the New-York Historical Society, opening [Friday], tries to answer the question.').direction).toBe('future');
  });

  it('reads a schedule told in the present as the future', () => {
    // So "reports" after a relative pronoun, and a participle after "if": "Ledgerpoint, which reports on Thursday", "If approved Nov. 5".
    expect(tenseOf('Rival Ledgerpoint Inc, which reports on [Thursday], said last week it would cut prices.').direction).toBe('future');
    expect(tenseOf('If approved [Nov. 5], the tax would take effect Jan. 1, 2014.').direction).toBe('future');
    // And a past after "if" under a modal, a condition still to be met.
    expect(tenseOf('He said the action could be called off if the government agreed to talks before [Wednesday evening].').direction).toBe('future');
    expect(tenseOf('The judge said she would keep the jurors sequestered over the weekend if they had not reached a verdict by [Friday evening].').direction).toBe('future');
    // So a present perfect after "if", what is to be seen by then (not a present perfect told as met).
    expect(tenseOf('If nothing has changed by [Monday night], we move on.').direction).toBe('future');
    expect(tenseOf('The company has finished the work by [Friday], it said.').direction).toBe('past');
    // So a passive in the present right before the date: "when official figures are published Tuesday".
    expect(tenseOf('Inflation is expected to have eased in April when official figures are published [Tuesday].').direction).toBe('future');
    expect(tenseOf('The euro is launched on [January 1].').direction).toBe('future');
    expect(tenseOf('The president arrives in Jerusalem on [Wednesday].')).toEqual({ direction: 'future', distance: 4, firm: true });
    expect(tenseOf('He and Arafat meet separately [Monday] with Albright.').direction).toBe('future');
    // Not a plural's form after a verb's particle, its object: "rain had washed out play on Friday".
    expect(tenseOf('Rain washed out play on [Friday].').direction).toBe('past');
    expect(tenseOf('The two sides play on [Friday].').direction).toBe('future');
    expect(tenseOf('The documentary, which follows a Marine through his recovery, screens [Friday afternoon] and again on Sunday.').direction).toBe('future');
    // Nor a word twice about "to", an adverb: "bringing the two sides face to face at [7 p.m.]".
    expect(tenseOf('The mediator met the union Monday before bringing the two sides face to face at [7 p.m.]').direction).toBe('past');
    expect(tenseOf('The film drew strong reviews after its premiere [Saturday].').direction).toBe('past');
    expect(tenseOf('Endymion, the season\'s largest parade, rolls at [4:15 p.m. Saturday] in Mid-City.').direction).toBe('future');
    // After "one", whose count is no plural noun's ("in his two starts on [Friday]").
    expect(tenseOf('The current one expires [Friday], and Silver said the Assembly would act.').direction).toBe('future');
    // ("allowed one run in seven innings Wednesday night": a count of one before a bare form, that noun's.)
    expect(tenseOf('Clemens allowed one run in 7 2/3 innings [Wednesday night], and the Yankees completed a sweep.').direction).toBe('past');
    // Not a count's noun: "fewer than 7,000 votes cast Tuesday" (but a name's number, "PlayStation 4 arrives Friday", is a name's).
    expect(tenseOf('Wilder led by fewer than 7,000 votes cast [Tuesday].').direction).toBe('past');
    // Nor one after an adjective of counts: "Early returns Tuesday night led the networks to call Florida".
    expect(tenseOf('Early returns [Tuesday night] led the television networks to call Florida for Gore.').direction).toBe('past');
    expect(tenseOf('Harris declared Bush the winner of the state\'s 25 electoral votes by 537 votes [Sunday night].').direction).toBe('past');
    // (Or with a few words between the count and its noun: "23 heat-related emergency visits".)
    expect(tenseOf('Hospitals reported 23 heat-related emergency visits over [the weekend].').direction).toBe('past');
    // Nor a noun after a unit: "at year end", "its awards-season run".
    expect(tenseOf('Nonperforming assets totaled $1.02 billion at year end, up from $690 million at [the end of September].').direction).toBe('past');
    expect(tenseOf('"Argo" completed its improbable awards-season run [Sunday night], winning best picture.').direction).toBe('past');
    // Nor a verb in "-s" after an amount written onto its unit: "16-hour shifts".
    expect(tenseOf('Linemen from five states worked 16-hour shifts over [the weekend], a utility spokesman said.').direction).toBe('past');
    // ("1.8655 West German marks": nor a count's unit after a name's words.)
    expect(tenseOf('The dollar was quoted at 1.8655 West German marks, down from 1.8775 marks [Wednesday].').direction).toBe('past');
    expect(tenseOf("Sony's PlayStation 4 arrives in stores [Friday].").direction).toBe('future');
    // Or after any count, for a verb that no noun is spelt as: "The First Four continues Wednesday".
    expect(tenseOf('The First Four continues [Wednesday] with LIU Brooklyn facing James Madison.').direction).toBe('future');
    expect(tenseOf('Pellegrini makes his debut against Newcastle on [Monday night].').direction).toBe('future');
    expect(tenseOf('The ministers are meeting in Brussels on [Monday].').direction).toBe('future');
    expect(tenseOf('Retailers are bracing for a weak [Christmas].').direction).toBe('future');
    expect(tenseOf('Election officials are preparing for [Sunday].').direction).toBe('future');
    expect(tenseOf('Pataki, who is seeking a second term in [November], has said he will not sign the budget.').direction).toBe('future');
    expect(tenseOf('The National Weather Service is forecasting another 3 to 5 inches of snow [Friday night].').direction).toBe('future');
    expect(tenseOf('The hearing is set for [Sept. 12].')).toEqual({ direction: 'future', distance: 2, firm: true });
    expect(tenseOf('The hearing was set for [Sept. 12].')).toEqual({ direction: 'future', distance: 2 });
    expect(tenseOf('The state funeral is on [Tuesday].').direction).toBe('future');
    expect(tenseOf('"I\'m worried about one game, and it\'s on [Sunday]," he said.').direction).toBe('future');
    expect(tenseOf('"I\'m worried about one game, and it’s on [Sunday]," he said.').direction).toBe('future');
    // (Not "is on" and a possessive, a state: "The orbiter is on its way after a flawless launch Monday".)
    expect(tenseOf('The orbiter is on its way after a flawless launch [Monday afternoon].').direction).not.toBe('future');
    expect(tenseOf('He plays Argentina\'s Diego Soto on [Tuesday].').direction).toBe('future');
    expect(tenseOf('The series shifts to Denver on [Friday].').direction).toBe('future');
    expect(tenseOf('Voters head to the polls on [4 July].').direction).toBe('future');
    expect(tenseOf('Schools reopen on [1 September] after the summer break.').direction).toBe('future');
    expect(tenseOf('Polls close at 8 p.m. on [Sunday].').direction).toBe('future');
    expect(tenseOf('The talks run from [Monday] to Wednesday.').direction).toBe('future');
    expect(tenseOf('The country marks its independence day on [Monday].').direction).toBe('future');
    expect(tenseOf('Muslims celebrate Eid on [Tuesday].').direction).toBe('future');
    expect(tenseOf('She turns 90 on [Saturday].').direction).toBe('future');
    expect(tenseOf('The offer expires at the close of business on [Friday].').direction).toBe('future');
    expect(tenseOf('Troops deployed ahead of the election on [Sunday].').direction).toBe('future');
    expect(tenseOf('Police arrested activists ahead of [Sunday]\'s vote.')).toEqual({ direction: 'future', distance: 2, ahead: true });
    expect(tenseOf('Tensions rose in the run-up to [Sunday]\'s vote.').direction).toBe('future');
    expect(tenseOf('Traders are also looking ahead to [Tuesday]\'s release of U.S. trade figures.').direction).toBe('future');
    expect(tenseOf('Protesters gathered on the eve of [Tuesday]\'s summit.').direction).toBe('past');
    expect(tenseOf('The new rules take effect in [May].').direction).toBe('future');
    expect(tenseOf('The trial continues on [Monday].').direction).toBe('future');
    expect(tenseOf('Croatia becomes the EU\'s 28th member on [Monday].').direction).toBe('future');
    expect(tenseOf('Leaders gather today for a two-day summit that ends on [Tuesday].').direction).toBe('future');
    expect(tenseOf('The opposition has called for a general strike on [Tuesday].')).toEqual({ direction: 'future', distance: 1, firm: true });
    // Past where it leads to, and whom it calls on.
    expect(tenseOf("Capriles has called for a march to the electoral council's headquarters in central Caracas on [Wednesday].").direction).toBe('future');
    expect(tenseOf('The Brotherhood called on its supporters to march after prayers on [Friday].').direction).toBe('future');
    expect(tenseOf('Both sides are urging more rallies on [Sunday].').direction).toBe('future');
    expect(tenseOf('The Brotherhood called for nationwide protests on [Friday].').direction).toBe('future');
    expect(tenseOf('The Brotherhood called for new mass rallies after prayers on [Friday].').direction).toBe('future');
    expect(tenseOf('Kenyatta declared three days of national mourning starting on [Wednesday].').direction).toBe('future');
    expect(tenseOf('The Brotherhood urged supporters to rally after prayers on [Friday].').direction).toBe('future');
    expect(tenseOf('It rejected the declaration and urged supporters to hold mass rallies across the country on [Friday].').direction).toBe('future');
    expect(tenseOf('Opposition leaders called for a mass rally in the capital on [Sunday].').direction).toBe('future');
    // An act asked for is still to come, whenever it was asked.
    expect(tenseOf('A federal mediator has asked both sides to return at [10 a.m. Wednesday].').direction).toBe('future');
    // (An object of up to seven words: "the leaders of both parties in Congress".)
    expect(tenseOf('He has invited the leaders of both parties in Congress to meet with him [Friday].').direction).toBe('future');
    // (And up to ten words of the act: "urged drivers to stay off Route 219 and Interstate 90 south of the city Sunday".)
    expect(tenseOf('State police urged drivers to stay off Route 219 and Interstate 90 south of the city [Sunday].').direction).toBe('future');
    expect(tenseOf('Many companies are asking technicians to be on duty [Friday night].').direction).toBe('future');
    // Past a past further back: "confirmed 14 cases and are urging parents to check their records before the weekend".
    expect(tenseOf('Officials confirmed 14 cases and are urging parents to check records before [the weekend].').direction).toBe('future');
    // (So a plural's advice: "State police advise drivers to avoid Route 6 between 2 p.m. and 7 p.m. Monday".)
    expect(tenseOf('Ferry traffic was heavy on Friday. State police advise drivers to avoid Route 6 on [Monday].').direction).toBe('future');
    // Asked for before a past told, it may have come since: a plan told in the past.
    expect(tenseOf('McDonough had summoned executives to a meeting [Tuesday night] after concluding that a collapse was near.')).toEqual({ direction: 'future', distance: 1, plannedInPast: true });
    expect(tenseOf('The town has asked residents to light candles [Saturday evening].').direction).toBe('future');
    // A plural's schedule: "The second and third shows follow on [Sunday]".
    expect(tenseOf('The second and third shows follow on [Sunday] and Monday.').direction).toBe('future');
    // Not after a date's name, a noun: "after its Oct. 1 launch".
    expect(tenseOf('The site was nearly unusable for much of October and into [November] after its Oct. 1 launch.').direction).toBe('past');
    // What lies ahead, in a headline as in text; what was likely when it was said.
    expect(tenseOf('Christie poised for big win [Tuesday]').direction).toBe('future');
    expect(tenseOf('Debt deadline looms [Thursday]').direction).toBe('future');
    // A headline's "to" and its verb: "Front Street bridge to close Monday"; not "to" in a sentence of a story ("went to close the deal").
    expect(tenseOf('Front Street bridge to close [Monday] for deck replacement\nCLAIRTON - The bridge will close.').direction).toBe('future');
    expect(tenseOf('The chief went to close the deal on [Monday].').direction).not.toBe('future');
    expect(tenseOf('Forecasters said that snow was likely from [Thursday] through the weekend.').direction).toBe('future');
    // "next" of a date is no cue of another: "arrested the next day and appeared in court on Thursday".
    expect(tenseOf('He was arrested the next day and appeared in court on [Thursday].').direction).toBe('past');
    expect(tenseOf('Stocks rallied after he withdrew his name from consideration as the next Fed chairman on [Sunday].').direction).toBe('past');
    expect(tenseOf('The party called for calm on [Friday].').direction).toBe('past');
    expect(tenseOf('Unions called a general strike for [Thursday].').direction).toBe('future');
    // (Two words may describe it, and a ban is called for a day too: "declared a total fire ban for Tuesday".)
    expect(tenseOf("Fire authorities declared a total fire ban for [Tuesday] across 11 of the state's 15 fire districts.").direction).toBe('future');
    // (Its place may take four words, "at the Northdale civic hall"; "what he called his last match" names, no call for one.)
    expect(tenseOf('He has called a public meeting at the Northdale civic hall for [Wednesday evening].').direction).toBe('future');
    expect(tenseOf('Ekholm played what he called his last match at the All England Club on [Friday], losing a semifinal.').direction).toBe('past');
    expect(tenseOf('Yeltsin called elections for a new parliament on [December 12].').direction).toBe('future');
    expect(tenseOf('Yeltsin called elections for December. In a televised address on [Monday], he said the vote would go ahead.').direction).not.toBe('future');
    // A source's verb after a comma tells when it was said, not the tense the cue before the date tells.
    expect(tenseOf('The pope will meet his predecessor, Benedict XVI, at Castel Gandolfo [Saturday], the Vatican said.').direction).toBe('future');
    // Nor does a verb after "that" right after the date, which is another clause's.
    expect(tenseOf('The group began a follow-up trial in [January] that will track 3,000 volunteers.').direction).toBe('past');
    // An event of sport held on a day, awaited: "before Saturday's friendly".
    expect(tenseOf('He will be introduced to supporters before [Saturday]\'s friendly against Valencia.').direction).toBe('future');
    expect(tenseOf('Talks on [Monday] ended, the ministry said.').direction).toBe('past');
    // A source's verb set between commas is no verb of the date's clause: the one before it tells.
    expect(tenseOf('Stores will remain closed on Christmas Day, the chain said, reopening on [Dec. 26].').direction).toBe('future');
    expect(tenseOf('Prices rose sharply, the ministry said, citing data from [December].').direction).toBe('past');
    // So is a relative clause set between commas right before the date.
    expect(tenseOf('He will play Todd Whitaker, who reached his first Grand Slam final on Friday, at [2 p.m. Sunday].').direction).toBe('future');
    expect(tenseOf('Police arrested Smith, who fled the city on Friday, on [Sunday].').direction).toBe('past');
    expect(tenseOf('Speaker Newt Gingrich has called a meeting of House Republicans for [Friday].').direction).toBe('future');
    // Over a compound of a count: "have called a 24-hour general strike for Wednesday" (not "canceled about 300 flights on Sunday").
    expect(tenseOf('Unions have called a 24-hour general strike for [Wednesday].').direction).toBe('future');
    expect(tenseOf('Vajpayee announced the blasts at a hastily called news conference on [Monday evening].').direction).toBe('past');
    expect(tenseOf('The airport canceled about 300 flights on [Sunday].').direction).toBe('past');
    expect(tenseOf('Italy declared national mourning for [Friday].').direction).toBe('future');
    expect(tenseOf('Several school districts have already canceled classes for [Monday].').direction).toBe('future');
    // An -ed word after a possessive is an adjective: "the airport's proposed new runway".
    expect(tenseOf('The FAA will hold public meetings on the airport\'s proposed new runway on [Monday].').direction).toBe('future');
    // What is to be done by a deadline is read from its "to": "hope to put the deal into effect by late January".
    expect(tenseOf('Negotiators will resume talks and hope to put the deal into effect by [late January].').direction).not.toBe('past');
    // The season a thing is for is to come: "bookings for the summer".
    expect(tenseOf('Hotel owners say they were worried about bookings for [the summer].').direction).toBe('future');
    expect(tenseOf('Network Rail had placed 4,000 staff on standby for [the weekend].').direction).toBe('future');
    expect(tenseOf('The city canceled days off for 8,000 officers for [the holiday weekend].').direction).toBe('future');
    expect(tenseOf('The opposition called a nationwide strike from [Sunday] to Tuesday.').direction).toBe('future');
    expect(tenseOf('A major union called a two-day strike starting on [Tuesday].').direction).toBe('future');
    expect(tenseOf('Unions called a strike beginning [Monday].').direction).toBe('future');
    // So one announced to start then (not "announced the launch on Monday", the day of announcing), one called after a day's prayers,
    // and a march called through a city.
    expect(tenseOf('The unions announced a two-day strike starting on [Tuesday] in support of the protesters.').direction).toBe('future');
    expect(tenseOf('Apple announced the launch on [Tuesday].').direction).toBe('past');
    expect(tenseOf('The group called for nationwide protests after [Friday] prayers.').direction).toBe('future');
    expect(tenseOf('The university canceled classes after [3 p.m.]').direction).not.toBe('future');
    expect(tenseOf('Environmental groups have called a march through central Warsaw for [Saturday].').direction).toBe('future');
    // A day declared a holiday, and what is organized for a day; a hold on someone until a day.
    expect(tenseOf('The government has declared [Wednesday] a holiday, but many will be at their dachas.').direction).toBe('future');
    // What a forecast calls for (not in the past perfect), and a day's schedule.
    expect(tenseOf('Forecasters Wednesday called for clear skies [Sunday morning], with temperatures in the mid-30s.').direction).toBe('future');
    expect(tenseOf('Forecasts had called for snow on [Monday].').direction).toBe('past');
    expect(tenseOf("[Sunday]'s schedule is quieter: a gospel sing at the gazebo at 2 p.m.").direction).toBe('future');
    expect(tenseOf('Friends have organized a memorial walk along her usual route for [Saturday] at 8 a.m.').direction).toBe('future');
    expect(tenseOf('A second man was arrested on Tuesday and has been bailed until [January].').direction).toBe('future');
    expect(tenseOf('He was remanded in custody until [Friday].').direction).toBe('future');
    // A verb of schedule in the plural is a noun in a singular noun phrase: "in a Labor Party leadership vote".
    expect(tenseOf('Rudd was sworn in after defeating Gillard in a Labor Party leadership vote on [Wednesday] night.').direction).toBe('past');
    // So after "the" and an adjective ("the presidential vote"), but not a noun in "-al" ("Tickets for the final go on sale Friday").
    expect(tenseOf("Chiluba's party won about three-quarters of the presidential vote in [Thursday]'s election.").direction).toBe('past');
    expect(tenseOf('Tickets for the final go on sale to season-ticket holders on [Friday].').direction).toBe('future');
    // So after a possessive determiner and an adjective or a compound, but not after its noun.
    expect(tenseOf('The county fair wrapped up its five-day run [Friday] night.').direction).toBe('past');
    expect(tenseOf('The House held its final votes [Friday] morning.').direction).toBe('past');
    expect(tenseOf('He declined to say whether he would stay when his term ends in [January].').direction).toBe('future');
    expect(tenseOf('A group of lawmakers vote on [Friday].').direction).toBe('future');
    // A plural's verb of schedule after "and" before its object: "are 15-17 and open a three-game series against Dover Friday".
    expect(tenseOf('The Miners are 15-17 and open a three-game series against Dover [Friday].').direction).toBe('future');
    // A prefix hyphened onto a participle is the participle's: "will be re-evaluated Wednesday".
    expect(tenseOf('Reed practiced last week and will be re-evaluated [Wednesday].').direction).toBe('future');
    // "follows on" a day is a schedule; "follows a decision on" a day is what came before.
    expect(tenseOf('The third round follows on [Saturday].').direction).toBe('future');
    expect(tenseOf("Downtown's tree lighting follows [Friday] at 5:30 p.m.").direction).toBe('future');
    expect(tenseOf('The ruling follows a decision on [Sept. 27] by a trial judge.').direction).not.toBe('future');
    // An event named as the subject of what it is to be: "Saturday's primary is the first in the South", but not "is over".
    expect(tenseOf('[Saturday]\'s primary is the first in the South this year.').direction).toBe('future');
    expect(tenseOf('[Sunday]\'s election is over.').direction).toBe('past');
    // What is possible or likely on a day is still to come.
    expect(tenseOf('A signing ceremony at the White House is possible [Wednesday].').direction).toBe('future');
    expect(tenseOf('The Reds traditionally open the schedule at home, and opening day is still [Monday].').direction).toBe('future');
    expect(tenseOf('If clouds force a delay, a backup opportunity is available [Friday].').direction).toBe('future');
    expect(tenseOf('Polls are open [Tuesday] from 6 a.m. to 9 p.m.').direction).toBe('future');
    // No schedule: a past participle after "was" ("the race was run"), a noun after an ordinal ("his 62nd home run").
    expect(tenseOf('The downhill was postponed before it was finally run [Friday].').direction).toBe('past');
    expect(tenseOf('Mark McGwire\'s 62nd home run [Tuesday] night broke the record.').direction).toBe('past');
    expect(tenseOf('The first race runs [Saturday].').direction).toBe('future');
    // A bare form after a verb's own bare form is its object: "forced officials to suspend play on Sunday".
    expect(tenseOf('Thunderstorms forced officials to suspend play on [Sunday].').direction).toBe('past');
    // So is one right after a past in "-ed", but not after a name: "United play West Ham on Saturday".
    expect(tenseOf('Fog rolling in off the Pacific delayed play for hours on [Thursday].').direction).toBe('past');
    expect(tenseOf('United play West Ham in the FA Cup on [Saturday].').direction).toBe('future');
    // Or after a verb of seeing or making and its object: "watched the Dow close above 10,000 in March".
    expect(tenseOf('He watched the Dow close above 10,000 for the first time in [March].').direction).toBe('past');
    // "last" of a date of its own is that date's: "than last year because Thanksgiving falls on Nov. 28".
    expect(tenseOf('The season is shorter than last year because [Thanksgiving] falls on Nov. 28.').direction).not.toBe('past');
    expect(tenseOf('Tickets for the final go on sale on [Friday].').direction).toBe('future');
    // After the date, a bare form after a word in lower case that is no plural is a noun: "school start times".
    expect(tenseOf('An editorial [Sunday] about school start times incorrectly said the district changed its schedule.').direction).toBe('past');
    // A listing's or an answer's day, after a colon, is to come.
    expect(tenseOf('Indoor farmers market: [Saturday], 9 a.m.-1 p.m., Grange Hall.').direction).toBe('future');
    // Not an answer told in the past.
    expect(tenseOf('LISA MORENO: [Tuesday afternoon], honestly, I went home and cleaned the garage.').direction).toBe('past');
    // Not a day that is the subject of a past after the colon.
    expect(tenseOf('They asked whether the date was chosen deliberately: [Tuesday] was the anniversary of his birth.').direction).toBe('past');
    // Verbs of schedule: "tees off", "choose".
    expect(tenseOf('Tiger Woods tees off [Thursday] at Augusta.').direction).toBe('future');
    expect(tenseOf('Curator Ellen Park gives a gallery talk [Saturday] at 2 p.m.').direction).toBe('future');
    expect(tenseOf('The Crestwood Holiday Parade steps off at [6 p.m. Saturday] from the high school.').direction).toBe('future');
    expect(tenseOf('Voters in New Jersey and Virginia choose governors on [Tuesday].').direction).toBe('future');
    expect(tenseOf('Online retailers are expecting record sales on [Monday].').direction).toBe('future');
    expect(tenseOf('The trial continued on [Monday].').direction).toBe('past');
  });

  it('reads the present of what is given out on a day set as a schedule, but not a report of what was said', () => {
    expect(tenseOf('The chancellor delivers his Budget on [Wednesday].').direction).toBe('future');
    expect(tenseOf('The ministry releases the figures on [Friday].').direction).toBe('future');
    expect(tenseOf('The president addresses the nation on [Monday].').direction).toBe('future');
    expect(tenseOf('He stands trial in [May].').direction).toBe('future');
    expect(tenseOf('The BBC reports that on [Monday] the talks collapsed.').direction).not.toBe('future');
    expect(tenseOf('The film is a contender when the Academy announces its picks on [Thursday morning].').direction).toBe('future');
    expect(tenseOf('The ministry announces that on [Monday] the talks collapsed.').direction).not.toBe('future');
  });

  it('reads the present of assemblies, courts and hospitals as a schedule: "The Security Council votes Monday"', () => {
    expect(tenseOf('The Security Council votes [Monday] on the new resolution.').direction).toBe('future');
    // Not a count's noun: "36 million votes cast in [Friday]'s election".
    expect(tenseOf('He took 50.68 percent of the more than 36 million votes cast in [Friday]\'s election.').direction).toBe('past');
    expect(tenseOf('The Supreme Court hears arguments in the case [Wednesday].').direction).toBe('future');
    expect(tenseOf('King Hussein undergoes surgery [Thursday] at the Mayo Clinic.').direction).toBe('future');
    expect(tenseOf('Foreign ministers gather in Geneva [Tuesday] for talks.').direction).toBe('future');
    expect(tenseOf('Both houses convene [Tuesday] to debate the budget.').direction).toBe('future');
    expect(tenseOf('The opposition holds a rally [Sunday] in the capital.').direction).toBe('future');
    expect(tenseOf('The votes [Tuesday] were counted by hand.').direction).toBe('past');
    expect(tenseOf('They refused to hold talks on [Tuesday].').direction).not.toBe('future');
  });

  it('reads a date counted "since" as firmly past, however far off the word: "have fallen since their peak in [June]"', () => {
    expect(tenseOf('Prices have fallen since their peak in [June].')).toEqual({ direction: 'past', distance: 4, firm: true });
  });

  it('reads a milestone told in the present as the future: "The war enters its third year on Saturday"', () => {
    expect(tenseOf('The war enters its third year on [Saturday].').direction).toBe('future');
    expect(tenseOf('The strike entered its third day on [Wednesday].').direction).toBe('past');
  });

  it('reads a release told in the present as the future: "The ONS publishes figures on Friday"', () => {
    expect(tenseOf('The ONS publishes figures on [Friday].').direction).toBe('future');
    expect(tenseOf('That increase reaches the House floor [Wednesday].').direction).toBe('future');
    // The day a participle of saying was said on is gone by: "predicted that the vote would be close, saying Sunday that".
    expect(tenseOf('Ruffin predicted that the vote would be close, saying [Sunday] that members are still making up their minds.').direction).toBe('past');
    expect(tenseOf('Apple unveils its new phone on [Tuesday].').direction).toBe('future');
    // So "reports", the verb (not the noun: "according to reports filed Tuesday", "earlier reports, including an attack in March").
    expect(tenseOf('The Commerce Department reports retail sales for December on [Tuesday].').direction).toBe('future');
    expect(tenseOf('Graystone Foods reports [Wednesday].').direction).toBe('future');
    expect(tenseOf('The campaign raised $4.2 million, according to reports filed [Tuesday].').direction).toBe('past');
    expect(tenseOf('Inspectors will investigate earlier reports, including an attack near Aleppo in [March].').direction).not.toBe('future');
  });

  it('reads a decision told in the present as still to come: "On Sunday, voters decide"', () => {
    expect(tenseOf('Voters decide on [Sunday] whether to approve it.').direction).toBe('future');
    expect(tenseOf('The court decides on [Monday].').direction).toBe('future');
  });

  it('reads a span told in the present as still to come: "Early voting runs from Oct. 22"', () => {
    expect(tenseOf('Early voting runs from [Oct. 22] to Nov. 2.').direction).toBe('future');
    expect(tenseOf('The season officially opens June 1 and lasts six months, ending on [Nov. 30].').direction).toBe('future');
    expect(tenseOf('The exhibition runs until [June].').direction).toBe('future');
  });

  it('reads short regular pasts as the past: "Chicago dyed its river green on [Saturday]"', () => {
    expect(tenseOf('Chicago dyed its river green on [Saturday], and more celebrations are planned today.').direction).toBe('past');
    expect(tenseOf('Police used tear gas on [Saturday].').direction).toBe('past');
  });

  it('reads the verb before a participle after a linking verb: "will stay closed on [Monday]"', () => {
    expect(tenseOf('Banks will stay closed on [Monday].').direction).toBe('future');
    expect(tenseOf('Banks will remain closed on [Monday].').direction).toBe('future');
    expect(tenseOf('The shops stayed closed on [Monday].').direction).toBe('past');
  });

  it('reads no cue in "until" right after a date, which opens the end of its span: "from [June 8] until Sept. 1"', () => {
    expect(tenseOf('He was treated in hospital from [June 8] until Sept. 1.').direction).toBe('past');
    expect(tenseOf('Banks will stay closed from [Monday] until Friday.').direction).toBe('future');
  });

  it('reads "U.S." before a name as no sentence end: "is expected to meet U.S. President Barack Obama on [Monday]"', () => {
    expect(tenseOf('Putin is expected to meet U.S. President Barack Obama on [Monday].').direction).toBe('future');
    expect(tenseOf('He is expected to move to the U.S. He left on [Monday].').direction).toBe('past');
    // Nor one before a quotation: 'said a forecaster in Upton, N.Y. "By [the afternoon], things will start going downhill."'
    expect(tenseOf('"Leave early," said Jerry Amato, a forecaster in Upton, N.Y. "By [the afternoon], things will start going downhill."').direction).toBe('future');
    // What a date is counted "since" lies before now, whatever the verb: "We've talked about this since [January]".
    expect(tenseOf('"We\'ve talked about this since [January]," he said.')).toEqual({ direction: 'past', distance: 1, firm: true });
    // A date said of, as the subject before a modal: "Forecasters said [the weekend] should be dry"; not the day of saying, nor a participle's.
    expect(tenseOf('Forecasters said [the weekend] should be dry but cold.').direction).toBe('future');
    expect(tenseOf('The trade group said [Friday] would likely be the busiest day.').direction).toBe('future');
    expect(tenseOf('Forecasters said [Wednesday] and Thursday would bring more dry, windy weather.').direction).toBe('future');
    expect(tenseOf('The agency said [Friday afternoon] and Monday evening were likely to be the busiest periods.').direction).toBe('future');
    // So after "that", whatever verb of saying comes before it: "warned that [the first quarter] would remain difficult".
    expect(tenseOf('He warned that [the first quarter] would remain difficult.').direction).toBe('future');
    expect(tenseOf('The budget agreement announced [Tuesday] would prevent another shutdown.').direction).toBe('past');
    // "was to" an act: an arrangement told in the past, still to come (not "was to blame").
    expect(tenseOf('McCain was to fly to California today and spend [Thursday] campaigning in New York.')).toEqual({ direction: 'future', distance: 7, plannedInPast: true });
    expect(tenseOf('The driver was to blame for the crash on [Monday].').direction).not.toBe('future');
  });

  it('leaves a clause joined with an auxiliary after the date out of its tense, past commas too', () => {
    expect(tenseOf('Francis will take possession of his cathedral, the Basilica of St. John Lateran, on [Sunday], and has confirmed a visit.').direction).toBe('future');
    // With no cue before, the verb joined after is the date's own.
    expect(tenseOf('Protesters planned a large demonstration on [Saturday] and were planning to drive to the airport.').direction).toBe('future');
    // "appears to" is "seems to", no appearance set for the day.
    expect(tenseOf('The illness appears to have spread through the hospital in [April].').direction).not.toBe('future');
    expect(tenseOf('The senator appears on Meet the Press on [Sunday].').direction).toBe('future');
    // Nor a participle with "by" right after the date's comma, which opens a phrase: "On Sunday, surrounded by her family, she will".
    expect(tenseOf('On [Sunday], surrounded by four generations of her family, she will turn 100.').direction).toBe('future');
    expect(tenseOf('The carnival opens with a parade at [6 p.m.], followed by fireworks.').direction).toBe('future');
    // Nor a participle right after the date that describes what it is of: "will open an exhibition on Oct. 19 centered on the painting".
    expect(tenseOf('The museum said it will open an exhibition on [Oct. 19] centered on the painting.').direction).toBe('future');
    // Nor a verb of intent joined after it: "opened cooling stations on Thursday and plans to keep them open".
    expect(tenseOf('The Salvation Army opened cooling stations in Phoenix on [Thursday] and plans to keep them open.').direction).toBe('past');
    // So one told in the past: "declared 38 counties disaster areas on Sunday and planned to tour flooded neighborhoods".
    expect(tenseOf('The governor declared 38 counties disaster areas on [Sunday] and planned to tour flooded neighborhoods.').direction).toBe('past');
  });

  it('reads no schedule verb after a single letter: "ran out of N95 face masks on [Wednesday]"', () => {
    expect(tenseOf('Pharmacies ran out of N95 face masks on [Wednesday].').direction).toBe('past');
    expect(tenseOf('Leaders face trial on [Monday].').direction).toBe('future');
  });

  it('leaves a clause a conjunction opens after the date out of its tense: "would close the factories on [Saturday] after workers clashed"', () => {
    expect(tenseOf('Owners said they would close all factories in the zone on [Saturday] after workers clashed with police.').direction).toBe('future');
  });

  it('reads past a verb with a date of its own right after it: "will report results for the quarter that ended Dec. 31 on Feb. 5"', () => {
    expect(tenseOf('The company will report results for the quarter that ended Dec. 31 on [Feb. 5].').direction).toBe('future');
    expect(tenseOf('Sales, which fell in 2012 and rose in early 2013, will double by [March].').direction).toBe('future');
    expect(tenseOf('He was arrested Monday and charged on [Tuesday].').direction).toBe('past');
    expect(tenseOf('Prices rose 5 percent in [March].').direction).toBe('past');
    // (Not a month that names the thing after it: "releases June retail sales on Monday".)
    expect(tenseOf('Economic data will crowd the calendar. The Commerce Department releases June retail sales on [Monday].').direction).toBe('future');
  });

  it('does not read a schedule verb used as a noun, after "to", or far from the date', () => {
    expect(tenseOf('The protest marked a return to the demonstrations of [early December].').direction).not.toBe('future');
    expect(tenseOf("It has sold 3.45 million consoles since the machine's launch in [November].").direction).not.toBe('future');
    expect(tenseOf('Sales rose after the companies’ launch in [November].').direction).not.toBe('future');
    expect(tenseOf('Heads of state met on [Monday].').direction).toBe('past');
    expect(tenseOf('On [Wednesday], Ricardo Alarcon, head of Cuba\'s National Assembly, said the convictions proved it.').direction).toBe('past');
    expect(tenseOf('They tried to meet on [Monday].').direction).toBe('past');
    expect(tenseOf('The store is open on [Monday].').direction).not.toBe('future');
    expect(tenseOf('It is continuing to try to sell itself, under a [June] agreement.').direction).not.toBe('future');
    expect(tenseOf('Operators who specialize in travel in Kenya and Tanzania, which boast the best game parks, say there were no cancellations after the [Aug. 7] bombings.').direction).not.toBe('future');
  });

  it('reads the verb after a long subject when the date opens the sentence', () => {
    expect(tenseOf('On [Tuesday], the National Abortion and Reproductive Rights Action League plans to hold a news conference.').direction).toBe('future');
  });

  it('reads a passive through an adverb between "be" and its participle', () => {
    expect(tenseOf('The pope will be formally inaugurated on [Tuesday].').direction).toBe('future');
    expect(tenseOf('The pope was formally inaugurated on [Tuesday].').direction).toBe('past');
    expect(tenseOf('Reservations are strongly recommended for sailings on [Dec. 27].').direction).not.toBe('past');
  });

  it('takes a day named for what happened on it from the past', () => {
    expect(tenseOf("They will appeal [Wednesday]'s ruling.").direction).toBe('past');
  });

  it('takes a day named for what is awaited as still to come: "Investors are waiting for [Thursday]\'s data"', () => {
    expect(tenseOf("Investors are waiting for [Thursday]'s data.").direction).toBe('future');
    expect(tenseOf("Markets await [Friday]'s jobs report.").direction).toBe('future');
    expect(tenseOf("Quarterback Cody Lane is questionable for [Saturday]'s game at Oklahoma.").direction).toBe('future');
    expect(tenseOf("Kirui is one of the favorites for [Monday]'s race.").direction).toBe('future');
    expect(tenseOf("He waited for [Monday]'s verdict.").direction).toBe('past');
    expect(tenseOf("Tickets for [Saturday]'s game went on sale on Monday.").direction).toBe('future');
    expect(tenseOf("The green flag for [Sunday]'s Indianapolis 500 is scheduled to drop at 12:12 p.m.").direction).toBe('future');
    // So is the occasion of what will be done "at" it.
    expect(tenseOf("A history of the congregation will be released at [Sunday]'s service.").direction).toBe('future');
    expect(tenseOf("Drummond said Friday that he will retire after [Sunday]'s regular-season finale against Tampa.").direction).toBe('future');
    // So are a day's events told in the present: "Sunday's events include a church service".
    expect(tenseOf("[Sunday]'s events include a church service at 9:30 a.m. and a picnic.").direction).toBe('future');
    expect(tenseOf("Two men were arrested at [Saturday]'s protest.").direction).toBe('past');
  });

  it('reads the participle of "with" and its noun in the tense of the clause: "expected to be light, with markets closed on [Thursday]"', () => {
    expect(tenseOf('Trading was expected to be light this week, with markets closed on [Thursday] for Thanksgiving.').direction).toBe('future');
    expect(tenseOf('The interim deal with Iran, reached early [Sunday] in Geneva, will last six months.').direction).toBe('past');
  });

  it('takes the participle of a perfect infinitive before "by" as still to be done: "hopes to have it enacted by [the end of May]"', () => {
    expect(tenseOf('The budget was submitted in January, and the government hopes to have it enacted by [the end of May].').direction).toBe('future');
    expect(tenseOf('Under the accords, those talks were supposed to have been concluded by [May 4].').direction).toBe('past');
  });

  it('takes what was hoped to be done on a day as still to come: "said they hoped to resume a limited schedule [Saturday night]"', () => {
    expect(tenseOf('Airlines said they hoped to resume a limited schedule [Saturday night] and normal operations on Sunday.').direction).toBe('future');
    expect(tenseOf('Organizers had hoped to open the stadium on [Thursday].').direction).toBe('past');
  });

  it('takes what was wanted by a date as still to be met: "Santos still wanted a final agreement by [November]"', () => {
    expect(tenseOf('He said Santos still wanted a final agreement by [November].').direction).toBe('future');
    // So what was asked for by a date.
    expect(tenseOf('Lawyers for both sides asked for a decision by [mid-June] so the board can prepare.').direction).toBe('future');
    expect(tenseOf('He said his side wanted an international monitoring force deployed by [August].').direction).toBe('future');
    // So what is promised or threatened from a day: it starts then.
    expect(tenseOf('Local leaders have threatened to block roads from [Monday] unless the government pays.').direction).toBe('future');
    expect(tenseOf('The company raised wages in 2012 and has promised another rise from [July].').direction).toBe('future');
    expect(tenseOf('Prices rose from [July] to September.').direction).not.toBe('future');
    // So what was foretold or promised by a date.
    expect(tenseOf('Castle, a Republican negotiator, predicted final passage by [Friday night].').direction).toBe('future');
    // So what is needed or required by a date: "none of the 12 spending bills needed by Oct. 1".
    expect(tenseOf('Congress has passed none of the 12 spending bills needed by [Oct. 1].').direction).toBe('future');
    expect(tenseOf('Santos reached a final agreement by [November].').direction).toBe('past');
  });

  it('reads a participle after an object pronoun as what it is left in, no act: "would keep them sequestered over [the weekend]"', () => {
    expect(tenseOf('The judge said she would keep them sequestered over [the weekend].').direction).toBe('future');
    expect(tenseOf('Police saw him arrested on [Monday].').direction).toBe('past');
  });

  it('reads "until" before what ends a span as no cue, and the verb before it as the date\'s: "governed until his death on [Tuesday]"', () => {
    expect(tenseOf('Hugo Chavez, who governed Venezuela for 14 years until his death on [Tuesday], will lie in state for seven days.').direction).toBe('past');
    expect(tenseOf('The minister will stay in office until the election on [Sunday].').direction).toBe('future');
    expect(tenseOf("He had waited until after [Tuesday]'s midterm elections to do so.").direction).toBe('past');
    expect(tenseOf("He will wait until after [Tuesday]'s elections to decide.").direction).toBe('future');
  });

  it('takes a date "before" which something is to happen, with no verb to tell, as still to come: "before [spring], Holt said"', () => {
    expect(tenseOf('Without a deal before [the summer], Cyprus risks running out of money.').direction).toBe('future');
    expect(tenseOf("We don't see relief from energy prices before [spring], Holt said.").direction).toBe('future');
    expect(tenseOf('"We don\'t see relief from energy prices before [spring]," Holt said.').direction).toBe('future');
    expect(tenseOf('Prices rose before [Christmas].').direction).toBe('past');
  });

  it('takes the day a deadline falls on as still to come, whatever was done before it, unless it is told as gone by', () => {
    expect(tenseOf('Lawmakers sent the governor a budget late Thursday, beating a [Sunday] deadline.').direction).toBe('future');
    expect(tenseOf('They set a deadline of [5 p.m. Tuesday] for Morsi to step down.').direction).toBe('future');
    expect(tenseOf("Markets are watching Washington as [Thursday]'s deadline approaches.").direction).toBe('future');
    expect(tenseOf('With the filing deadline on [Monday], the IRS said it had received 100 million returns.').direction).toBe('future');
    expect(tenseOf('Students who miss the [June 30] deadline can still apply.').direction).toBe('future');
    expect(tenseOf("Congress raised the debt limit, averting a default after [Thursday]'s deadline.").direction).toBe('future');
    // Gone by: missed, blown through, failed, or months after it.
    expect(tenseOf("The board had already missed the state's [July 1] deadline.").direction).toBe('past');
    expect(tenseOf('Ms. Harris had set a deadline of [5 p.m. Tuesday] for counties to submit their returns.').direction).toBe('past');
    expect(tenseOf('The vote came hours after lawmakers blew through a [Monday] deadline.').direction).toBe('past');
    expect(tenseOf('Congress failed to agree on a spending bill by a [Monday night] deadline.').direction).toBe('past');
    expect(tenseOf('He sent his budget more than two months after the [Feb. 4] deadline set in law.').direction).toBe('past');
    // Or told as gone by after it: "a Monday night deadline passed".
    expect(tenseOf('The shutdown began Tuesday after a [Monday night] deadline passed without an agreement.').direction).toBe('past');
    // ("by the Tuesday deadline" is read as other deadlines after "by" are: met, in a clause told in the past.)
    expect(tenseOf('Sony completed its offer, with shareholders tendering 99% by the [Tuesday] deadline.').direction).toBe('past');
    expect(tenseOf('The House voted to authorise force if Iraq does not pull out of Kuwait by [Tuesday]\'s United Nations deadline.').direction).toBe('future');
    expect(tenseOf('Most shareholders tendered their shares by [Tuesday]\'s deadline.').direction).toBe('past');
  });

  it('takes a day awaited as still to come, named for an event or not: "passengers holding tickets for [Friday]"', () => {
    expect(tenseOf('The phone lines were jammed with calls from passengers holding tickets for [Friday] and Saturday.').direction).toBe('future');
    expect(tenseOf('The new terminal was ready for [Monday], officials said.').direction).toBe('future');
    expect(tenseOf("After that, the club will release unclaimed seats for [Saturday]'s opener to the public.").direction).toBe('future');
    expect(tenseOf('Fans waited for hours on [Monday].').direction).toBe('past');
    expect(tenseOf("She said bookings for July and [August] were running ahead of last year's pace.").direction).toBe('future');
    expect(tenseOf("Hollywood is bracing for [Sunday]'s Academy Awards.").direction).toBe('future');
    expect(tenseOf("Investors will focus on [Friday]'s August jobs report.").direction).toBe('future');
    expect(tenseOf("The Patriots are hopeful he will be available for [Sunday]'s divisional playoff game.").direction).toBe('future');
    expect(tenseOf("The winner earns a spot in [Thursday]'s second-round game against Memphis.").direction).toBe('future');
    // Not where a thing takes place, whose tense the verb tells: "will take place in April" is a future told from now.
    expect(tenseOf('The summit will take place in [April].')).toMatchObject({ direction: 'future', firm: true });
  });

  it('takes a day something is booked, added, called or cancelled for as still to come: "An extra matinee has been added for [Nov. 29]"', () => {
    expect(tenseOf('Several churches have already canceled services for [Sunday].').direction).toBe('future');
    expect(tenseOf('An extra matinee has been added for [Nov. 29].').direction).toBe('future');
    expect(tenseOf('Many restaurants were booked solid for [Sunday] brunch.').direction).toBe('future');
    expect(tenseOf('More demonstrations have been called for [Thursday] evening.').direction).toBe('future');
    expect(tenseOf('BART added trains for [the holiday weekend].').direction).toBe('future');
    // Not figures added for a period: "Employers added 200,000 jobs for [October]".
    expect(tenseOf('Employers added 200,000 jobs for [October], the department said.').direction).not.toBe('future');
  });

  it('takes a day named for an event held at a place, told in the present of a schedule, as still to come: "Sunday\'s match at The Hawthorns kicks off"', () => {
    expect(tenseOf("[Sunday]'s match at The Hawthorns kicks off at 16:00 BST.").direction).toBe('future');
    expect(tenseOf("[Sunday]'s game against Chelsea ended in a draw.").direction).toBe('past');
    // Nor what the event was, told in the present: "Saturday's vote marks the first time a civilian government has completed its term".
    expect(tenseOf("[Saturday]'s vote marks the first time a civilian government has completed its term.").direction).not.toBe('future');
  });

  it('takes a day named for an event that was cancelled, called off or moved as still to come: "Organisers called off [Sunday]\'s half-marathon"', () => {
    expect(tenseOf("Organisers called off [Sunday]'s half-marathon after heavy snow.").direction).toBe('future');
    expect(tenseOf("The storm forced lawmakers to cancel [Friday]'s sessions.").direction).toBe('future');
    expect(tenseOf("The academy postponed [Saturday]'s football game because of the shutdown.").direction).toBe('future');
    expect(tenseOf("Organisers have moved the start of [Sunday]'s marathon forward by an hour.").direction).toBe('future');
    // So in the passive, told in the present: "Saturday's winter farmers market at the Armory has been called off".
    expect(tenseOf("[Saturday]'s winter farmers market at the Armory has been called off.").direction).toBe('future');
    expect(tenseOf("[Saturday]'s game was postponed because of rain.").direction).toBe('past');
    // Not what was held up or halted once begun: "Rain delayed the start of Friday's second round".
    expect(tenseOf("Rain delayed the start of [Friday]'s second round by three hours.").direction).toBe('past');
    expect(tenseOf("Divers suspended [Sunday]'s search at nightfall.").direction).toBe('past');
  });

  it('reads what follows in a sequence in the tense of what it follows: "will be announced Wednesday, followed by literature on [Thursday]"', () => {
    expect(tenseOf('The chemistry prize will be announced Wednesday, followed by literature on [Thursday].').direction).toBe('future');
    expect(tenseOf('Physics was announced Tuesday, followed by chemistry on [Wednesday].').direction).toBe('past');
    expect(tenseOf('The quake was followed by a tsunami on [Tuesday].').direction).toBe('past');
    // Right after the date, with no comma, "followed by" still opens a phrase of its own, no verb of the date's clause.
    expect(tenseOf('Forecasters said another storm could bring snow [Saturday] followed by rain and sleet Sunday.').direction).toBe('future');
  });

  it('takes a day named for an event that is the subject of a future as still to come: "Sunday\'s election will be close"', () => {
    expect(tenseOf("[Sunday]'s election will be close.").direction).toBe('future');
    // So one a present copula names: "The main event is Thursday's first estimate of GNP" (not "The highlight was Friday's game").
    expect(tenseOf("The main event is [Thursday]'s first estimate of third-quarter gross national product.").direction).toBe('future');
    expect(tenseOf("The highlight was [Friday]'s game.").direction).toBe('past');
    expect(tenseOf("[Saturday]'s final is expected to draw 80,000.").direction).toBe('future');
    expect(tenseOf("[Wednesday]'s ruling will be appealed.").direction).toBe('past');
    expect(tenseOf("[Friday]'s close was flat.").direction).toBe('past');
  });

  it('takes a day named for an event held on it, told in the present of a schedule, as still to come: "Sunday\'s game kicks off at 16:00"', () => {
    expect(tenseOf("[Sunday]'s game kicks off at 16:00.").direction).toBe('future');
    expect(tenseOf("The show reaches 20,000 people daily. [Saturday]'s broadcast starts at noon.").direction).toBe('future');
    expect(tenseOf("[Monday]'s talks begin in Geneva.").direction).toBe('future');
    // (With an aside set off by commas: "Saturday's opener, featuring the Tin Roof Orchestra, starts at 7 p.m.")
    expect(tenseOf("[Saturday]'s opener, featuring the Tin Roof Orchestra, starts at 7 p.m.").direction).toBe('future');
    // (And what a day's event is likely to do, five words on: "Friday's 32km time trial around Harewood is likely to decide it".)
    expect(tenseOf("[Friday]'s 32km time trial around Harewood is likely to decide the overall result.").direction).toBe('future');
    expect(tenseOf("Ripken said after [Tuesday]'s game that he would approach tonight like any other.").direction).toBe('past');
    expect(tenseOf("Ticket sales have held up, and [Thursday]'s session is almost sold out.").direction).toBe('future');
    // (And the weigh-in of a fight.)
    expect(tenseOf('The fighters weigh in at 1pm on [Friday].').direction).toBe('future');
    // (A community's events too.)
    expect(tenseOf("[Saturday]'s open house runs from 10 a.m. to 3 p.m.").direction).toBe('future');
    expect(tenseOf("[Sunday]'s fundraiser starts at noon.").direction).toBe('future');
    expect(tenseOf("[Monday]'s meeting ended without agreement.").direction).toBe('past');
  });

  it('takes a day named for an event held on it as still to come when a future before it awaits the event: "will attend [Monday]\'s meeting"', () => {
    expect(tenseOf("The president will attend [Monday]'s meeting in Brussels.").direction).toBe('future');
    expect(tenseOf("Brazil and Italy will meet in [Sunday]'s World Cup final at the Rose Bowl.").direction).toBe('future');
    expect(tenseOf("It appeared unlikely she would compete in [Thursday]'s individual all-around final.").direction).toBe('future');
    expect(tenseOf("He is expected to speak at [Friday]'s summit.").direction).toBe('future');
    expect(tenseOf("The sequence will be published in [Thursday]'s issue of the journal Nature.").direction).toBe('future');
    expect(tenseOf("Leaders are preparing for [Sunday]'s election.").direction).toBe('future');
    expect(tenseOf("The Bulldogs beat Northridge last October, and they arrive at Memorial Stadium for [Friday]'s game at 3-0.").direction).toBe('future');
    expect(tenseOf("He could make his debut in [Saturday]'s match at Portsmouth.").direction).toBe('future');
    expect(tenseOf("Tackett plans to attend [Friday]'s members-only preview, which runs from 6 p.m. to 8 p.m.").direction).toBe('future');
    expect(tenseOf("With four days left before [Tuesday]'s election, the candidates campaigned.").direction).toBe('future');
    expect(tenseOf("The opposition will boycott [Sunday]'s presidential election, its leader said.").direction).toBe('future');
    // What only happens, the results of an event, and an event with no future before it are over.
    expect(tenseOf("Police will investigate [Monday]'s attack.").direction).toBe('past');
    expect(tenseOf("They will challenge [Sunday]'s election results.").direction).toBe('past');
    expect(tenseOf("They will challenge the results of [Sunday]'s election.").direction).toBe('past');
    expect(tenseOf("Police will investigate [Saturday]'s protest.").direction).toBe('past');
    expect(tenseOf("Clinton will attend [Friday]'s memorial service at Andrews Air Force Base.").direction).toBe('future');
    expect(tenseOf("The leaders will meet before [Sunday]'s vote.").direction).toBe('future');
    expect(tenseOf("Voters head to the polls in [Sunday]'s runoff.").direction).toBe('future');
    // A round reached, whatever the tense of reaching it.
    expect(tenseOf("The winner advances to [Friday]'s semifinals.").direction).toBe('future');
    expect(tenseOf("Acevedo will take over as interim coach, starting with [Saturday]'s home game.").direction).toBe('future');
    // So what a schedule told in the present ends or opens with.
    expect(tenseOf("The race ends with [Saturday]'s circuit race in Leeds city centre.").direction).toBe('future');
    expect(tenseOf("The race ended with [Saturday]'s circuit race in Leeds city centre.").direction).toBe('past');
    expect(tenseOf("Lopez qualified for [Sunday]'s final with a record lap.").direction).toBe('future');
    expect(tenseOf("On Friday, he beat the second seed and reached [Sunday]'s final.").direction).toBe('future');
    expect(tenseOf("The handling of [Wednesday]'s meeting drew criticism.").direction).toBe('past');
    // A gathering, and an event by its name: "will open Saturday's program", "will start Sunday's Daytona 500".
    expect(tenseOf("A short memorial will open [Saturday]'s program at 6 p.m.").direction).toBe('future');
    expect(tenseOf("Danica Patrick will start [Sunday]'s Daytona 500 from the front row.").direction).toBe('future');
    expect(tenseOf("Investors were shaken by [Friday]'s 120.31-point plunge.").direction).toBe('past');
    // What is planned for a day: "Also on Monday's agenda", "Saturday's lineup starts at noon".
    expect(tenseOf("Also on [Monday]'s agenda: a $1.2 million contract for road work.").direction).toBe('future');
    // Figures released on the day: "will be watching Thursday's jobless claims".
    expect(tenseOf("Everyone will be watching [Thursday]'s jobless claims and the retail sales numbers.").direction).toBe('future');
    expect(tenseOf("Traders will also be watching [Thursday]'s revised estimate of second-quarter growth.").direction).toBe('future');
    expect(tenseOf("Analysts will study [Friday]'s jobs report.").direction).toBe('past');
  });

  it('counts a name of capitalised words as one word in a schedule\'s reach: "faces trial at the International Criminal Court in The Hague in [July]"', () => {
    expect(tenseOf('Kenyatta faces trial at the International Criminal Court in The Hague in [July] on charges.').direction).toBe('future');
    expect(tenseOf('Kenyatta faces a long and costly trial at a court far from his home in the north of the country in [July].').direction).not.toBe('future');
  });

  it('counts a hyphenated compound as one word in a schedule\'s reach: "begin a four-game road trip at Atlanta on [Wednesday]"', () => {
    expect(tenseOf('The Harriers begin a four-game road trip at Atlanta on [Wednesday] at 7 p.m.').direction).toBe('future');
    expect(tenseOf('The Foxes then open a six-game road trip in Toronto on [Friday].').direction).toBe('future');
  });

  it('reads a verb coordinated with one before it by that one\'s tense: "will be opened and adjourned on [Wednesday]"', () => {
    expect(tenseOf('An inquest will be opened and adjourned on [Wednesday].').direction).toBe('future');
    // So in the past, though the verb before has a date of its own: "began Friday morning and intensified through [Friday night]".
    expect(tenseOf('The storm began Friday morning and intensified through [Friday night], with snow falling faster than plows could clear it.').direction).toBe('past');
    expect(tenseOf('He was arrested and charged on [Monday].').direction).toBe('past');
    expect(tenseOf('Police arrested and charged him on [Saturday].').direction).toBe('past');
  });

  it('reads a day that something applies from as still to come, "apply starting [Monday]", unless its clause is past', () => {
    expect(tenseOf('The new rules apply starting [Monday].').direction).toBe('future');
    expect(tenseOf('Beginning [Friday], all flights are cancelled.').direction).toBe('future');
    expect(tenseOf('Starting [Monday], the workers walked out.').direction).toBe('past');
    // ("uninsured" is an adjective, not a past.)
    expect(tenseOf('Starting [Tuesday], uninsured Americans can shop for health coverage.').direction).toBe('future');
    // After a comma, a past before it tells a start still ahead, a future a start in it.
    expect(tenseOf('Baseball suspended 13 players on Monday, with the bans beginning [Tuesday].').direction).toBe('future');
    expect(tenseOf('The phones go on sale Sept. 20, with pre-orders starting [Friday], the company said.').direction).toBe('future');
    expect(tenseOf('The workers walked out starting [Monday].').direction).toBe('past');
    // A start after "to" or a modal is the infinitive's: "voted on Tuesday to raise parking rates starting July 1".
    expect(tenseOf('The council voted on Tuesday to raise parking meter rates starting [July 1].').direction).toBe('future');
    // After a future told from now, a firm one: "will have to bring their own bags starting Jan. 1".
    expect(tenseOf('Shoppers will have to bring their own bags starting [Jan. 1], after the council voted Thursday.')).toMatchObject({ direction: 'future', firm: true });
    // "starting in" too, except in a clause told in the past, which "in" leaves to the verbs around it.
    expect(tenseOf('The company signed a deal to stream films starting in [the summer].').direction).toBe('future');
    expect(tenseOf('The budget the council approved earlier this month includes money for firefighters beginning in [July].').distance).toBeGreaterThan(1);
    // And "starting at" before a time and its day: "with a fan-club presale beginning at noon Tuesday".
    expect(tenseOf('Tickets go on sale March 22, with a fan-club presale beginning at [noon Tuesday].').direction).toBe('future');
    expect(tenseOf('Starting at [noon Friday], crowds lined the streets.').direction).toBe('past');
  });

  it('reads the day a rule applies from, "apply from [July]", "from [July] onwards", as still to come unless its clause is past', () => {
    expect(tenseOf('The new limits apply from [July].').direction).toBe('future');
    expect(tenseOf('The ban applies from [1 July].').direction).toBe('future');
    expect(tenseOf('From [July] onwards, the rules apply.').direction).toBe('future');
    expect(tenseOf('The ban applied from [July] onwards.').direction).toBe('past');
    expect(tenseOf('From [July] on, prices rose.').direction).toBe('past');
    // A source, not a start: "from July" alone is no rule taking hold.
    expect(tenseOf('Data from [July] showed a rise.').direction).toBe('past');
  });

  it('reads a modal of necessity before a bare verb as pointing ahead: "Before [Friday], he must decide"', () => {
    expect(tenseOf('Before [Friday], he must decide.').direction).toBe('future');
    expect(tenseOf('Banks should reopen on [Tuesday].').direction).toBe('future');
    expect(tenseOf('He must have left on [Friday].').direction).not.toBe('future');
  });

  it('reads no tense after the day of an event a phrase names, as its verb tells of something else: "Tickets for the premiere on [April 22] sold out"', () => {
    expect(tenseOf('Tickets for the premiere in Los Angeles on [April 22] sold out within an hour.').direction).toBe('unknown');
    expect(tenseOf('Tickets for the Grand National at Aintree on [6 April] sold out.').direction).toBe('unknown');
    expect(tenseOf('Preparations for the summit on [April 20] were under way.').direction).toBe('unknown');
    expect(tenseOf('The summit on [April 20] ended without agreement.').direction).toBe('past');
  });

  it('reads what a warning is for as still to come: "issued warnings for heavy snow on [Saturday]"', () => {
    expect(tenseOf('The Met Office has issued amber warnings for heavy snow in parts of northern England on [Saturday].').direction).toBe('future');
    expect(tenseOf('Police issued an alert for [Sunday].').direction).toBe('future');
    expect(tenseOf('The Met Office issued yellow warnings of ice for northern England and Scotland for [Wednesday].').direction).toBe('future');
    expect(tenseOf('The weather service issued a flood watch for Lehigh and Northampton counties from [7 a.m. Wednesday] until Thursday.').direction).toBe('future');
    expect(tenseOf('The National Weather Service has issued a heat advisory from [noon Saturday] until 8 p.m. Sunday.').direction).toBe('future');
    expect(tenseOf('The forecast called for highs near 105 through [Sunday].').direction).toBe('future');
    expect(tenseOf('The weather service kept a wind chill warning in effect until [noon Wednesday].').direction).toBe('future');
    // So does the end of a suspension told in the past.
    expect(tenseOf('Northland Airlines canceled all flights through [Sunday] and said it would lay off workers.').direction).toBe('future');
    expect(tenseOf('Cyprus lawmakers postponed a vote on the bailout until [Tuesday].').direction).toBe('future');
    // And the start of such a span, and a curfew's end (not from when a curfew runs, which may have come).
    expect(tenseOf('Airlines canceled all flights from [Friday] through Sunday.').direction).toBe('future');
    expect(tenseOf('The mayor imposed a curfew on the downtown area from 7 p.m. until [7:30 a.m. Wednesday].').direction).toBe('future');
    expect(tenseOf('The mayor imposed a curfew on the downtown area from [7 p.m.] until 7:30 a.m. Wednesday.').direction).toBe('future');
    expect(tenseOf('Officials imposed a curfew in the city from [Monday night].').direction).toBe('past');
    // And the earliest a thing may happen, unless a past right before it tells it came.
    expect(tenseOf('Officials said they were watching for a possible missile launch as early as [Wednesday].').direction).toBe('future');
    expect(tenseOf('Neighbors said they had smelled gas as early as [Tuesday].').direction).toBe('past');
    expect(tenseOf('The board had postponed the vote until [Monday], and it was held then.').direction).toBe('past');
    expect(tenseOf('The fireworks were canceled and have been rescheduled for [Saturday].').direction).toBe('future');
    expect(tenseOf('More rain was forecast for [Tuesday] night.').direction).toBe('future');
    // What is wanted is still to come.
    expect(tenseOf('"Nobody wants to be here in [June]," the leader said.').direction).toBe('future');
    expect(tenseOf('They want a bill on the governor\'s desk by [the end of March].').direction).toBe('future');
    expect(tenseOf('The warning came on [Saturday].').direction).toBe('past');
  });

  it('points deadlines ahead', () => {
    expect(tenseOf('The offer was extended to [Nov. 20].').direction).toBe('future');
  });

  it('stays within the sentence: "U.S." does not end one', () => {
    expect(tenseOf('He will go. The U.S. troops left [Friday].').direction).toBe('past');
    expect(tenseOf('He left. The troops go [Friday].').direction).toBe('future');
  });

  it('lets a past perfect turn a deadline into the past only from the date\'s own part of the clause', () => {
    expect(tenseOf('The sale, which had been expected, is part of a program to pay down the loan by [February].').direction).toBe('future');
    expect(tenseOf('Until [Thursday], they had not filed.').direction).toBe('past');
  });

  it('does not take the end of a range for a deadline', () => {
    expect(tenseOf('Crane holds 504,200 shares, including 254,200 bought from Sept. 14 to [Thursday].').direction).toBe('past');
    expect(tenseOf('The fair ran April 24 to [25].').direction).toBe('past');
  });

  it('does not take the end of a reporting period, "the year to March", for a deadline', () => {
    expect(tenseOf('Revenue in the year to [March] was £210m.').direction).toBe('past');
    expect(tenseOf('Sales in the 12 months to [March] rose.').direction).toBe('past');
  });

  it('does not take "to the" before a date that names what its noun is of for a deadline: "added jobs to the October figures"', () => {
    expect(tenseOf('Revisions added 14,000 jobs to the [October] figures.').direction).toBe('past');
    expect(tenseOf('The offer was extended to [the end of October].').direction).toBe('future');
  });

  it('does not read "left" after what remains, or "compared with", as an act gone by: "with less than a week left before [Christmas]"', () => {
    expect(tenseOf('With less than a week left before [Christmas], retailers have been reluctant.').direction).not.toBe('past');
    expect(tenseOf('He left before [Christmas].').direction).toBe('past');
    // Nor "compared with" after it.
    expect(tenseOf('There are just 27 days of shopping before [Christmas], compared with 33 days in 2012.').direction).not.toBe('past');
  });

  it('does not read "earlier" of a clock time moved or compared as an act gone by: "would come 10 minutes earlier beginning [Monday]"', () => {
    expect(tenseOf('He said pickups would come 10 minutes earlier beginning [Monday].').direction).toBe('future');
    expect(tenseOf('The pool will open an hour earlier than usual on [Saturday].').direction).toBe('future');
    // (The verb still tells: "closed an hour earlier on Friday", and "earlier" alone, "two days earlier, on Friday", is the narrative's.)
    expect(tenseOf('The polls closed an hour earlier on [Friday].').direction).toBe('past');
    expect(tenseOf('Two days earlier, on [Friday], the talks broke down.').direction).toBe('past');
  });

  it('reads a verb spelt alike in the present and the past as the past after "it", "he" or "she": "a target it set in [July]"', () => {
    expect(tenseOf('It expects a margin of 7 per cent, compared with a target it set in [July].').direction).toBe('past');
    expect(tenseOf('The hearing is set for [Sept. 12].').direction).toBe('future');
  });

  it('keeps a date after "to the" before a holiday ahead, but not one before the figures it measures', () => {
    expect(tenseOf('Dealers expect another strong month, with promotions tied to the [July Fourth] holiday.').direction).not.toBe('past');
  });

  it('takes "retroactive to" a date for the past: "The move is retroactive to [Tuesday]"', () => {
    expect(tenseOf('The move is retroactive to [Tuesday], meaning he will be eligible to return.').direction).toBe('past');
    // So what "dates back to" a date: where it began.
    expect(tenseOf('The dispute dates back to [January], when management proposed longer hours.').direction).toBe('past');
  });

  it('does not take "to" after "in contrast" or "compared" for a deadline', () => {
    expect(tenseOf('In contrast to [Thursday], when 133 people were arrested, the protest was calm.').direction).toBe('past');
    expect(tenseOf('Sales will rise again, similar to [May].').direction).toBe('future');
  });

  it('takes a deadline that a past perfect says has passed for the past', () => {
    expect(tenseOf('Thirty-two members had filed reports by [Wednesday].').direction).toBe('past');
    expect(tenseOf('Until [Thursday], they had not called Kopp a suspect.').direction).toBe('past');
    expect(tenseOf('The members must file reports by [Wednesday].').direction).toBe('future');
  });

  it('takes a deadline after a verb in the past of its own clause for the past, not one still to be done', () => {
    expect(tenseOf('The river recorded its highest level by midday on [Sunday].').direction).toBe('past');
    expect(tenseOf('The members filed reports by [Wednesday].').direction).toBe('past');
    expect(tenseOf('The agency ruled that he must be returned to his father by [Jan. 14].').direction).toBe('future');
    expect(tenseOf('The parent asked it to respond by [Oct. 31].').direction).toBe('future');
  });

  it('reads a deadline in a stretch after a comma that tells no tense by the tense of its clause', () => {
    expect(tenseOf('Sony completed its offer, with holders tendering 99.3% of the shares by the [Tuesday] deadline.').direction).toBe('past');
    // So with "a": "filed more than 300 amendments by a Tuesday afternoon deadline".
    expect(tenseOf('Senators filed more than 300 amendments by a [Tuesday afternoon] deadline.').direction).toBe('past');
    expect(tenseOf('Senators must file their amendments by a [Tuesday afternoon] deadline.').direction).toBe('future');
    expect(tenseOf('Sony will complete its offer, with holders tendering their shares by the [Tuesday] deadline.').direction).toBe('future');
    expect(tenseOf('Holders, who own 30%, must tender by [Tuesday].').direction).toBe('future');
  });

  it('takes a fronted deadline whose clause is told in the simple past for the past', () => {
    expect(tenseOf('By [Monday evening], more than two million homes were without power.').direction).toBe('past');
    expect(tenseOf('The storm moved inland, and by [noon on Monday] winds were gusting at 90mph.').direction).toBe('past');
  });

  it('keeps a fronted deadline ahead when its clause is still to be done or the past verb is another clause\'s', () => {
    expect(tenseOf('By [Monday], the city will run out of sandbags.').direction).toBe('future');
    expect(tenseOf('By [Monday], sales were expected to recover.').direction).toBe('future');
    expect(tenseOf('By [Monday evening], the company must have filed its report.').direction).toBe('future');
    expect(tenseOf('Reports must be filed by [Monday], officials said.').direction).toBe('future');
  });

  it('reads a date inside a relative clause by the clause\'s own verb, not the main clause after it', () => {
    expect(tenseOf("Hartley's brother, Paul, 54, who admitted money laundering in [May], will be sentenced on 2 December.").direction).toBe('past');
    expect(tenseOf('The plant, which will reopen in [May], closed last year.').direction).toBe('future');
  });

  it('still reads past the comma after a date in no relative clause', () => {
    expect(tenseOf('Paul, 54, admitted money laundering in [May], police said.').direction).toBe('past');
    expect(tenseOf('The plant, shut after a fire in [May], will reopen next year.').direction).toBe('future');
  });

  it('reads a modal of possibility before a bare verb as the future', () => {
    expect(tenseOf('London could move into tier 3 as early as [Wednesday].').direction).toBe('future');
    expect(tenseOf('"We cannot open schools in [September] the way they are today," he said.').direction).toBe('future');
    expect(tenseOf('London may move into tier 3 on [Wednesday].').direction).toBe('future');
    expect(tenseOf('Talks might resume on [Wednesday].').direction).toBe('future');
    expect(tenseOf('Customers can begin ordering the 5C on [Friday].').direction).toBe('future');
    // So right after the date it tells of, even "could be": '"[Sunday] could be the day," she said'; not "could have been".
    expect(tenseOf('A cold front is due Saturday. "[Sunday] could be the day," she said.').direction).toBe('future');
    expect(tenseOf('"[Sunday] could have been the day," she said.').direction).not.toBe('future');
    // Unlike what a day was expected to be, told once it has come.
    expect(tenseOf('Shoppers crowded malls. [Saturday] was expected to be the busiest shopping day of the year.').direction).toBe('past');
  });

  it('does not read "could not", "may have", "could be" or the month May as a possibility ahead', () => {
    expect(tenseOf('He could not be reached for comment on [Wednesday].').direction).not.toBe('future');
    expect(tenseOf('Officials said he may have left the country on [Wednesday].').direction).not.toBe('future');
    expect(tenseOf('Neither he nor his parents could be located [Wednesday] in Cardenas.').direction).not.toBe('future');
    expect(tenseOf('Macy\'s said its parade balloons may be grounded on [Thursday] if winds top 23 mph.').direction).toBe('future');
    // "could be" and a participle is a possibility ahead, but not "could be located", the past of "can" in news.
    expect(tenseOf('Further adjustments could be made in [March], when the agency reviews ridership data.').direction).toBe('future');
    // "must" or "should be" and no participle: a state still to be reached.
    expect(tenseOf('Euro zone officials said a deal must be in place before [Monday].').direction).toBe('future');
    expect(tenseOf('A judge ruled the boy must be returned to his father, and set [Friday] as the deadline.').direction).not.toBe('future');
    // An -ed word after a verb's bare form is an adjective: "will present detailed results".
    expect(tenseOf('It will present detailed results at a conference in Boston on [April 23].').direction).toBe('future');
    // So is one after a determiner, or an adverb after one: "their only televised debate".
    expect(tenseOf('The candidates will meet in their only televised debate [Thursday night] at the college.').direction).toBe('future');
    // But not one after a name in the possessive, before its object: "St Aldwyn's closed two wards", a hospital's verb.
    expect(tenseOf("St Aldwyn's closed two wards for a fortnight in [January] after a similar outbreak.").direction).toBe('past');
    // So is one after a preposition, where no verb can stand; not one past a number read over.
    expect(tenseOf('The cooperative will run its plants at reduced output for three days beginning [Dec. 30].').direction).toBe('future');
    expect(tenseOf('The strongest winds are expected along exposed coasts in Devon and Kent until [9 a.m. Monday].').direction).toBe('future');
    expect(tenseOf('Ticket sales for 2013 reached $10.4 billion through [Wednesday], according to Rentrak.').direction).toBe('past');
    expect(tenseOf('Prices rose in May and fell again on [Wednesday].').direction).toBe('past');
    expect(tenseOf('Sales since May rose on [Wednesday].').direction).toBe('past');
  });

  it('reads "May" in capitals as a name, not a modal before the verb: "Theresa May said on [Tuesday] that it would work"', () => {
    expect(tenseOf('Theresa May said on [Tuesday] that the plan would work.').direction).toBe('past');
    // So "Lent", the weeks before Easter.
    expect(tenseOf('Ash Wednesday begins the 40 days of Lent leading up to Easter on [March 31].').direction).not.toBe('past');
    expect(tenseOf('May said on [Tuesday] that it would work.').direction).toBe('past');
    expect(tenseOf('Talks may resume on [Tuesday].').direction).toBe('future');
  });

  it('reads "expected" after its subject and before the date\'s preposition as a past act', () => {
    expect(tenseOf('"The economy is growing faster than we expected in [May]," he said.').direction).toBe('past');
    // ("it forecast in July" too, though "Oracle forecast growth for [the fourth quarter]" tells what is still to come.)
    expect(tenseOf('Revenue will be below the $2.05 billion it forecast in [July].').direction).toBe('past');
    expect(tenseOf('Oracle forecast growth for [the fourth quarter].').direction).toBe('future');
    expect(tenseOf('Growth was faster than they planned in [May].').direction).toBe('past');
  });

  it('keeps "expected" ahead when what is expected follows or no subject comes before it', () => {
    expect(tenseOf('Growth is expected to pick up in [November].').direction).toBe('future');
    expect(tenseOf('The company said it expected sales to rise in [March].').direction).toBe('future');
    expect(tenseOf('We expected to finish the work in [November].').direction).toBe('future');
  });

  it('reads common irregular past forms as the past', () => {
    expect(tenseOf('On [19 March], the court heard that she had lied.')).toEqual({ direction: 'past', distance: 6, firm: true });
    expect(tenseOf('Thousands fled the city on [Tuesday].').direction).toBe('past');
    expect(tenseOf('Organisers began planning for the Games after Tokyo beat Istanbul on [Saturday].').direction).toBe('past');
    expect(tenseOf('Rivals will try to beat the record on [Saturday].').direction).toBe('future');
  });

  it('reads a participle after "being" or "getting" as no past: "are being invited to wave on Friday"', () => {
    expect(tenseOf('People are being invited to wave at Saturn on [Friday], when the probe will photograph Earth.').direction).toBe('future');
  });

  it('reads "would have to" as an obligation to come, and a closing price as gone by', () => {
    expect(tenseOf('Without a budget, the state would have to close on [Monday].').direction).toBe('future');
    expect(tenseOf('Kessler will pay a 38 percent premium to Trident\'s closing price on [Friday].').direction).toBe('past');
  });

  it('reads a day\'s event as the subject of "would" ahead, and no verb of schedule after a count\'s unit ("36m votes cast in Friday\'s election")', () => {
    expect(tenseOf('He warned that a weak showing in [Tuesday]\'s election would hand power to his rivals.').direction).toBe('future');
    expect(tenseOf('Rouhani won 50.7% of the 36m votes cast in [Friday]\'s election.').direction).toBe('past');
    expect(tenseOf('Grand Theft Auto V goes on sale [Tuesday].').direction).toBe('future');
    expect(tenseOf('The Ravens and the 49ers meet in the Super Bowl on [Sunday].').direction).toBe('future');
  });

  it('reads no clause boundary in the comma of a number: "aimed to reach 500,000 people by Sunday"', () => {
    expect(tenseOf('The agency said it aimed to reach 500,000 people by [Sunday].')).toEqual({ direction: 'future', distance: 1, firm: true });
  });

  it('reads no verb of schedule in a capitalised word after one in lower case, a name: "Police arrested Marks on July 5"', () => {
    expect(tenseOf('Police arrested Marks on [July 5], three days after the robbery.').direction).toBe('past');
    expect(tenseOf('The Company Opens New Store on [Friday]').direction).toBe('future');
  });

  it('reads a verb of schedule after "and" before a name or a determiner, but not after a number: "and hosts Ridgeview on Friday"', () => {
    expect(tenseOf('The team plays at Lakeside on Wednesday and hosts Ridgeview on [Friday].').direction).toBe('future');
    expect(tenseOf("The tour opens July 12 at KeyArena in Seattle and ends [Oct. 26] at Madison Square Garden.").direction).toBe('future');
    expect(tenseOf('The tour wraps [Dec. 14] in Dallas.').direction).toBe('future');
    expect(tenseOf('He struck out 11 batters and drove in two runs [Monday] as his team won.').direction).toBe('past');
    // After a clause that a date ends, whatever follows it: "adjourns Sunday and returns in January".
    expect(tenseOf('The General Assembly adjourns Sunday and returns in [January].').direction).toBe('future');
    // Or a clock time, and a plural's verb too: "opened at 8am and close at 10pm".
    expect(tenseOf('Polling stations opened at 8am and close at 10pm, before reopening on [Monday morning].').direction).toBe('future');
    expect(tenseOf('The report lists gains and returns in [January].').direction).toBe('unknown');
    // Or before a noun of its own: "and leaves office in March".
    expect(tenseOf('Pinera is barred from a second term and leaves office in [March].').direction).toBe('future');
    // A verb that no plural noun is spelt as is one whatever follows it: "for the holiday and reopens on Tuesday".
    expect(tenseOf('The Tokyo market is closed on Monday for the holiday and reopens on [Tuesday].').direction).toBe('future');
  });

  it('reads a date as still to come when a "when" clause right after it tells what is to come then', () => {
    expect(tenseOf('There was no deal to keep the government running past [12:01 a.m. Tuesday], when fiscal 2014 begins.')).toMatchObject({ direction: 'future', firm: true });
    expect(tenseOf('The team plans further observations of the star in [the fall], when the star is best placed.').direction).toBe('future');
    expect(tenseOf('The storm reached the coast late [Friday], when the rain began.').direction).toBe('past');
  });

  it('reads what a plan was for, and a rule in effect from a day, as still to come', () => {
    expect(tenseOf('The Winter Carnival planned for [Saturday] has been postponed.').direction).toBe('future');
    expect(tenseOf('Forecasters issued a storm watch on Friday, in effect from [Saturday].').direction).toBe('future');
  });

  it('reads a noun, not a verb of schedule, after "a" and a word: "lost a confidence vote in August"', () => {
    expect(tenseOf('The cabinet lost a confidence vote in [August].').direction).toBe('past');
    expect(tenseOf('Tickets for the final go on sale on [Friday].').direction).toBe('future');
  });

  it('reads a bare form after a preposition, a possessive and a noun as a word of that phrase: "with her window open on Aug. 17"', () => {
    expect(tenseOf('She said she was watching television with her window open on [Aug. 17] when she heard the shots.').direction).toBe('past');
    expect(tenseOf('The index has fallen 4 percent from its record close on [Aug. 2].').direction).not.toBe('future');
    expect(tenseOf('His side host Hull City on [Sunday].').direction).toBe('future');
    expect(tenseOf('Prints by photographers of her generation, go on view [Saturday].').direction).toBe('future');
  });

  it('reads a date an event is, told in the present, as still to come: "The deadline is Friday"', () => {
    expect(tenseOf('The deadline is [Friday].')).toEqual({ direction: 'future', distance: 1, firm: true });
    expect(tenseOf('The primary is June 4, and the general election is [Nov. 5].')).toEqual({ direction: 'future', distance: 1, firm: true });
    expect(tenseOf('The deadline was [Friday].').direction).toBe('past');
  });

  it('reads a date an event is "in", right after the present, as still to come: "The election is in November"', () => {
    expect(tenseOf('The election is in [November].')).toEqual({ direction: 'future', distance: 2, firm: true });
    expect(tenseOf('The company is in talks since [March].').direction).toBe('past');
  });

  it('reads "planned" after "is" or "are" as a plan still to come', () => {
    expect(tenseOf('Debates are planned for early [October].')).toEqual({ direction: 'future', distance: 3, firm: true });
    expect(tenseOf('The planned [October] vote was cancelled.').direction).toBe('past');
  });

  it('keeps a deadline after a participle ahead when its clause goes on in the future', () => {
    expect(tenseOf('Absentee ballots postmarked by [Nov. 3] will be counted.').direction).toBe('future');
    expect(tenseOf('Ballots postmarked by [Nov. 3] were counted.').direction).toBe('past');
    expect(tenseOf('The company completed the sale by [Friday].').direction).toBe('past');
  });

  it('reads short regular pasts as the past, and "later" as no direction: "was taken to hospital and later died on Sunday"', () => {
    expect(tenseOf('He was taken to hospital and later died on [Sunday].')).toEqual({ direction: 'past', distance: 2 });
    expect(tenseOf('He later died [Sunday].')).toEqual({ direction: 'past', distance: 1 });
    expect(tenseOf('The family sued the city on [Monday].').direction).toBe('past');
  });

  it('does not read a participle after a present auxiliary as the past: a present passive', () => {
    expect(tenseOf('The relatives may lose when the case is heard in [May].').direction).not.toBe('past');
    expect(tenseOf('The museum is closed on [Monday].').direction).not.toBe('past');
  });

  it('points the day something takes effect ahead', () => {
    expect(tenseOf('U.S. Trust also created a four-member office of the chairman, effective [Feb. 1].').direction).toBe('future');
  });

  it('reads "last" before "into" or "until" as the verb, and a participle after "but" as sharing the tense before it', () => {
    expect(tenseOf('A blizzard is expected to arrive Friday and last into [Saturday night].').direction).toBe('future');
    expect(tenseOf('He was last seen on [Saturday].').direction).toBe('past');
    expect(tenseOf('Markets will be open on Tuesday but closed on [Wednesday].').direction).toBe('future');
  });

  it('does not read "next to" as the future', () => {
    expect(tenseOf('Hundreds were killed in the blasts next to the U.S. embassies on [Friday].').direction).toBe('past');
    expect(tenseOf('They meet next on [Friday].').direction).toBe('future');
  });

  it('does not read adjectives in "-ed" as past acts', () => {
    expect(tenseOf('The split would be paid on a still unspecified date in [January].').direction).toBe('future');
    // Hyphened onto a word ("coal-fired", "Saudi-led"), not onto a prefix ("re-elected").
    expect(tenseOf('Regulators gave the owner of a coal-fired plant until [Sept. 1] to submit a plan.').direction).toBe('future');
    expect(tenseOf('The Saudi-led coalition will meet in [March].').direction).toBe('future');
    expect(tenseOf('He was re-elected in [March].').direction).toBe('past');
    // Nor one that heads a compound: "its most talked-about titles".
    expect(tenseOf('Studios race to get their most talked-about titles into theatres before [Dec. 31].').direction).not.toBe('past');
    // (Of any past: "laptops with built-in chips".)
    expect(tenseOf('Hartwell will begin selling laptops with built-in artificial intelligence chips in [June].').direction).toBe('future');
    expect(tenseOf('It will redeem Series H preferred shares on [Oct. 31].').direction).toBe('future');
    expect(tenseOf('It redeemed the shares on [Oct. 3].').direction).toBe('past');
  });

  it('reads a date by its own clause\'s verb before it, not by another clause\'s past the next comma: ", officials said"', () => {
    expect(tenseOf('He will travel to Paris on [Monday], officials said.').direction).toBe('future');
    expect(tenseOf('Ministers are expected to approve the plan at a meeting on [Thursday], diplomats said.').direction).toBe('future');
    expect(tenseOf('The company, due to report results on [Thursday], declined to comment.').direction).toBe('future');
    expect(tenseOf('Police arrested him on [Monday], officials said.').direction).toBe('past');
    // With no verb before it in its sentence, a date is still read by the clause after the comma.
    expect(tenseOf('On [Tuesday], the league plans to hold a news conference.').direction).toBe('future');
    // Nor, past commas of an aside, by a clause joined with a subject of its own.
    expect(tenseOf("Its NHL affiliate called up Nick Varga, the club's top-scoring defenseman, on [Monday], and he is expected to be gone for a month.").direction).toBe('past');
    // Nor by a saying joined after it, which tells when it was said.
    expect(tenseOf('Island Ferries planned to operate its normal schedule [Thursday] and said it would post any changes.').direction).toBe('future');
  });

  it('does not read a capitalised word after another as a verb: "the French Open", unless the sentence is a headline in title case', () => {
    expect(tenseOf('Nadal won his 12th French Open title on [Sunday], beating Thiem.').direction).toBe('past');
    expect(tenseOf('Federer reached the US Open final on [Sunday].').direction).toBe('past');
    // (Nor one before another: "packed a Planning Board meeting".)
    expect(tenseOf('More than 150 residents packed a Planning Board meeting [Thursday] to argue over a proposed amphitheater.').direction).toBe('past');
    expect(tenseOf('Putin Will Visit Minsk on [Monday]').direction).toBe('future');
    expect(tenseOf('Talks Open in Geneva on [Monday]').direction).toBe('future');
    expect(tenseOf('THE PRESIDENT WILL VISIT MINSK ON [MONDAY].').direction).toBe('future');
  });

  it('does not read a past form after a determiner as a past act: "the Met Office", "the United Nations"', () => {
    expect(tenseOf('Heavy snow is expected across the north on Sunday and [Monday], the Met Office said.').direction).toBe('future');
    expect(tenseOf('Talks will resume under the United Nations on [Friday].').direction).toBe('future');
    expect(tenseOf('The protests that erupted on [Monday] spread.').direction).toBe('past');
  });

  it('marks a past perfect, which looks back from the past being told', () => {
    expect(tenseOf('She had fled to Lithuania on [Aug. 11].')).toEqual({ direction: 'past', distance: 4, perfect: true });
    expect(tenseOf('He had been detained on [Aug. 11].')).toEqual({ direction: 'past', distance: 2, perfect: true });
    expect(tenseOf('She fled to Lithuania on [Aug. 11].')).toEqual({ direction: 'past', distance: 4 });
  });

  it('takes a plan told in the past perfect for the past', () => {
    expect(tenseOf('The offer previously had been scheduled to expire at [midnight Friday].').direction).toBe('past');
    expect(tenseOf('The offer had planned a vote [Friday].').direction).toBe('past');
    expect(tenseOf('The vote, which had been set for [Thursday], was postponed.').direction).toBe('past');
    // Marked a plan, whose day may yet lie ahead.
    expect(tenseOf('The report, which had been scheduled for [Nov. 1], will come out on Nov. 8.')).toEqual({ direction: 'past', distance: 2, plannedBefore: true });
    expect(tenseOf('The vote is set for [Thursday].').direction).toBe('future');
    expect(tenseOf('The offer is scheduled to expire [Friday].').direction).toBe('future');
    expect(tenseOf('Protesters planned a rally on [Saturday] and were planning to drive to the airport.').direction).toBe('future');
    expect(tenseOf('Protesters rallied on [Saturday] and were arrested.').direction).toBe('past');
  });

  it('marks a plan told in the simple past, whose day may have come or not: "were due April 15"', () => {
    expect(tenseOf('The first two payments were due [April 15] and June 17.')).toEqual({ direction: 'future', distance: 1, plannedInPast: true });
    expect(tenseOf('The vote was scheduled for [March 3].')).toEqual({ direction: 'future', distance: 2, plannedInPast: true });
    expect(tenseOf('The vote is scheduled for [March 3].')).toEqual({ direction: 'future', distance: 2, firm: true });
  });

  it('reads a deadline held, "have until Thursday", as still ahead, and one held in the past as gone by', () => {
    expect(tenseOf('Early filers are not slowed, since employers have until [Thursday] to send out W-2 forms.').direction).toBe('future');
    expect(tenseOf('Taxpayers who have taxes withheld from their paychecks have until [Monday] to pay.').direction).toBe('future');
    expect(tenseOf('Employers had until [Thursday] to send out the forms.').direction).toBe('past');
  });

  it('reads the day an event is set for as still to come, whatever the tense of setting it: "set a Sept. 9 trial date"', () => {
    expect(tenseOf('A federal judge on Tuesday set a [Sept. 9] trial date.').direction).toBe('future');
    expect(tenseOf('Judge sets [Sept. 9] trial for former treasurer').direction).toBe('future');
    expect(tenseOf('The prime minister called a [June 8] election.').direction).toBe('future');
    expect(tenseOf('The company set a price on [Sept. 9].').direction).not.toBe('future');
    // The event before the day: "set sentencing for Nov. 9", "set a new trial date of Jan. 14".
    expect(tenseOf('Circuit Judge Thomas Hanley set sentencing for [Nov. 9].').direction).toBe('future');
    expect(tenseOf('The judge set a new trial date of [Jan. 14].').direction).toBe('future');
    expect(tenseOf('The judge set aside the verdict of [Jan. 14].').direction).not.toBe('future');
    // Planned as set: "The family has planned a party for Sunday afternoon".
    expect(tenseOf('The family has planned a party for [Sunday afternoon] at the church.').direction).toBe('future');
    // With two words describing the event.
    expect(tenseOf('The prime minister called an emergency cabinet meeting for [Wednesday].').direction).toBe('future');
    expect(tenseOf('Neighbors have organized a meeting for [Thursday evening] at the Grange.').direction).toBe('future');
    expect(tenseOf('The club planned its celebration for [Oct. 3].').direction).toBe('future');
    // Whatever is set for a day is for it: "the board set trick-or-treat hours for Thursday".
    expect(tenseOf('In other business, the board set trick-or-treat hours for [Thursday].').direction).toBe('future');
  });

  it('reads the period figures are reported for as gone by, whenever they are reported: "will report industrial production for March"', () => {
    expect(tenseOf('The government will report industrial production for [March] on Thursday.').direction).toBe('past');
    expect(tenseOf('The Commerce Department will add to the picture this week, with reports on retail sales and business inventories for [October].').direction).toBe('past');
    expect(tenseOf('The Labor Department will release consumer prices for [April] next week.').direction).toBe('past');
    // So is the period of the figures a report is "on": "will report Friday on economic growth in the fourth quarter" (not when the
    // report comes out, "will publish data on religion in May").
    expect(tenseOf('The Commerce Department is scheduled to report Friday on economic growth in [the fourth quarter].').direction).toBe('past');
    expect(tenseOf('The ONS will publish detailed data on ethnicity and religion in [May].').direction).toBe('future');
    // A plan for the report is no report of a period: "The September jobs report is scheduled for Oct. 4".
    expect(tenseOf('The September jobs report is scheduled for [Oct. 4].').direction).toBe('future');
  });

  it('reads no future in a comparison with what was expected: "fewer than expected, and hiring in June"', () => {
    expect(tenseOf('Employers added fewer jobs than expected, and hiring in [June] was weaker.').direction).not.toBe('future');
    expect(tenseOf('The bridge opened later than planned, in [March].').direction).not.toBe('future');
  });

  it('reads an aim told in the past, "aimed to", as of what is still to be done, but not "aimed at"', () => {
    expect(tenseOf('The company aimed to ship 10 million phones in [the second quarter].').direction).toBe('future');
    expect(tenseOf('A campaign aimed at militants who attacked in [August].').direction).toBe('past');
  });

  it('reads "hopes" after a preposition or a determiner as a noun, with no future: "on hopes for a settlement"', () => {
    expect(tenseOf('Prices had fallen on hopes for a settlement after the [Sept 24] proposal.').direction).not.toBe('future');
    expect(tenseOf('The company hopes to open the plant in [March].').direction).toBe('future');
  });

  it('reads an obligation said now, "has to", as still to come', () => {
    expect(tenseOf('"Nobody has to sign up on [Tuesday]," she said.').direction).toBe('future');
    expect(tenseOf('Nobody had to sign up on [Tuesday].').direction).toBe('past');
  });

  it('reads a participle before "by" in a clause told in the future as still to come: "will deliver orders placed by Dec. 18"', () => {
    expect(tenseOf('Retailers will guarantee delivery by Christmas Eve for orders placed by [Dec. 18].').direction).toBe('future');
    expect(tenseOf('Retailers delivered the orders placed by [Dec. 18].').direction).toBe('past');
  });
});
