import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../parseArticle';
import { readArticle } from './readArticle';

const firstArticle = readFileSync(new URL('../../../public/articles/000_df00862e278acaea.txt', import.meta.url), 'utf8');

const read = (raw: string, options = {}) => {
  const result = readArticle(raw, options);
  if (!result.ok) throw new Error(`expected an article, got ${result.problem.key}`);
  return result.article;
};

describe('readArticle on our article files', () => {
  it('takes title, publication date and source from their lines', () => {
    const article = read(firstArticle);
    expect(article.title).toBe('Putin calls for dialogue between Belarusian authorities, opposition');
    expect(article.publicationDate).toBe('2021-11-19');
    expect(article.source).toBe('Primepress');
  });

  it('yields the body once, one paragraph per line', () => {
    const { text } = read(firstArticle);
    expect(text.match(/Putin has called for a dialogue/g)).toHaveLength(1);
    expect(text.split('\n')).toHaveLength(8);
    expect(text.startsWith('MINSK, Nov 18 - PrimePress.')).toBe(true);
    expect(text.endsWith('followed on 17 November. End')).toBe(true);
  });

  it('derives the body from the HTML line when the plain copy is missing', () => {
    const raw = 'Title\n<p> One &amp; two. </p> <p> </p> <p> Three. </p>\n2020-01-02\nSource\n';
    expect(read(raw).text).toBe('One & two.\nThree.');
  });
});

describe('readArticle on HTML', () => {
  it('decodes entities, drops tags and keeps paragraphs as lines', () => {
    const article = read('<html><head><title>Minsk talks</title><meta property="og:site_name" content="Daily"></head><body><h1>Minsk talks</h1><p>Talks &ldquo;resumed&rdquo; on <b>9&nbsp;August</b>.</p><p>Then<br>they stopped.</p></body></html>');
    expect(article.title).toBe('Minsk talks');
    expect(article.source).toBe('Daily');
    expect(article.text).toBe('Talks “resumed” on 9 August.\nThen\nthey stopped.');
  });

  it('never keeps the text of scripts, styles or iframes', () => {
    const { text } = read('<p>Before.</p><script>alert("x")</script><style>p{}</style><iframe src="javascript:alert(1)">inner</iframe><p onclick="alert(1)">After.</p>');
    expect(text).toBe('Before.\nAfter.');
  });

  // Found by the fuzz suite: htmlparser2 hands the rest of the document after <plaintext> over as text.
  it('keeps no markup that xmp, plaintext, noembed or noframes hold as raw text', () => {
    const { text } = read('<p>Before.</p><xmp><b>x</b></xmp><noembed><img src=x onerror=alert(1)></noembed><noframes><p>y</p></noframes><p>After.</p><plaintext><script>alert(1)</script>');
    expect(text).toBe('Before.\nAfter.');
  });

  it('reads broken markup without losing text', () => {
    expect(read('<div><p>Unclosed paragraph <b>bold <i>both</div><p>Next').text).toBe('Unclosed paragraph bold both\nNext');
  });

  it('reads only the article of a page that marks one, without its menus, asides and footer', () => {
    const page = '<body><header><p>Site news</p></header><article><h1>Headline</h1><p>Officials met on Thursday.</p><footer>Filed on Monday</footer></article>'
      + '<aside><p>Most read: storm hits coast on Monday</p></aside><p>Teaser from 2019.</p><footer>© 2025 Example News</footer></body>';
    expect(read(page).text).toBe('Officials met on Thursday.');
  });

  it('reads every paragraph of a page that marks no article, but never an aside or a footer', () => {
    expect(read('<div><p>One.</p><aside>Related: 2019</aside><p>Two.</p></div><footer>© 2025</footer>').text).toBe('One.\nTwo.');
  });

  it('keeps the byline and its date out of the text, and takes the date from it', () => {
    const article = read('<article><h1>Headline</h1><div>By Anna Smith · 11 September 2025</div><p>Officials met on Thursday.</p></article>');
    expect(article.publicationDate).toBe('2025-09-11');
    expect(article.text).toBe('Officials met on Thursday.');
  });

  it('keeps a long byline with a place and two times out of the text', () => {
    const byline = 'By Anna Petrova in Vilnius · Mon 6 Sep 2021 14.05 BST · Last modified on Mon 6 Sep 2021 16.30 BST';
    const article = read(`<title>Headline</title><article><p>Europe</p><h1>Headline</h1><p>A standfirst.</p><p>${byline}</p><p>By Monday, protests had spread.</p></article>`);
    // The heading after a kicker is the title, not text.
    expect(article.text).toBe('Europe\nA standfirst.\nBy Monday, protests had spread.');
  });

  it('keeps a live page status line out of the text, its date after an update time and all', () => {
    const page = '<main><h1>Wagner mutiny – as it happened</h1><p>Live · Updated 3 hours ago · 24 June 2023</p><p>Prigozhin leaves Rostov.</p></main>';
    const article = read(page);
    expect(article.text).toBe('Prigozhin leaves Rostov.');
    expect(article.publicationDate).toBe('2023-06-24');
    expect(read('<main><h1>Wagner mutiny</h1><p>Live · Updated 3 hours ago</p><p>Prigozhin leaves Rostov.</p></main>').text).toBe('Prigozhin leaves Rostov.');
  });

  it('keeps a line that opens "Live" but tells news as text', () => {
    expect(read('<main><p>Live · Police detain 200 people in Minsk</p><p>More soon.</p></main>').text).toBe('Live · Police detain 200 people in Minsk\nMore soon.');
  });

  it('leaves the site’s own name out of the title', () => {
    const article = read('<title>Prigozhin agrees to leave – live updates | Eastern Wire</title><meta property="og:site_name" content="Eastern Wire"><p>Text one.</p>');
    expect(article.title).toBe('Prigozhin agrees to leave – live updates');
    expect(article.source).toBe('Eastern Wire');
  });

  it('takes the publication date from the article metadata', () => {
    const article = read('<html><head><meta property="article:published_time" content="2021-11-19T08:00:00Z"></head><body><p>Text one.</p><p>Text two.</p></body></html>');
    expect(article.publicationDate).toBe('2021-11-19');
  });
});

