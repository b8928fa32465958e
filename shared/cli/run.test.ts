import { rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../test/runCommand';

// shared/cli/run.mjs runs a command bundled once: a change to one of its sources must reach the next run.
const probe = fileURLToPath(new URL('./launcherprobe.ts', import.meta.url));
const bundle = fileURLToPath(new URL('../../node_modules/.cache/dateline-cli/launcherprobe.mjs', import.meta.url));
const removeProbe = () => {
  for (const file of [probe, bundle, bundle.replace(/\.mjs$/, '.sources.json')]) rmSync(file, { force: true });
};
const writeProbe = (said: string, modifiedAt: Date) => {
  writeFileSync(probe, `process.stdout.write(${JSON.stringify(said)});\n`);
  utimesSync(probe, modifiedAt, modifiedAt);
};

describe('the CLI launcher', () => {
  // A bundle left by a run that stopped halfway would be newer than the probe written back in time below.
  beforeAll(removeProbe);
  afterAll(removeProbe);

  it('bundles a command again when one of its sources has changed since, and only then', async () => {
    writeProbe('first', new Date(Date.now() - 60_000));
    expect((await runCommand('launcherprobe', [])).stdout).toBe('first');
    const bundledAt = statSync(bundle).mtimeMs;
    expect((await runCommand('launcherprobe', [])).stdout).toBe('first');
    expect(statSync(bundle).mtimeMs).toBe(bundledAt);
    writeProbe('second', new Date(Date.now() + 60_000));
    expect((await runCommand('launcherprobe', [])).stdout).toBe('second');
  });

  it('answers an unknown command with one line on stderr', async () => {
    const run = await runCommand('nosuchcommand', []);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('nosuchcommand: no such command (shared/cli/nosuchcommand.ts)\n');
  });
});
