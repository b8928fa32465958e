// A made-up set of events from many articles, as an events file (the JSON `extract` prints):
// 25 events an article, each article a few months of one story, stories spread over ten years.
import type { ParsedArticle, TimelineEvent } from '../../shared/src/index';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const actors = ['the council', 'the minister', 'the union', 'the court', 'the opposition', 'the central bank', 'the mayor'];
const verbs = ['met', 'announced new rules', 'protested', 'ruled', 'signed an agreement', 'raised rates', 'resigned'];
const eventsPerArticle = 25;
const day = 24 * 60 * 60 * 1000;

/** A small deterministic generator (mulberry32), so every run draws the same set. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

export function makeEventSet(count: number, seed = 1): ParsedArticle {
  const next = random(seed + count);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)]!;
  let text = '';
  const events: TimelineEvent[] = [];
  const storyStarts = Array.from({ length: Math.max(1, Math.ceil(count / eventsPerArticle)) }, () =>
    Date.UTC(2012, 0, 1) + Math.floor(next() * 10 * 365) * day,
  );
  for (let index = 0; index < count; index++) {
    const article = Math.floor(index / eventsPerArticle);
    if (index % eventsPerArticle === 0) text += `${text ? '\n' : ''}Article ${article + 1}. `;
    const date = new Date(storyStarts[article]! + Math.floor(next() * 120) * day);
    const [year, month, dayOfMonth] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const shape = next();
    const dated =
      shape < 0.7
        ? { start: `${year}-${pad(month)}-${pad(dayOfMonth)}`, dateText: `${dayOfMonth} ${months[month - 1]} ${year}` }
        : shape < 0.8
          ? { start: `${year}-${pad(month)}`, dateText: `${months[month - 1]} ${year}` }
          : shape < 0.9
            ? { start: `${year}-${pad(month)}-01`, end: `${year}-${pad(month)}-${pad(Math.max(2, Math.min(dayOfMonth, 28)))}`, dateText: `early ${months[month - 1]} ${year}` }
            : shape < 0.95
              ? { start: `${year}`, dateText: `${year}` }
              : { start: `${year}-${pad(month)}`, open: true, dateText: `since ${months[month - 1]} ${year}` };
    const actor = pick(actors);
    const verb = pick(verbs);
    const title = `In article ${article + 1}, ${actor} ${verb}`;
    const quote = `In ${dated.dateText}, ${actor} ${verb} (event ${index + 1}).`;
    const quoteStart = text.length;
    const dateStart = quoteStart + 3;
    text += `${quote} `;
    events.push({
      id: `bench-${index + 1}`,
      ...dated,
      quote,
      quoteStart,
      quoteEnd: quoteStart + quote.length,
      dateStart,
      dateEnd: dateStart + dated.dateText.length,
      title,
      actors: [actor.replace(/^the /, '')],
    });
  }
  return { title: `${count} events from ${Math.ceil(count / eventsPerArticle)} articles`, source: 'Dateline benchmark', text, events };
}
