import { describe, expect, it } from 'vitest';
import { createActorFinder } from './actors';

const actorsOf = (text: string, sentence = text, exclude: string[] = []) => {
  const start = text.indexOf(sentence);
  return createActorFinder(text, { exclude }).actorsIn(start, start + sentence.length);
};

describe('actors', () => {
  it('finds a person without the title and nationality before the name', () => {
    expect(actorsOf('Russian President Vladimir Putin has called for a dialogue.')).toEqual(['Vladimir Putin']);
  });

  it('resolves a surname to the full name the article gave earlier', () => {
    const text = 'Russian President Vladimir Putin spoke. Later Putin said more.';
    expect(actorsOf(text, 'Later Putin said more.')).toEqual(['Vladimir Putin']);
  });

  it('finds countries and organisations, and spells out an acronym the article defined', () => {
    const text = 'Ministers of the European Union (EU) met. The EU sanctioned Belarus, and Lithuania, Poland and Latvia agreed.';
    expect(actorsOf(text, 'The EU sanctioned Belarus, and Lithuania, Poland and Latvia agreed.')).toEqual(['European Union', 'Belarus', 'Lithuania', 'Poland', 'Latvia']);
  });

  it('keeps organisation names whole', () => {
    expect(actorsOf('He spoke at the Ministry of Foreign Affairs of Russia, the Kremlin said.')).toEqual(['Ministry of Foreign Affairs of Russia', 'Kremlin']);
  });

  it('takes a lone surname opening a sentence as a person', () => {
    const text = 'Merkel discussed the issue with Lukashenko. Later, Merkel left.';
    expect(actorsOf(text, 'Merkel discussed the issue with Lukashenko.')).toEqual(['Merkel', 'Lukashenko']);
  });

  it('takes a surname opening a sentence as a person when the article names it possessively elsewhere', () => {
    const text = "The EU rejected Lukashenko's re-election. Lukashenko, who has ruled since 1994, denied it.";
    expect(actorsOf(text, 'Lukashenko, who has ruled since 1994, denied it.')).toEqual(['Lukashenko']);
  });

  it('leaves out a news agency, which tells the news and is not in it', () => {
    expect(actorsOf('MINSK (Reuters) - A court sentenced Maria Kalesnikava, AFP and Interfax reported.')).toEqual(['Maria Kalesnikava']);
  });

  it('reads a word after a colon or dash as a sentence opener: a list item starts there', () => {
    expect(actorsOf('9 August 2020: Presidential election in Belarus.')).toEqual(['Belarus']);
  });

  it('ends a name before a day or month joined to it by "on"', () => {
    expect(actorsOf('The European Union on Monday adopted its 12th package against Russia.')).toEqual(['European Union', 'Russia']);
  });

  it('does not take an ordinary word opening a sentence as a name', () => {
    expect(actorsOf('Protests erupted in Minsk. The protests grew.')).toEqual(['Minsk']);
  });

  it('ignores sentence openers, nationalities, months and the source', () => {
    expect(actorsOf('As previously reported, Western countries met in July. End', undefined)).toEqual([]);
    expect(actorsOf('MINSK, Nov 18 - PrimePress. Talks.', undefined, ['Primepress'])).toEqual([]);
  });
});

