import { runCli } from '../../main/cli/run';

function run(stdin: string, args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: { ...process.env, RELAIS_DATA_DIR: '/nonexistent/relais-tests-must-pass---db' },
    stdin: () => stdin,
  });
  return { code, out, err };
}

/** Runs the `relais` command in-process and captures what it prints. */
export const relais = Object.assign((...args: string[]) => run('', args), {
  /** The same, with something on standard input. */
  withStdin: (stdin: string, ...args: string[]) => run(stdin, args),
});
