// Runs a CLI command so that a user sees one clear line on stderr, never a stack trace.

/** The output, with lines for stderr about input the command read otherwise than it was written; or why it could not run. */
export type CliOutcome = { output: string; warnings?: readonly string[] } | { error: string };

/** One line, whatever the message holds (a file name or an error text with line breaks). */
const oneLine = (message: string) => message.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export function runCli(name: string, command: (args: string[]) => CliOutcome | Promise<CliOutcome>): void {
  // A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not our failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`${name}: cannot write the output: ${oneLine(error.message)}\n`);
    process.exit(1);
  });
  const fail = (message: string) => {
    process.stderr.write(`${name}: ${oneLine(message)}\n`);
    process.exitCode = 1;
  };
  Promise.resolve()
    .then(() => command(process.argv.slice(2)))
    .then((outcome) => {
      if ('error' in outcome) fail(outcome.error);
      else {
        for (const warning of outcome.warnings ?? []) process.stderr.write(`${name}: ${oneLine(warning)}\n`);
        process.stdout.write(`${outcome.output}\n`);
      }
    })
    .catch((error: unknown) => fail(`internal error: ${error instanceof Error ? error.message : String(error)} (please report it with the input file)`));
}