describe('actors: names with particles', () => {
  it('keeps "von der" inside a name: Ursula von der Leyen is one actor', () => {
    expect(actorsOf('Its president, Ursula von der Leyen, is due to visit Wrocław on Thursday.')).toEqual(['Ursula von der Leyen', 'Wrocław']);
  });

  it('resolves "von der Leyen" and "Von der Leyen" alone to the full name given earlier', () => {
    const text = 'Ursula von der Leyen visited. Later von der Leyen left. Von der Leyen said so.';
    expect(actorsOf(text, 'Later von der Leyen left.')).toEqual(['Ursula von der Leyen']);
    expect(actorsOf(text, 'Von der Leyen said so.')).toEqual(['Ursula von der Leyen']);
  });

  it('keeps "de", "van", "bin", "da", "di", "le", "ter" and a joined "al-" inside names', () => {
    expect(actorsOf('They met Charles de Gaulle and Vincent van Gogh.')).toEqual(['Charles de Gaulle', 'Vincent van Gogh']);
    expect(actorsOf('They met Mohammed bin Salman and Bashar al-Assad.')).toEqual(['Mohammed bin Salman', 'Bashar al-Assad']);
    expect(actorsOf('They met Luiz Inácio Lula da Silva, Giovanni di Lorenzo, Marine le Pen and Gerard ter Borch.')).toEqual([
      'Luiz Inácio Lula da Silva', 'Giovanni di Lorenzo', 'Marine le Pen', 'Gerard ter Borch',
    ]);
  });

  it('does not join two names across a lowercase "de" that is not followed by a name', () => {
    expect(actorsOf('The vote made Lukashenko de facto ruler of Belarus.')).toEqual(['Lukashenko', 'Belarus']);
  });

  it('still reads "Vladimir Putin" as one actor and "European Union" as one', () => {
    expect(actorsOf('Vladimir Putin and the European Union spoke.')).toEqual(['Vladimir Putin', 'European Union']);
  });
});

describe('actors: possessives', () => {
  it("ends a name at its possessive: \"Norway's Yara\" is Norway and Yara", () => {
    expect(actorsOf("In a separate move, Norway's Yara said it would stop buying potash.")).toEqual(['Norway', 'Yara']);
    expect(actorsOf('Norway’s Yara said so.', 'Norway’s Yara said so.')).toEqual(['Norway', 'Yara']);
  });

  it("reads \"Austria's Lower Austria province\" as Austria and Lower Austria", () => {
    expect(actorsOf("Austria's Lower Austria province was declared a disaster zone.")).toEqual(['Austria', 'Lower Austria']);
  });

  it("keeps a plural noun's possessive inside an organisation's name, apostrophe and all", () => {
    expect(actorsOf("The All-Belarusian People's Assembly now has the power to remove the president.")).toEqual(["All-Belarusian People's Assembly"]);
    expect(actorsOf("He led the Workers' Party for years.")).toEqual(["Workers' Party"]);
  });

  it("still drops the possessive at a name's end: \"Lukashenko's crackdown\" names Alexander Lukashenko", () => {
    expect(actorsOf("Alexander Lukashenko's crackdown went on.")).toEqual(['Alexander Lukashenko']);
  });
});

describe('actors: roles and sentence openers', () => {
  it('leaves a role before a name out of the name: "Forward Yegor Sharangovich" is Yegor Sharangovich', () => {
    expect(actorsOf('Forward Yegor Sharangovich signed an open letter.')).toEqual(['Yegor Sharangovich']);
    expect(actorsOf('August 1 — Sprinter Krystsina Tsimanouskaya refuses to board a flight.')).toEqual(['Krystsina Tsimanouskaya']);
    expect(actorsOf('Spokeswoman Anna Smith and Coach John Doe spoke.')).toEqual(['Anna Smith', 'John Doe']);
  });

  it('takes no role word alone as a name', () => {
    expect(actorsOf('Coach and Goalkeeper were both fined.')).toEqual([]);
  });

  it('ends a dateline at its dash: "VILNIUS — On the second anniversary" names nobody', () => {
    expect(actorsOf('VILNIUS — On the second anniversary of the vote, thousands gathered.')).toEqual([]);
  });

  it('ends a name at a slash or a spaced hyphen: "/PRNewswire/ -- NordPay" names NordPay', () => {
    const text = "VILNIUS, Lithuania, March 3, 2023 /PRNewswire/ -- NordPay, a payments company, raised money. The revenue of NordPay grew.";
    expect(actorsOf(text, 'VILNIUS, Lithuania, March 3, 2023 /PRNewswire/ -- NordPay, a payments company, raised money.')).toEqual(['Lithuania', 'NordPay']);
  });

  it('keeps a hyphen inside a name: Lądek-Zdrój is one place', () => {
    expect(actorsOf('The water reached Lądek-Zdrój at night.')).toEqual(['Lądek-Zdrój']);
  });
});

