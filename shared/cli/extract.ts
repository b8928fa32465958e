// npm run --silent extract -- FILE [--date YYYY-MM-DD]
// Prints the article's timeline as JSON: {title, source, publicationDate, text, events}.
import { readFileSync, statSync } from 'node:fs';
import { parseArticle } from '../src/index';
import { runCli } from './runCli';

runCli('extract', (args) => {
  const dateFlag = args.indexOf('--date');
  const publicationDate = dateFlag >= 0 ? args[dateFlag + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && (dateFlag < 0 || i !== dateFlag + 1));
  if (files.length !== 1) return { error: 'usage: npm run --silent extract -- FILE [--date YYYY-MM-DD]' };
  const file = files[0]!;
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat) return { error: `${file}: no such file` };
  if (!stat.isFile()) return { error: `${file}: not a file` };
  const raw = new TextDecoder('utf-8').decode(readFileSync(file));
  const result = parseArticle(raw, { publicationDate, fileName: file });
  if (!result.ok) return { error: `${file}: ${result.problem.message}` };
  return { output: JSON.stringify(result.parsed, null, 2) };
});
