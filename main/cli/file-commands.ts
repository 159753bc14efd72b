import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { METHOD_NAMES } from '../api/contract';
import { backupTo, restoreFrom } from '../db/backup';
import { defaultBackupDir } from '../db/backup-files';
import { latestVersion } from '../db/migrations';
import { openDatabase } from '../db/open';
import { forTerminal, translate } from '../i18n';
import { commonOf, EXIT, Exit, withCommon, type CliContext } from './context';

/** Commands that work on the database file itself rather than through one contract method. */
export function addFileCommands(program: Command, cli: CliContext): void {
  withCommon(program.command('init'))
    .description('create the database with the default space, or migrate it to this version')
    .action((_opts, command: Command) => {
      const common = commonOf(command);
      const file = cli.dbFile(common);
      cli.open(common, true).close();
      const result = { file, version: latestVersion() };
      cli.print(common, result, translate('fr', 'cli.initialized', result));
    });

  withCommon(program.command('backup'))
    .description('write a consistent copy of the database (safe while the app is running)')
    .requiredOption('--out <file>', 'backup file to create')
    .action((opts: { out: string }, command: Command) => {
      const common = commonOf(command);
      const out = path.resolve(opts.out);
      if (fs.existsSync(out)) {
        cli.io.err(forTerminal('cli.backup_exists', { file: out }));
        throw new Exit(EXIT.refused);
      }
      const db = cli.open(common);
      try {
        const file = backupTo(db, out);
        cli.print(common, { file }, translate('fr', 'cli.backup_written', { file }));
      } finally {
        db.close();
      }
    });

  withCommon(program.command('restore'))
    .description('replace the database with a backup (the current one is backed up first); the app must be closed')
    .requiredOption('--from <file>', 'backup file to restore')
    .action((opts: { from: string }, command: Command) => {
      const common = commonOf(command);
      const from = path.resolve(opts.from);
      if (!fs.existsSync(from)) {
        cli.io.err(forTerminal('cli.restore_missing', { file: from }));
        throw new Exit(EXIT.refused);
      }
      const target = cli.dbFile(common);
      const { previous } = restoreFrom(from, target, defaultBackupDir(target));
      openDatabase(target).close(); // a backup from an older version is migrated now
      const lines = [translate('fr', 'cli.restored', { from })];
      if (previous) lines.push(translate('fr', 'cli.restored_previous', { file: previous }));
      cli.print(common, { restored: target, from, previous: previous ?? null }, lines.join('\n'));
    });

  withCommon(program.command('call'))
    // The list of methods is for `relais call --help`; in `relais --help` it would fill the screen.
    .summary('call any contract method with a JSON input (relais call --help lists them)')
    .description(`call any contract method with a JSON input (methods: ${METHOD_NAMES.join(', ')})`)
    .argument('<method>', 'contract method, e.g. space.listSeats')
    .argument('[input]', 'JSON input', '{}')
    .action((method: string, input: string, _opts, command: Command): void | Promise<void> => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(input);
      } catch {
        cli.io.err(forTerminal('cli.bad_json'));
        throw new Exit(EXIT.usage);
      }
      return cli.callMethod(commonOf(command), method, parsed);
    });
}