describe('actors: words that name no one', () => {
  it('takes no quarter, fiscal year, funding round or word with digits as a name', () => {
    expect(actorsOf('Then NordPay will launch in Q2 2023 after revenue of €10m in FY2021 and a Series B round.')).toEqual(['NordPay']);
    expect(actorsOf('Profits doubled in Q3, the company said.')).toEqual([]);
    expect(actorsOf('It will speak at Money20/20 Europe in Amsterdam.')).toEqual(['Europe', 'Amsterdam']);
    expect(actorsOf('A Ryanair flight, FR4978, was forced to land.')).toEqual(['Ryanair']);
  });

  it('still reads a letter alone as a name: "wrote on X"', () => {
    expect(actorsOf('Charles Michel wrote on X on 14 December.')).toEqual(['Charles Michel', 'X']);
  });

  it('still reads G7 and G20 as organisations', () => {
    expect(actorsOf('The G7 and the G20 met.')).toEqual(['G7', 'G20']);
  });

  it('takes no "IT" or "CEO" as an organisation', () => {
    expect(actorsOf('More than 200 Belarusian IT companies moved, said its CEO.')).toEqual([]);
  });

  it('reads "Vilnius-based NordPay" as NordPay, and "Soviet-era" as no name', () => {
    expect(actorsOf('Vilnius-based NordPay grew.')).toEqual(['NordPay']);
    expect(actorsOf('He promised to restore the Soviet-era welfare state and Soviet-style symbols.')).toEqual([]);
  });

  it('takes no generic noun left alone as a name: "Western Conference", "President\'s Team", "Belarusian House"', () => {
    expect(actorsOf('Now Dinamo remain 11th in the Western Conference.')).toEqual(['Dinamo']);
    expect(actorsOf('He played for his own "President\'s Team" in the annual Christmas tournament.')).toEqual([]);
    expect(actorsOf('It opened a "Belarusian House" in Warsaw.')).toEqual(['Warsaw']);
  });

  it('keeps organisations that end in such words: "Kontinental Hockey League", "Iraqi Airways"', () => {
    expect(actorsOf('Now Dinamo play in the Kontinental Hockey League; Iraqi Airways flew.')).toEqual(['Dinamo', 'Kontinental Hockey League', 'Iraqi Airways']);
  });

  it('takes no holiday as a name', () => {
    expect(actorsOf('They met Putin at Christmas and at Easter.')).toEqual(['Putin']);
  });

  it('takes no storm as a person: "the storm, named Boris", "Storm Boris", but Boris Gryzlov is one', () => {
    expect(actorsOf('The storm, named Boris by German forecasters, stalled over Poland.')).toEqual(['Poland']);
    expect(actorsOf('Storm Boris hit Austria.')).toEqual(['Austria']);
    expect(actorsOf('Then Lukashenko met the Russian ambassador, Boris Gryzlov.')).toEqual(['Lukashenko', 'Boris Gryzlov']);
  });

  it('reads a word after an opening single quote as a sentence opener: "chanting \'Go away!\'" names no one', () => {
    expect(actorsOf("People marched towards the Stela war memorial, chanting 'Go away!'.")).toEqual(['Stela']);
  });

  it('still finds a two-word name that starts with a common word or ends in a hyphened part: "Go Eun-bi", "Kim Jong-un"', () => {
    expect(actorsOf('The award went to Go Eun-bi on Friday.')).toEqual(['Go Eun-bi']);
    expect(actorsOf('Then Putin met Kim Jong-un.')).toEqual(['Putin', 'Kim Jong-un']);
  });

  it('leaves a shouted press-release word out of the name after it: "SOURCE NordPay" is NordPay', () => {
    expect(actorsOf('Contact us. SOURCE NordPay')).toEqual(['NordPay']);
  });
});

