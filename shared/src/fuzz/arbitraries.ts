// Generators of hostile and half-sensible input for the property tests: random Unicode (lone
// surrogates, controls, RTL marks included), random HTML (broken on purpose), and random mixes
// of the words and numbers that dates are made of, so the tagger's patterns actually fire.
import fc from 'fast-check';

const SPECIAL_CHARACTERS = [
  '\u0000', '\u0001', '\u0008', '\t', '\n', '\r', '\r\n', '\f', '\v', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u2028', '\u2029',
  '\ufeff', '\ufffd', '\ufffe', '\u200b', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ud800', '\udfff',
  '\u05e9\u05dc\u05d5\u05dd', '\u0645\u0631\u062d\u0628\u0627', '\u0130', '\u0131', '\u00df', '\u212a', 'e\u0301', '\ud83d\udc4d\ud83c\udffd', '\ud83c\uddfa\ud83c\udde6',
  '\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67', '\uff11\uff19\uff19\uff18', '\u0663', '\u2015', '\u2013', '\u2014', '\u2019', '\u201c', '\u201d', '.', '!', '?',
];

/** Any UTF-16 code unit, lone surrogates included: what a badly decoded file can hold. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

/** Random Unicode: whole graphemes, any code points, any code units, and the characters that break text code. */
export const unicodeText = (maxLength = 200): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: codeUnit, maxLength }),
    fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIAL_CHARACTERS), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3 })), maxLength }),
  );

const TAGS = ['p', 'div', 'br', 'span', 'a', 'b', 'i', 'h1', 'h2', 'li', 'ul', 'table', 'td', 'tr', 'title', 'head', 'body', 'html', 'meta', 'time', 'script', 'style', 'iframe', 'noscript', 'template', 'svg', 'img', 'textarea', 'xmp', 'plaintext', 'title', 'math', 'object', 'button', 'form', 'x-custom'];
const ATTRIBUTES = [
  'class="x"', 'onerror="alert(1)"', 'onload=alert(1)', 'href="javascript:alert(1)"', 'src=x', 'style="background:url(javascript:alert(1))"', 'datetime="2021-11-19"',
  'property="article:published_time" content="2021-11-19T08:00:00Z"', 'name="date" content="garbage"', 'content="2021-02-30"', 'property="og:title" content="T"',
  "title='unclosed", 'title="a>b"', 'x', '=', '""', 'data-x="&amp;&#0;&#x110000;"',
];
const ENTITIES = ['&amp;', '&lt;', '&gt;', '&nbsp;', '&nbsp', '&#0;', '&#x0;', '&#1114112;', '&#xD800;', '&#65;', '&#x1F600;', '&ldquo;', '&bogus;', '&', '&#', '&#x;', '&amp', '&AMP;'];
const MARKUP = ['<!-- c -->', '<!--', '-->', '<![CDATA[ x ]]>', '<!doctype html>', '<?xml version="1.0"?>', '</', '<', '>', '<>', '< p>', '<p/>', '</p >', '<script>', '</script>', '<style>p{color:red}</style>'];

const word = fc.constantFrom('Talks', 'resumed', 'on', '9', 'August', '2020', 'May', 'last', 'week', 'In', 'July', '2021', '.', 'He', 'said', 'since', 'for', 'three', 'months', 'Published:', '19 November 2021');

const tag = fc.tuple(fc.constantFrom(...TAGS), fc.array(fc.constantFrom(...ATTRIBUTES), { maxLength: 3 }), fc.constantFrom('', '/', ' ')).map(([name, attributes, close]) => `<${[name, ...attributes].join(' ')}${close}>`);

/** Random HTML: tags with hostile attributes, entities, comments, unclosed and stray markup, script and style. */
export const htmlText = (maxParts = 40): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: tag },
        { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((name) => `</${name}>`) },
        { weight: 6, arbitrary: word.map((w) => `${w} `) },
        { weight: 2, arbitrary: fc.constantFrom(...ENTITIES) },
        { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
        { weight: 1, arbitrary: fc.constantFrom('<script>document.write("<p>9 May 2020</p>")</script>', '<style>body{}</style>', '<iframe src="javascript:alert(1)">x</iframe>') },
        { weight: 1, arbitrary: unicodeText(10) },
      ),
      { maxLength: maxParts },
    )
    .map((parts) => parts.join(''));

const DATE_WORDS = [
  'May', 'March', 'Nov', 'Nov.', 'November', 'Dec', 'Sept.', 'Jan', 'may', 'march', 'Monday', 'Friday', 'last', 'next', 'this', 'the', 'week', 'weeks', 'month', 'months',
  'year', 'years', 'day', 'days', 'decade', 'century', 'ago', 'since', 'for', 'and', 'to', 'from', 'between', 'until', 'in', 'on', 'of', 'early', 'late', 'mid', 'mid-',
  'summer', 'spring', 'winter', 'quarter', 'first', 'second', 'third', 'half', 'the 1990s', "'90s", 'the 20th century', 'today', 'yesterday', 'tomorrow', 'tonight',
  'morning', 'noon', 'midnight', 'a.m.', 'p.m.', 'pm', 'now', 'recently', 'every', 'each', 'twice', 'a', 'several', 'two', 'twenty-four', 'later', 'earlier', 'before',
  'after', 'following', 'previous', 'same', 'end', 'beginning', 'Q3', 'H1', 'FY2020', 'over', 'during', 'past', '-', '–', '—', '/', ':', '.', ',', '%', '$', "'", '(', ')',
];

