import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../tagTimexes';

const texts = (text: string) => tagTimexes(text, { dct: '2021-11-19' }).map((t) => t.text);

describe('non-dates', () => {
  it.each([
    ['a percentage', 'Lukashenko was declared the winner with 80.1% of the vote.'],
    ['a score', 'Belarus beat Latvia 3-2 in Minsk.'],
    ['a game clock', 'He scored with 2:31 left, and again 4:12 into the third period.'],
    ['a race time', 'He ran the mile in 3:43 and the 400 meters in 0:45 flat.'],
    ['money', 'The loan is worth $5.6 million and 2,000 euros.'],
    ['an ordinal count', 'He was declared the winner for the sixth time.'],
    ['an ordinal of a group', 'It was the first of two invasions and the second of may-flies.'],
    ['an ordinal of a thing', 'They agreed on the 5th parcel of sanctions.'],
    ['a count of things', 'Western countries imposed four sets of sanctions.'],
    ['a number before an adverb', 'We will implement all 28 union programs.'],
    ['a phone number', 'Call +375 17 222-33-44 or (202) 555-0147.'],
    ['a version number', 'The app moved to version 2.1 and then 10.12.'],
    ['"spring" as a verb', 'Clocks spring forward, and watches follow.'],
    ['the quarter-finals', 'Her withdrawal sends Dunham into the quarter-finals.'],
    ['a roster list named by its days', 'He was placed on the 15-day disabled list, then moved to the 60-day injured list.'],
    ['"may" as a verb', 'He may go, and she may not.'],
    ['"March" as a noun', 'Police stopped the march on Minsk.'],
    ['a march named in quotation marks', 'Thousands joined the "March for Freedom" and the “March of Unity”.'],
    ['a month ending a quoted title', 'His debut novel "The Hunt for Red October" sold well.'],
    ['"a second" joined to its noun', 'The fire started in a second-floor apartment, the second-largest in the block.'],
    ['a march named by a capitalised word', 'The Red Army began the Long March, the epic Ice March and the Indochinese March Battalion.'],
    ['"March" as a surname after a first name', 'Andrew March, an analyst at Jefferies, agreed, as did the actor Fredric March.'],
    ['the basketball tournament named after the month', 'March Madness begins, and the March Madness bracket is out.'],
    ['a company named with a month', 'She was an executive vice president at May Department Stores Co.'],
    ['a month that is a given name, doing what no month does', '"We used to stay late," June said. August told reporters he would stay.'],
    ['a month that is a given name, joined to another given name', 'The bodies of Harold and June Pittman were found on the porch.'],
    ['a month that is a given name, after a relative it names', 'He is survived by his wife, June, two sons and a daughter, April.'],
    ['a month that is a given name, before a surname', 'NASHVILLE (AP) — June Calloway is going back on the road. He married the actress June Hollis, and Farmer August Reinholt watched.'],
    ['a march to a place', 'Sherman led the March to the Sea and the March to Versailles followed.'],
    ['a march that ends a sentence after its article', 'There were no major battles along the March. Thousands joined the March!'],
    ['a march named in single quotation marks, or ending a quoted name', "The 'March of Neighbours' and a 'Partisan March' took place, and the “Women’s March” drew thousands."],
    ['a march or a season that opens a name quoted as wire copy quotes, with two backquotes', "He led the ``March of the Combatant Mothers'' and the ``Spring of Life'' rallies."],
    ['the European time of a price', 'Shares closed at 18.30, and the ruble rose from 18.15 to 18.45 roubles.'],
    ['a newspaper named after a day', 'The Sunday Times reported it.'],
    ['a paper or a programme named "Today"', "USA Today reported it, and this is VOA Today. He spoke on Radio 4's Today programme and NBC's Today show. She told USA TODAY by phone."],
    ['a programme named with another day word', 'This is The World Tonight from BBC Radio 4.'],
    ['a season closing a name after "of"', 'The exhibition is about the ballet "The Rite of Spring".'],
    ['a chapter and verse of scripture', 'He quoted John 3:16, and fans held up Psalm 23:4 signs.'],
    ['a programme named after a weekday night', 'He starred on Thursday Night Football; the Saturday Night Live cast and Monday Night Raw returned.'],
    ['a name "Midnight" opens', 'They closed with "Midnight Train to Camden" and played the Midnight Sun Game.'],
    ['any name a weekday and a capitalised night open', 'The finale outdrew the "Sunday Night Showdown" football telecast.'],
    ['"the past" before a count of things', 'The index fell in four of the past five sessions, as in the past two elections.'],
    ['a number from 1000 to 1499 that counts, with no preposition of time', 'A total of 1200 troops came; the index rose to 1450 and won by 1300 votes; fiscal 1415.'],
    ['a holiday that opens a name', "Organizers of the Macy's Thanksgiving Day Parade met; he sewed suits for Mardi Gras Indians."],
    ['a quarter of a cent', 'The City Council is expected to vote on the quarter-cent increase.'],
    ['Sunday school', 'She taught Sunday school there for two generations of children.'],
    ['a weekday inside a name', 'Candidates prepare for Super Tuesday; Bloody Sunday, Black Monday and Blue Monday are remembered.'],
    ['the closing word of an article', 'End'],
    ['an age', 'a 44-year-old protester'],
    ['an age as a lower or upper bound', 'Everyone six months and older may get the vaccine; children 12 years and up, adults 65 years or older.'],
    ['an age told in decades', 'In his late seventies he lectured; in her mid-eighties she marched; in their twenties they left.'],
    ['ages told in decades, coordinated', 'Many survivors are in their seventies and eighties; he is in his late fifties or early sixties.'],
    ['an amount that is not a year', 'It employs 1998 people and sold 2000 tons.'],
    ['a number opening a range that runs past four figures', 'The index went from 1000 to 10000; crowds grew from 1500 to 12,000.'],
    ['a count of stores, students or refugees, and an American address block', 'It operates 2000 stores for 1999 students; police went to the 1600 block.'],
    ['a count or a price before its noun', 'The Dow fell 2012 points; tickets cost 1500 rupees, 1999 yen or 2000 euros; 1990 seats and 2000 votes.'],
    ['the number of a resolution, a road or a section', 'Resolution 2094 passed; Route 1990, Section 1998, Chapter 2001, Room 2010 and No. 1995 too.'],
    ['the number of a suite, a gate or an exit', 'Suite 1998 is past Gate 2010, off Exit 2001 of Interstate 1995.'],
    ['a programme titled with a time', "Baker said on ABC News' \"This Week\" and CBS's ''60 Minutes'' that talks go on."],
    ['a quoted number', "He wrote '24' on the board."],
    ['a height in feet and inches', "He stands 5'10 and weighs 170 pounds."],
    ['"a second" as an ordinal', 'A second group of directors said it would be a second betrayal.'],
    ['"a second" as an ordinal before an adjective set off by a comma', 'A second, stronger surge of Arctic air follows a second, similar storm.'],
    ['"another second" as an ordinal', 'Another second group met for another second round.'],
    ['a fraction', 'Turnout rose by 3/4 of a point, to 2 1/2 times the average.'],
    ['a score with a slash', 'Sabalenka won 3/2 and lost 6/4.'],
    ['a version number with a date in it', 'Update to v2.10.2021, or to version 2.10.2021, then 1.2.3.'],
    ['an IP address', 'The server at 192.168.10.12 and 10.10.1.1999 went down.'],
    ['a phone number with slashes or dots', 'Call 06/12/34 56 78 or 030/1234/5678 or 06.12.20.11.45.'],
    ['a decimal', 'The index closed at 12.08, up from 11.9.'],
    ['a ratio', 'Shares split 3:2, a ratio of 1/2/3.'],
    ['a time written with a full stop', 'The train left at 14.05.'],
    ['a page range', 'See pages 12-14 and pp. 3/4.'],
    ['a dot date with a two-digit year', 'The score was 12.08.21 in the final.'],
    ['a numeric date with a 13th month or a 31st of February', 'Dated 31.02.2021, 13/13/2021, 4/31/2021, 2021/13/01 and 5.13.2021.'],
    ['a number run around a numeric date', 'Serial 1.2.2021.5 and 3/4/2021/7, code 12/25/21/9.'],
    ['the fall of a city, of prices or of a person', 'After the fall of Rome came the fall in prices; he was hurt in the fall and died in the fall from the roof.'],
    ['a fall with no preposition of time before it', 'The fall was steep, and the Fall of Saigon is remembered.'],
    ['a paper named with "Daily" after a name', "The People's Daily and China Daily ran commentaries."],
    ['a chain named with a weekday', 'TGI Fridays, Ruby Tuesday and Tuesday Morning Corp. are closing stores.'],
    ['the verb "fall" after "that"', 'Boeing offered raises that fall short of others, and shares that fall below $10 are delisted.'],
    ['a count with thousands separators', 'The hall seats 2,020 people, 1,999 delegates came and each paid $1,000.'],
    ['the digits after a decimal comma, which English news does not write', 'The average was 3,5 days.'],
    ['a race time in hours, minutes and seconds', 'He finished in 2:14:04, won in 1:59.40 and ran 2:03:59 in Berlin; the 100-mile race was won in 14:02:33.'],
    ['a word before "-day" in a compound', 'The present-day building stands where a mill stood.'],
    ['a year inside the name of a plan or a product', "Saudi Arabia's Vision 2030 plan, the African Union's Agenda 2063 and Windows 2000 were named."],
    ['a stock index named by a number', 'The Russell 2000 index of smaller companies gained 0.9 percent, and the Wilshire 5000 rose.'],
    ['the computers\' date change of 2000, named by its year', "Koskinen, chairman of the President's Council on Year 2000 Conversion, said banks had fixed their Year 2000 work and the 2000 bug."],
    ['a house number before a street', 'He lived at 1600 Pennsylvania Avenue, then at 1999 Old Mill Road and 2010 Elm St. nearby.'],
    ['a model year before a car maker', "Kopp's 1987 Chevrolet Cavalier was found; his 1965 Ford Mustang was not."],
    ['a flight number after its airline\'s code', 'Flight BA 2019 was delayed and flight UA 1999 cancelled.'],
    ['the number of a union\'s local branch', 'Members of United Auto Workers Local 1790 and Teamsters Local 2010 approved the deal.'],
    ['a quarter of a measure', 'The Fed raised rates by a quarter point, then a quarter percentage point; he ran a quarter mile.'],
    ['a quarter of an amount', 'The new model weighs about a quarter less than the original, and costs a quarter more.'],
    ['a quarter as a share', 'Emissions should fall by a quarter, and costs by one quarter.'],
    ['a quarter of a thing done', 'The appeal was only a quarter funded, and the stadium a quarter full.'],
    ['a weekday opening a quoted title', '"Tuesday Girl," the band\'s only Top 40 single, closed the show.'],
    ['a game\'s quarter told in a sentence of play', 'It came on the last play of a wild fourth quarter, the first fourth-quarter comeback of his career.'],
    ['a one-day ticket', 'A one-day ticket at the gate cost $65.'],
    ['a thing a holiday names', 'The Rockefeller Center Christmas tree was lit; Lincoln\'s Christmas Market opened; the Queen\'s Christmas message aired.'],
    ['the designation of an asteroid', 'The meteor was unrelated to the asteroid 2012 DA14.'],
    ['an award of the year', 'Mumford won album of the year; Time named Pope Francis its Person of the Year; she is Teacher of the Year.'],
    ['a town\'s award of the year', 'The Chamber of Commerce named her citizen of the year, and him volunteer of the year.'],
    ['a quarter as a share, after "by about"', 'The economy has shrunk by about a quarter, and funding fell by nearly a quarter.'],
    ['a quarter of people, the subject of a verb', 'About half want their children vaccinated, while about a quarter said they would wait.'],
    ['a unit inside a compound', 'A once-in-a-decade flood hit on a day-to-day basis; sales fell year-on-year and the quarter-to-quarter rise slowed.'],
  ])('ignore %s', (_, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('ignore a score after a date and "and", but keep a second day: "on Oct. 21 and 31-28 on Dec. 30", "April 24 and 25"', () => {
    expect(texts('They lost twice, 24-10 on Oct. 21 and 31-28 on Dec. 30, and met on April 24 and 25.')).toEqual(['Oct. 21', 'Dec. 30', 'April 24', '25']);
  });

  it('ignore "May" as a surname after a title or a given name', () => {
    expect(texts('Ms May said no. Mrs. May and Theresa May spoke; Brian May played.')).toEqual([]);
  });

  it('ignore "May" doing or having what no month does: "the deal May struck", "May said", "May\'s government"', () => {
    expect(texts('MPs backed the deal, May said. The deal May struck was rejected. It was May who called the election.')).toEqual([]);
    expect(texts('Parliament rejected May’s deal, and critics said May\'s government would fall.')).toEqual([]);
    expect(texts('Johnson, who resigned from May\'s cabinet, leads.')).toEqual([]);
  });

  it('keep May the month after a preposition, whatever follows: "Sales fell in May said the ONS"', () => {
    expect(texts('Sales fell in May said the ONS. He won in May\'s elections.')).toEqual(['May', 'May']);
  });

  it('keep May after a capitalised word that opens a date', () => {
    expect(texts('In May he left. Since May prices rose. Throughout May it rained.')).toEqual(['May', 'May', 'May']);
  });

  it('keep a year after a word that names nothing numbered', () => {
    expect(texts('The rule changed in 1999, and the section of 1998 stayed.')).toEqual(['1999', '1998']);
  });

  it('ignore "May" opening a sentence, but not May the month', () => {
    expect(texts('May he rest. It happened in May.')).toEqual(['May']);
  });

  it('keep a time that opens a sentence, a headline in capitals, a named period, and "a second" as a time', () => {
    expect(texts('This week he left. THIS WEEK IN REVIEW. For a second, he paused; a second later he ran.')).toEqual(['This week', 'THIS WEEK', 'a second', 'a second']);
    expect(texts('Lee won the Seven Days Battles.')).toEqual(['the Seven Days']);
  });
});