describe('actors: press-release boilerplate', () => {
  it('reads "About NordPay" as NordPay, and keeps a club\'s capitalised name: "BATE Borisov"', () => {
    const text = 'About NordPay\nNordPay is a payments company. Champions Shakhtyor Soligorsk host BATE Borisov.';
    expect(actorsOf(text, 'About NordPay')).toEqual(['NordPay']);
    expect(actorsOf(text, 'Champions Shakhtyor Soligorsk host BATE Borisov.')).toEqual(['Shakhtyor Soligorsk', 'BATE Borisov']);
  });
});

describe('actors: a short name and a longer one', () => {
  it('does not expand a city to a club named after it: "Minsk" stays Minsk after "Dinamo Minsk"', () => {
    const text = 'The games were split between Minsk and Riga. Then fans of Dinamo Minsk protested. Later Minsk was awarded the event.';
    expect(actorsOf(text, 'Later Minsk was awarded the event.')).toEqual(['Minsk']);
    expect(actorsOf(text, 'Then fans of Dinamo Minsk protested.')).toEqual(['Dinamo Minsk']);
  });

  it('still resolves a surname to the full name given first: "Lukashenko" is Alexander Lukashenko, "Fasel" is René Fasel', () => {
    const text = 'IIHF president René Fasel flew to Minsk and embraced Alexander Lukashenko. Fasel, 70, is due to step down. Lukashenko opened the arena.';
    expect(actorsOf(text, 'Fasel, 70, is due to step down.')).toEqual(['René Fasel']);
    expect(actorsOf(text, 'Lukashenko opened the arena.')).toEqual(['Alexander Lukashenko']);
  });

  it('counts a surname after a title as no earlier use alone: "President Lukashenko … Alexander Lukashenko … Lukashenko"', () => {
    const text = 'In July President Lukashenko spoke. Then Alexander Lukashenko won. Later, Lukashenko left.';
    expect(actorsOf(text, 'Later, Lukashenko left.')).toEqual(['Alexander Lukashenko']);
  });

  it('resolves a surname used alone before the full name, as features do: "Lukashenko held … Alexander Lukashenko … Lukashenko"', () => {
    const text = 'Then Lukashenko spoke. Later Alexander Lukashenko won. Now Lukashenko left.';
    expect(actorsOf(text, 'Now Lukashenko left.')).toEqual(['Alexander Lukashenko']);
  });

  it('still resolves a surname after a given name used alone in a quote: "Pavel and Alena have built"', () => {
    const text = 'said Pavel Klimovich, its founder. "Pavel and Alena have built a team," she said. Then Klimovich moved.';
    expect(actorsOf(text, 'Then Klimovich moved.')).toEqual(['Pavel Klimovich']);
  });

  it('keeps a surname the article never gives in full as it is written: names are learned per article', () => {
    expect(actorsOf('Hundreds of thousands had never voted for anyone but Lukashenko.')).toEqual(['Lukashenko']);
  });
});