const number = fc.oneof(
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 1400, max: 2200 }).map(String),
  fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }).map(String),
  fc.constantFrom('1st', '2nd', '3rd', '31st', '00', '0000', '9999', '10000', '99999', '1.5', '3,000', '24:00', '10:30', '25:61', '2021-11-19', '2021-02-30', '19/11/2021', '6/25/21', '2/29/00', '12.08.2021', '31.02.2021', '2020/08/09', '1990s', '80.1'),
);

/** Random mixes of date words and numbers: "May 2020 to last week 31st and - $ 10000 years ago". */
export const dateWordMix = (maxTokens = 30): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...DATE_WORDS), number), fc.constantFrom(' ', ' ', ' ', '', '\n', ', ', '. ', '-', '  ', '\t')), { maxLength: maxTokens })
    .map((tokens) => tokens.map(([token, space]) => token + space).join(''));

// Typesetting and other scripts: what makes a text two-byte, and what its one-byte stand-in must read alike (text/oneByteText.ts).
const TYPESET = ['’', '‘', '“', '”', '–', '—', '‐', '€', '•', '…', '\u2009', '\u00a0', '°', 'é', 'Ł', 'ж', 'Ж', 'α', 'Ω', '中', '٣', '™', '\u200b', 'ſ', '\u212a', '¤', '\ud83d\udc4d', '\u2028'];

/** Date words and numbers with curly quotes, dashes and letters past Latin-1 between and inside them. */
export const typesetText = (maxTokens = 30): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...DATE_WORDS), number, fc.constantFrom(...TYPESET)), fc.constantFrom(' ', ' ', '', '’', '” ', ' “', '–', ' — ', '’s ', '\n')), { maxLength: maxTokens })
    .map((tokens) => tokens.map(([token, space]) => token + space).join(''));

/** Any of the three kinds of input, mixed together. */
export const anyText = (): fc.Arbitrary<string> =>
  fc.oneof(unicodeText(), htmlText(), dateWordMix(), fc.tuple(dateWordMix(10), unicodeText(20), htmlText(10), dateWordMix(10)).map((parts) => parts.join('')));

/** Publication dates as users give them: real days of any year, impossible days, and junk. */
export const publicationDate = (): fc.Arbitrary<string | undefined> =>
  fc.option(
    fc.oneof(
      fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
      fc.constantFrom('2021-11-19', '2021-02-30', '2021-13-01', '0000-01-01', '2021-11-19T10:42', 'garbage', '', '19 November 2021', '+020211-01-01'),
    ),
  );

const ACTORS = ['Putin', 'Merkel', 'The European Union', 'Lukashenko', 'The ministry', 'Protesters', 'The court', 'NATO', 'He', 'They'];
const VERBS = ['met', 'spoke', 'signed the deal', 'called for talks', 'imposed sanctions', 'was elected', 'resigned', 'held a phone call', 'said', 'protested'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Nov.', 'Sept.'];

const datePhrase: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 31 }), fc.constantFrom(...MONTH_NAMES), fc.constantFrom(...MONTH_NAMES), fc.integer({ min: 1500, max: 2099 }), fc.integer({ min: 1500, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.nat(17))
  .map(([d1, d2, m1, m2, y1, y2, n, shape]) =>
    [
      `on ${d1} ${m1} ${y1}`, `in ${m1} ${y1}`, `on ${d1} and ${d2} ${m1}`, `from ${m1} to ${m2} ${y1}`, `since ${y1}`, `for ${n} months`, 'last week', `${n} years ago`,
      `between ${y1} and ${y2}`, `in the ${String(y1).slice(0, 3)}0s`, `on ${m1} ${d1}, ${y1}`, `${d1}-${d2} ${m1}`, 'yesterday', `in the summer of ${y1}`, `${y1}-${String(n).padStart(2, '0')}-${String(d1).padStart(2, '0')}`,
      `for several months`, `from ${y1} to ${y2}`, `at ${n}:30 p.m. on Friday`,
    ][shape]!,
  );

/** Sentences a news article is made of, with their dates in many shapes, in paragraphs. */
export const newsText = (maxSentences = 12): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.constantFrom(...ACTORS), fc.constantFrom(...VERBS), datePhrase, fc.boolean(), fc.constantFrom(' ', ' ', '\n', '\n\n')), { minLength: 1, maxLength: maxSentences })
    .map((sentences) => sentences.map(([actor, verb, date, dateFirst, gap]) => (dateFirst ? `${date[0]!.toUpperCase()}${date.slice(1)}, ${actor.toLowerCase()} ${verb}.` : `${actor} ${verb} ${date}.`) + gap).join(''));
