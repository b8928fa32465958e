// npm run --silent extract -- FILE [--date YYYY-MM-DD]
// Prints the article's timeline as JSON: {title, source, publicationDate, text, events}.
import { readFileSync, statSync, type Stats } from 'node:fs';
import { MAX_TEXT_LENGTH } from '../src/article/inputProblem';
import { parseArticle } from '../src/index';
import { runCli, type CliOutcome } from './runCli';

const USAGE = 'usage: npm run --silent extract -- FILE [--date YYYY-MM-DD]';

// What the file system says, as words a user can act on.
const FS_PROBLEMS: Record<string, string> = {
  ENOENT: 'no such file', ENOTDIR: 'no such file (a part of the path is not a folder)', EACCES: 'not allowed to read it',
  EPERM: 'not allowed to read it', EISDIR: 'not a file', ENAMETOOLONG: 'the path is too long', ELOOP: 'too many symbolic links',
};
const fsProblem = (file: string, error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return { error: `${file}: ${FS_PROBLEMS[code] ?? `cannot read it (${code || String(error)})`}` };
};

function extract(args: string[]): CliOutcome {
  const dateFlag = args.indexOf('--date');
  const publicationDate = dateFlag >= 0 ? args[dateFlag + 1] : undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && (dateFlag < 0 || i !== dateFlag + 1));
  if (files.length !== 1 || (dateFlag >= 0 && !publicationDate)) return { error: USAGE };
  if (publicationDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(publicationDate)) return { error: `--date ${publicationDate}: not a date; write it as YYYY-MM-DD` };
  const file = files[0]!;
  let stat: Stats | undefined;
  try {
    stat = statSync(file, { throwIfNoEntry: false });
  } catch (error) {
    return fsProblem(file, error);
  }
  if (!stat) return { error: `${file}: no such file` };
  if (!stat.isFile()) return { error: `${file}: not a file` };
  // UTF-8 takes at most 3 bytes per UTF-16 unit: beyond this the text is surely too long, and is not read at all.
  if (stat.size > 3 * MAX_TEXT_LENGTH) return { error: `${file}: the file is ${(stat.size / 1e6).toFixed(0)} MB; Dateline reads articles of up to ${MAX_TEXT_LENGTH / 1e6} million characters.` };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return fsProblem(file, error);
  }
  const result = parseArticle(new TextDecoder('utf-8').decode(bytes), { publicationDate, fileName: file });
  if (!result.ok) return { error: `${file}: ${result.problem.message}` };
  try {
    return { output: JSON.stringify(result.parsed, null, 2) };
  } catch (error) {
    if (error instanceof RangeError) return { error: `${file}: the timeline is too large to print as JSON (${result.parsed.events.length} events).` };
    throw error;
  }
}

runCli('extract', extract);