describe('readArticle on plain text', () => {
  it('joins hard-wrapped lines of a paragraph and keeps paragraphs apart', () => {
    const article = read('A headline\n\nFirst line of a\nparagraph.\n\nSecond paragraph.');
    expect(article.title).toBe('A headline');
    expect(article.text).toBe('First line of a paragraph.\nSecond paragraph.');
  });

  it('treats every line as a paragraph when there are no blank lines', () => {
    expect(read('One sentence here.\nAnother one.').text).toBe('One sentence here.\nAnother one.');
  });

  it('takes the publication date from a byline and date line, time and all, and keeps that line out of the text', () => {
    const article = read('A headline\n\nBy Jane Doe\nPublished Aug. 3, 2021 at 10:42 a.m.\n\nA court ruled on Monday.');
    expect(article.publicationDate).toBe('2021-08-03');
    expect(article.text).toBe('A court ruled on Monday.');
  });

  it('takes the publication date from a date line written in figures, month first with slashes, day first with dots', () => {
    const posted = read('A headline\n\nPosted 6/25/2021\n\nA court ruled on Monday.');
    expect(posted.publicationDate).toBe('2021-06-25');
    expect(posted.text).toBe('A court ruled on Monday.');
    const dotted = read('A headline\n\n12.08.2021\n\nThe council met on Tuesday.');
    expect(dotted.publicationDate).toBe('2021-08-12');
    expect(dotted.text).toBe('The council met on Tuesday.');
  });

  it('takes no publication date from a short sentence that says what was published', () => {
    const article = read('A headline\n\nThe report was published on 3 August 2021.\n\nA court ruled on Monday.');
    expect(article.publicationDate).toBeUndefined();
    expect(article.text).toBe('The report was published on 3 August 2021.\nA court ruled on Monday.');
  });

  it('lets a given publication date win', () => {
    expect(read(firstArticle, { publicationDate: '2021-11-20' }).publicationDate).toBe('2021-11-20');
  });

  it('normalises Windows line ends and a byte order mark', () => {
    expect(read('\uFEFFOne.\r\nTwo.').text).toBe('One.\nTwo.');
  });
});

