// Runs a CLI command so that a user sees one clear line on stderr, never a stack trace.

export type CliOutcome = { output: string } | { error: string };

export function runCli(name: string, command: (args: string[]) => CliOutcome | Promise<CliOutcome>): void {
  const fail = (message: string) => {
    process.stderr.write(`${name}: ${message}\n`);
    process.exitCode = 1;
  };
  Promise.resolve()
    .then(() => command(process.argv.slice(2)))
    .then((outcome) => {
      if ('error' in outcome) fail(outcome.error);
      else process.stdout.write(`${outcome.output}\n`);
    })
    .catch((error: unknown) => fail(`internal error: ${error instanceof Error ? error.message : String(error)} (please report it with the input file)`));
}
