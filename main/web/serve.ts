import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/errors';
import { defaultDatabaseFile } from '../db/location';
import { openDatabase } from '../db/open';
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

const file = path.resolve(values.db ?? defaultDatabaseFile());
const rendererDir = path.resolve(values.renderer ?? 'out/renderer');
if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
  console.error(forTerminal('cli.renderer_missing', { dir: rendererDir }));
  process.exit(1);
}

try {
  const db = openDatabase(file);
  const bridge = await startBridge({ db, rendererDir, port: values.port ? Number(values.port) : undefined });
  console.log(translate('fr', 'cli.web_database', { file }));
  console.log(`Relais web : ${bridge.url}`);
  const stop = () => {
    void bridge.close().then(() => {
      db.close();
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
