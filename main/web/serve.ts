import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/errors';
import { defaultDatabaseFile } from '../db/location';
import { defaultBackupDir } from '../db/backup-files';
import { openDatabase, type Db } from '../db/open';
import type { DamagedDatabase } from '../domain/backups/recovery';
import { scheduleDailyBackups } from '../domain/backups/schedule';
import { forTerminal, translate } from '../i18n';
import { startBridge } from './bridge';

/** `npm run web`: the renderer and the contract on 127.0.0.1, for a browser or the UI tests. */
const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    renderer: { type: 'string', default: 'out/renderer' },
  },
});

const reportBackupFailure = (error: unknown) => console.error('[relais] backup failed', error);
const file = path.resolve(values.db ?? defaultDatabaseFile());
const rendererDir = path.resolve(values.renderer ?? 'out/renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(forTerminal('cli.renderer_missing', { dir: rendererDir }));
  process.exit(1);
}

/** The database, or what is wrong with it when it fails its start check (the page then offers recovery). */
function open(): { db: Db } | { damaged: DamagedDatabase } {
  try {
    return { db: openDatabase(file) };
  } catch (error) {
    if (!(error instanceof DatabaseOpenError) || error.problem !== 'corrupt') throw error;
    console.error(`${error.message}\n(en) ${error.messageEn}`);
    return { damaged: { file, backupDir: defaultBackupDir(file), detail: String(error.params.detail ?? '') } };
  }
}

try {
  const opened = open();
  let db = 'db' in opened ? opened.db : undefined;
  let stopBackups = db ? scheduleDailyBackups(db, reportBackupFailure) : undefined;
  const onRecovered = (recovered: Db) => {
    db = recovered;
    stopBackups = scheduleDailyBackups(recovered, reportBackupFailure);
  };
  const port = values.port ? Number(values.port) : undefined;
  const bridge = await startBridge({ ...opened, onRecovered, rendererDir, port });
  console.log(translate('fr', 'cli.web_database', { file }));
  console.log(`Relais web : ${bridge.url}`);
  const stop = () => {
    stopBackups?.();
    void bridge.close().then(() => {
      db?.close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof DatabaseOpenError) {
    console.error(`${error.message}\n(en) ${error.messageEn}`);
    process.exit(1);
  }
  throw error;
}
