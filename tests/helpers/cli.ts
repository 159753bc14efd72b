import { runCli } from '../../main/cli/run';

/** Runs the `relais` command in-process and captures what it prints. */
export function relais(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runCli(args, {
    out: (text) => (out += `${text}\n`),
    err: (text) => (err += `${text}\n`),
    env: { ...process.env, RELAIS_DATA_DIR: '/nonexistent/relais-tests-must-pass---db' },
  });
  return { code, out, err };
}
