import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { contract, METHOD_NAMES, type MethodName } from '../api/contract';
import { createDispatcher } from '../api/dispatcher';
import type { ApiError, ApiResult } from '../api/result';
import { cliSession } from '../api/session';
import { backupTo, restoreFrom } from '../db/backup';
import { defaultBackupDir } from '../db/backup-files';
import { DatabaseOpenError } from '../db/errors';
import { defaultDatabaseFile } from '../db/location';
import { openDatabase, type Db } from '../db/open';
import { latestVersion } from '../db/migrations';
import { fieldLabel, forTerminal, translate } from '../i18n';
import { inputFrom, optionsOf } from './options';
import { humanText } from './print';

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

interface Common {
  db?: string;
  json?: boolean;
}

/** Thrown inside a command action to end with an exit code once output is written. */
class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

function withCommon(command: Command): Command {
  return command
    .option('--db <file>', 'database file (default: the desktop app’s own database)')
    .option('--json', 'print JSON instead of text');
}

/** `--db` and `--json` may come before or after the sub-command. */
function commonOf(command: Command): Common {
  return command.optsWithGlobals<Common>();
}

function errorLines(error: ApiError): string {
  const lines = [error.message, `(en) ${error.messageEn}`];
  if (error.fields && error.fields.length > 1) {
    for (const field of error.fields) lines.push(`  - ${fieldLabel('fr', field.field)} : ${field.message}`);
  }
  return lines.join('\n');
}

/** Builds the `relais` program: file commands, then one sub-command per contract entry with `cli`. */
export function buildProgram(io: CliIo): Command {
  const program = withCommon(new Command('relais'))
    .description(`Relais, from the command line. ${translate('en', 'cli.acting_as')}`)
    .addHelpText('after', `\n${translate('fr', 'cli.acting_as')}\nExit codes: 0 success, 1 refused (the reason is printed), 2 bad usage.`)
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  const dbFile = (common: Common) => path.resolve(common.db ?? defaultDatabaseFile(io.env));

  function open(common: Common): Db {
    const file = dbFile(common);
    if (!fs.existsSync(file)) io.err(translate('fr', 'cli.created', { file }));
    return openDatabase(file);
  }

  function print(common: Common, value: unknown, text?: string): void {
    io.out(common.json ? JSON.stringify(value, null, 2) : (text ?? humanText(value)));
  }

  function finish(common: Common, result: ApiResult<unknown>): void {
    if (result.ok) return print(common, result.value);
    if (common.json) io.out(JSON.stringify({ error: result.error }, null, 2));
    io.err(errorLines(result.error));
    throw new Exit(result.error.code === 'invalid_input' || result.error.code === 'unknown_method' ? EXIT.usage : EXIT.refused);
  }

  function callMethod(common: Common, method: string, input: unknown): void {
    const db = open(common);
    try {
      finish(common, createDispatcher({ db })(cliSession(), method, input));
    } finally {
      db.close();
    }
  }

  withCommon(program.command('init'))
    .description('create the database with the default space, or migrate it to this version')
    .action((_opts, command: Command) => {
      const common = commonOf(command);
      const file = dbFile(common);
      openDatabase(file).close();
      const result = { file, version: latestVersion() };
      print(common, result, translate('fr', 'cli.initialized', result));
    });

  withCommon(program.command('backup'))
    .description('write a consistent copy of the database (safe while the app is running)')
    .requiredOption('--out <file>', 'backup file to create')
    .action((opts: { out: string }, command: Command) => {
      const common = commonOf(command);
      const out = path.resolve(opts.out);
      if (fs.existsSync(out)) {
        io.err(forTerminal('cli.backup_exists', { file: out }));
        throw new Exit(EXIT.refused);
      }
      const db = open(common);
      try {
        const file = backupTo(db, out);
        print(common, { file }, translate('fr', 'cli.backup_written', { file }));
      } finally {
        db.close();
      }
    });

  withCommon(program.command('restore'))
    .description('replace the database with a backup (the current one is backed up first); close the app before')
    .requiredOption('--from <file>', 'backup file to restore')
    .action((opts: { from: string }, command: Command) => {
      const common = commonOf(command);
      const from = path.resolve(opts.from);
      if (!fs.existsSync(from)) {
        io.err(forTerminal('cli.restore_missing', { file: from }));
        throw new Exit(EXIT.refused);
      }
      const target = dbFile(common);
      const { previous } = restoreFrom(from, target, defaultBackupDir(target));
      const lines = [translate('fr', 'cli.restored', { from })];
      if (previous) lines.push(translate('fr', 'cli.restored_previous', { file: previous }));
      print(common, { restored: target, from, previous: previous ?? null }, lines.join('\n'));
    });

  withCommon(program.command('call'))
    .description(`call any contract method with a JSON input (methods: ${METHOD_NAMES.join(', ')})`)
    .argument('<method>', 'contract method, e.g. space.listSeats')
    .argument('[input]', 'JSON input', '{}')
    .action((method: string, input: string, _opts, command: Command) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(input);
      } catch {
        io.err(forTerminal('cli.bad_json'));
        throw new Exit(EXIT.usage);
      }
      callMethod(commonOf(command), method, parsed);
    });

  for (const name of METHOD_NAMES) addContractCommand(program, name);

  function addContractCommand(root: Command, name: MethodName): void {
    const spec = contract[name];
    const words = 'cli' in spec && typeof spec.cli === 'string' ? spec.cli.split(' ') : undefined;
    if (!words) return;
    let parent = root;
    for (const word of words.slice(0, -1)) {
      parent = parent.commands.find((c) => c.name() === word) ?? parent.command(word).description(`${word} commands`);
    }
    const command = withCommon(parent.command(words.at(-1) ?? name)).description(`${spec.summary} (${name})`);
    const specs = optionsOf(spec.input);
    for (const option of specs) {
      const flag = option.kind === 'boolean' ? `--${option.flag}` : `--${option.flag} <value>`;
      const entry = new Option(flag, fieldLabel('en', option.key));
      if (option.choices) entry.choices(option.choices);
      if (option.required) entry.makeOptionMandatory();
      command.addOption(entry);
    }
    command.action((opts: Record<string, unknown>, cmd: Command) => {
      let input: Record<string, unknown>;
      try {
        input = inputFrom(specs, opts);
      } catch {
        io.err(forTerminal('cli.bad_json'));
        throw new Exit(EXIT.usage);
      }
      callMethod(commonOf(cmd), name, input);
    });
  }

  return program;
}

/** Runs the command line and returns its exit code; never calls process.exit itself. */
export function runCli(argv: string[], io: CliIo): number {
  const program = buildProgram(io);
  try {
    program.parse(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof Exit) return error.code;
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof DatabaseOpenError) {
      io.err(`${error.message}\n(en) ${error.messageEn}`);
      return EXIT.refused;
    }
    throw error;
  }
}