describe('readArticle on editors’ notes', () => {
  const correction = 'Correction, 28 January 2025: An earlier version of this article misstated the date of the 2020 election as 9 September 2020.';

  it('drops a correction at the end of an article file, an HTML page and plain text', () => {
    const file = `Headline\n<p>Lukashenko won on Sunday.</p>\n2025-01-27\nReview\nLukashenko won on Sunday.\n${correction}`;
    expect(read(file).text).toBe('Lukashenko won on Sunday.');
    expect(read(`<article><h1>Headline</h1><p>Lukashenko won on Sunday.</p><p><em>${correction}</em></p></article>`).text).toBe('Lukashenko won on Sunday.');
    expect(read(`Headline\n\nLukashenko won on Sunday.\n\n${correction}`).text).toBe('Lukashenko won on Sunday.');
  });

  it('puts no event on the date a correction says was wrong', () => {
    const result = parseArticle(`Headline\n\nLukashenko won on Sunday.\n\n${correction}`, { publicationDate: '2025-01-27' });
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.parsed.events.map((event) => event.start)).toEqual(['2025-01-26']);
  });

  it('keeps a paragraph that opens with "Correction" and tells news', () => {
    const news = 'Correction officers said the prisoner was moved on 9 September 2020.';
    expect(read(`Headline\n\nLukashenko won on Sunday.\n\n${news}`).text).toBe(`Lukashenko won on Sunday.\n${news}`);
  });

  it('keeps the publication date of an article updated later', () => {
    const page = '<html><head><meta property="article:published_time" content="2022-02-01T07:30:00+02:00"></head><body><article><p>Trains stopped.</p>'
      + '<p>This article was updated on 2 February 2022 at 14:10.</p></article></body></html>';
    expect(read(page).publicationDate).toBe('2022-02-01');
    expect(read(page).text).toBe('Trains stopped.');
  });
});

describe('readArticle on an article pasted twice', () => {
  const headline = 'LITHUANIA STARTS PUSHING BACK MIGRANTS AS BELARUS BORDER CRISIS DEEPENS';
  const body = [
    'Border guards were ordered on Monday night to redirect groups of migrants to official crossing points, the minister said.',
    'Lithuania declared a nationwide state of emergency on Friday 2 July, after 150 migrants crossed in a single day.',
  ].join('\n\n');

  it('reads the story once, without the headline’s second copy', () => {
    const article = read(`${headline}\n\nPublished 3 August 2021\n\n${body}\n\n${headline}\n\n${body}`);
    expect(article.title).toBe(headline);
    expect(article.text).toBe(body.replace('\n\n', '\n'));
  });

  it('gives each event once', () => {
    const result = parseArticle(`${headline}\n\nPublished 3 August 2021\n\n${body}\n\n${headline}\n\n${body}`);
    if (!result.ok) throw new Error(result.problem.message);
    expect(result.parsed.events.map((event) => event.start)).toEqual(['2021-08-02', '2021-07-02']);
  });

  it('drops a repeat that differs from its first copy only in spaces, in HTML too', () => {
    const paragraph = 'Lithuania declared a nationwide state of emergency on Friday 2 July, after 150 migrants crossed in a single day.';
    const page = `<article><p>${paragraph}</p><p>${paragraph.replace(/ /g, '  ')}</p></article>`;
    expect(read(page).text).toBe(paragraph);
  });

  it('keeps a short paragraph that comes back, as a refrain or a repeated quote', () => {
    const raw = 'A headline\n\n“Go away!”\n\nThe crowd chanted for hours on 9 August 2020.\n\n“Go away!”\n\nPolice moved in at midnight.';
    expect(read(raw).text).toBe('“Go away!”\nThe crowd chanted for hours on 9 August 2020.\n“Go away!”\nPolice moved in at midnight.');
  });

  it('keeps a long paragraph that only nearly repeats another', () => {
    const first = 'Lithuania declared a nationwide state of emergency on Friday 2 July, after 150 migrants crossed in a single day.';
    const second = first.replace('Lithuania', 'Latvia').replace('Friday 2 July', '10 August');
    expect(read(`A headline\n\n${first}\n\n${second}`).text).toBe(`${first}\n${second}`);
  });
});

describe('readArticle on hostile characters', () => {
  it('reads an article with a few NUL bytes and control characters as text, without them', () => {
    const article = read(`Talks\u0000 began on 9 August 2020.\u001b[31m ${'They went on. '.repeat(20)}\u0007\u0000`);
    expect(article.text).toBe(`Talks began on 9 August 2020.[31m ${'They went on. '.repeat(20).trim()}`);
  });
});

describe('readArticle on bad input', () => {
  it.each([
    ['an empty text', '', 'empty'],
    ['only whitespace', ' \n\t ', 'empty'],
    ['a binary file', 'PNG\u0000\u0001\u0002IHDR', 'binary'],
    ['markup with no text', '<script>x()</script><style></style>', 'noText'],
  ])('reports %s as a problem, not an article', (_, raw, key) => {
    const result = readArticle(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.key).toBe(key);
      expect(result.problem.message.length).toBeGreaterThan(10);
    }
  });
});
