import { CommanderError, type Command } from 'commander';
import { DatabaseOpenError } from '../db/errors';
import { forTerminal } from '../i18n';
import { addContractCommands } from './contract-commands';
import { cliContext, EXIT, Exit, withCommon, type CliIo } from './context';
import { addFileCommands } from './file-commands';
import { RelaisCommand } from './usage';

export { EXIT, type CliIo } from './context';

/**
 * Builds the `relais` program: file commands, then one sub-command per contract entry with `cli`. A
 * usage error is said in French and English with the command's `--help` to run, not followed by the
 * whole help (which lists every contract method).
 */
export function buildProgram(io: CliIo, sync = false): Command {
  const program = withCommon(new RelaisCommand('relais'))
    .description(forTerminal('cli.help_intro'))
    .addHelpText('after', `\n${forTerminal('cli.exit_codes')}`)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const cli = cliContext(io, sync);
  addFileCommands(program, cli);
  addContractCommands(program, cli);
  return program;
}

/**
 * Runs the command line and returns its exit code; never calls process.exit itself. Commands that
 * build a document (`cli.writesFile`) finish asynchronously: use `runCliAsync` for them.
 */
export function runCli(argv: string[], io: CliIo): number {
  try {
    buildProgram(io, true).parse(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return exitCodeOf(error, io);
  }
}

/** The same for every command, documents included: what the `relais` binary runs. */
export async function runCliAsync(argv: string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return exitCodeOf(error, io);
  }
}

function exitCodeOf(error: unknown, io: CliIo): number {
  if (error instanceof Exit) return error.code;
  if (error instanceof CommanderError) {
    return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
  }
  if (error instanceof DatabaseOpenError) {
    io.err(`${error.message}\n(en) ${error.messageEn}`);
    return EXIT.refused;
  }
  // A file that cannot be written, a full disk…: said plainly, without a stack trace.
  io.err(forTerminal('cli.failed', { detail: error instanceof Error ? error.message : String(error) }));
  return EXIT.refused;
}
