import os from 'node:os';
import path from 'node:path';

/** The product name Electron uses for `app.getPath('userData')`. */
export const APP_DIR_NAME = 'Relais';
export const DATABASE_FILE_NAME = 'relais.sqlite';

/**
 * Where the desktop app keeps its data, computed without Electron so that the `relais` command finds
 * the same database: the folder Electron names `userData` on each platform, or `RELAIS_DATA_DIR`.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.RELAIS_DATA_DIR) return path.resolve(env.RELAIS_DATA_DIR);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_DIR_NAME);
}

export function defaultDatabaseFile(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(defaultDataDir(env), DATABASE_FILE_NAME);
}
