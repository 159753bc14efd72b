import { runCli, runCliAsync, type CliIo } from '../../main/cli/run';

function captured(stdin: string) {
  const printed = { out: '', err: '' };
  const io: CliIo = {
    out: (text) => (printed.out += `${text}\n`),
    err: (text) => (printed.err += `${text}\n`),
    env: { ...process.env, RELAIS_DATA_DIR: '/nonexistent/relais-tests-must-pass---db' },
    stdin: () => stdin,
  };
  return { io, printed };
}

function run(stdin: string, args: string[]): { code: number; out: string; err: string } {
  const { io, printed } = captured(stdin);
  const code = runCli(args, io);
  return { code, ...printed };
}

/** Runs the `relais` command in-process and captures what it prints. */
export const relais = Object.assign((...args: string[]) => run('', args), {
  /** The same, with something on standard input. */
  withStdin: (stdin: string, ...args: string[]) => run(stdin, args),
  /** For commands that write a document (they finish asynchronously). */
  async: async (...args: string[]) => {
    const { io, printed } = captured('');
    const code = await runCliAsync(args, io);
    return { code, ...printed };
  },
});