describe('actors of one date in a long sentence', () => {
  // `context`: earlier sentences of the article, which teach the finder its names.
  const actorsAt = (sentence: string, dateText: string, others: string[] = [], context = '') => {
    const text = context + sentence;
    const span = (s: string) => ({ start: text.lastIndexOf(s), end: text.lastIndexOf(s) + s.length });
    const date = span(dateText);
    return createActorFinder(text).actorsIn(context.length, text.length, { date, dates: [date, ...others.map(span)] });
  };
  const BATE = 'BATE, who won 13 consecutive titles between 2006 and 2018, are due to train in Antalya, Turkey, at the end of this month.';
  const CLUBS = 'Champions Shakhtyor Soligorsk host BATE Borisov. ';

  it('gives a date inside ", who …," the name before it and the names inside, not the main clause\'s', () => {
    expect(actorsAt(BATE, '2006 and 2018', ['the end of this month'], CLUBS)).toEqual(['BATE']);
  });

  it('gives a date in the main clause its names, without those of a relative clause about another name', () => {
    expect(actorsAt(BATE, 'the end of this month', ['2006 and 2018'], CLUBS)).toEqual(['BATE', 'Antalya', 'Turkey']);
    const text = 'Forward Yegor Sharangovich, who signed with the New Jersey Devils in 2019, signed an open letter in August.';
    expect(actorsAt(text, 'August', ['2019'])).toEqual(['Yegor Sharangovich']);
    expect(actorsAt(text, '2019', ['August'])).toEqual(['Yegor Sharangovich', 'New Jersey Devils']);
  });

  it('reads an age between the name and ", who": "Fasel, 70, who is due to step down in September"', () => {
    const text = 'In Geneva, René Fasel met him. Fasel, 70, who is due to step down in September, said so in Zurich.';
    const start = text.indexOf('Fasel, 70');
    const date = { start: text.indexOf('September'), end: text.indexOf('September') + 9 };
    expect(createActorFinder(text).actorsIn(start, text.length, { date, dates: [date] })).toEqual(['René Fasel']);
  });

  it('runs a relative clause on over ", the head of …," and ", and …" until the main clause goes on', () => {
    const text = 'The IIHF follows the International Olympic Committee, which on 7 December barred Lukashenko, the head of the committee, and his son Viktor from the Tokyo Games.';
    expect(actorsAt(text, '7 December')).toEqual(['International Olympic Committee', 'Lukashenko', 'Viktor', 'Tokyo Games']);
  });

  it('keeps the whole clause when the relative clause follows a common noun: "The round, which closed on February 28, brings NordPay\'s …"', () => {
    expect(actorsAt("The round, which closed on February 28, brings NordPay's funding to €62 million.", 'February 28')).toEqual(['NordPay']);
  });

  it('keeps a relative clause about the date\'s own phrase: "the 2010 floods, which hit southern Poland"', () => {
    expect(actorsAt('It exceeded the bill from the 2010 floods, which hit southern Poland in May.', '2010', ['May'])).toEqual(['Poland']);
  });

  it('parts clauses at semicolons, each date with its own names', () => {
    const text = 'Yuri Zakharanka vanished on 7 May 1999; Viktar Hanchar was abducted on 16 September 1999; and Dzmitry Zavadski disappeared at Minsk airport on 7 July 2000.';
    const all = ['7 May 1999', '16 September 1999', '7 July 2000'];
    expect(actorsAt(text, '7 May 1999', all)).toEqual(['Yuri Zakharanka']);
    expect(actorsAt(text, '16 September 1999', all)).toEqual(['Viktar Hanchar']);
    expect(actorsAt(text, '7 July 2000', all)).toEqual(['Dzmitry Zavadski', 'Minsk']);
  });

  it('runs a date\'s clause on over the next ones until one has a date of its own: a chronology item', () => {
    const text = 'May 23 — Ryanair flight FR4978 forced to land in Minsk; journalist Roman Protasevich arrested.';
    expect(actorsAt(text, 'May 23', [], 'It was a Ryanair jet.\n')).toEqual(['Ryanair', 'Minsk', 'Roman Protasevich']);
  });

  it('finds all the sentence\'s names without a date, as before', () => {
    const text = CLUBS + BATE;
    expect(createActorFinder(text).actorsIn(CLUBS.length, text.length)).toEqual(['BATE', 'Antalya', 'Turkey']);
  });
});

describe('actors: words in capitals', () => {
  it('takes a word in capitals the article writes twice and never otherwise as a name: "IIHF", "BATE"', () => {
    const text = 'The IIHF met. Later, the IIHF said BATE would play. Then BATE lost.';
    expect(actorsOf(text, 'Later, the IIHF said BATE would play.')).toEqual(['IIHF', 'BATE']);
  });

  it('takes no dateline or heading in capitals as a name', () => {
    expect(actorsOf('CHRONOLOGY\nVILNIUS, Aug 9 - Crowds gathered in Vilnius.')).toEqual(['Vilnius']);
  });
});
