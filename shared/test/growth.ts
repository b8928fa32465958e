// Inputs and a clock for the linearity tests: time must grow linearly with the input, so only
// ratios of times are asserted, never absolute times.

const SENTENCES = [
  'MINSK, Nov 18 - PrimePress. Putin met Merkel on 10 and 11 November 2021 in Minsk.',
  'The crisis began after the presidential election of 9 August 2020, in which Lukashenko was declared the winner.',
  'For several months, there were mass protests and violent crackdowns in the country.',
  'In July 2021, Lukashenko said he would no longer restrain migration to the European Union.',
  'Sanctions have been in force since 2019, the ministry said last week.',
  'Three days later, talks resumed at 10:30 a.m. on Friday, and a second round is due in the first quarter of next year.',
  'Between 1998 and 2000, the economy grew by 80.1% and prices rose by $3,000 per tonne.',
];

/** Realistic news: varied sentences with dates, in paragraphs. */
export function newsOfLength(length: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i++) {
    // Vary the numbers so that sentences are not all copies of each other.
    const sentence = SENTENCES[i % SENTENCES.length]!.replace(/\b(\d{1,2}) (November|August)/, (_, d: string, m: string) => `${((Number(d) + i) % 28) + 1} ${m}`);
    const piece = sentence + (i % 4 === 3 ? '\n\n' : ' ');
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('').slice(0, length);
}

const repeatTo = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Long runs of what makes patterns backtrack: digits, "May May May", white space, "1 and 2 and 3", dashes, dots, numbers between slashes and dots. */
export function adversarialOfLength(length: number): string {
  const tenth = Math.floor(length / 10);
  const ands = Array.from({ length: tenth }, (_, i) => `${i + 1} and `).join('').slice(0, 2 * tenth);
  return [
    repeatTo('1234567890', 2 * tenth),
    repeatTo('May ', tenth),
    `In May${' '.repeat(tenth)}2020 it began.`,
    ands,
    repeatTo('-', tenth / 2) + repeatTo('2020-', tenth / 2),
    repeatTo('. ', tenth / 2) + repeatTo('10 a', tenth / 2),
    repeatTo('12/1/2020/', tenth / 2) + repeatTo('1.12.21.', tenth / 2),
    newsOfLength(tenth),
  ].join('\n');
}

// Times one run: cheap runs are repeated until the clock can see them.
export function timeOnce(run: () => unknown): number {
  for (let repeats = 1; ; repeats *= 4) {
    const start = performance.now();
    for (let i = 0; i < repeats; i++) run();
    const elapsed = performance.now() - start;
    if (elapsed >= 20 || repeats >= 1024) return elapsed / repeats;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The median time of `runs` runs, in milliseconds. */
export const medianTime = (run: () => unknown, runs = 3): number => median(Array.from({ length: runs }, () => timeOnce(run)));

/** How many times longer the large input takes than the small one, by the median of three runs each. */
export function growth(small: string, large: string, run: (text: string) => unknown): number {
  run(small); // the first call compiles the patterns
  return medianTime(() => run(large)) / medianTime(() => run(small));
}
