#!/usr/bin/env node
/**
 * The `trailmark` command (bin of @trailmark/curriculum). The only entry that reads files or parses
 * YAML; the commands live in `./cli/`.
 */
import { run } from './cli/run.js';
import { wantsColor } from './cli/terminal.js';

// Writing to a closed pipe (`trailmark schema | head -1`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const output = (stream: NodeJS.WriteStream) => ({
  write: (text: string) => {
    stream.write(text);
  },
  color: wantsColor(stream.isTTY, process.env),
  tty: stream.isTTY === true,
});

process.exitCode = await run(process.argv.slice(2), {
  stdout: output(process.stdout),
  stderr: output(process.stderr),
  readStdin,
  cwd: process.cwd(),
  assets: {
    // Both resolved from dist/cli.js, so they hold in an installed package as in this repository.
    schema: new URL('./schema.json', import.meta.url),
    packageJson: new URL('../package.json', import.meta.url),
  },
});
