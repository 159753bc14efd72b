// `npm start` and `npm run dev` run Electron's binary, which the `electron` package downloads on
// first use rather than at install. electron-vite looks for it without asking for it, and only
// says "Electron uninstall": fetch it here first, and say plainly when that cannot be done.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const pathFile = path.join(electronDir, 'path.txt');

function binaryPresent() {
  if (process.env.ELECTRON_EXEC_PATH) return fs.existsSync(process.env.ELECTRON_EXEC_PATH);
  return fs.existsSync(pathFile) && fs.existsSync(path.join(electronDir, 'dist', fs.readFileSync(pathFile, 'utf8')));
}

if (!binaryPresent()) {
  process.stdout.write('Téléchargement d’Electron, une seule fois… (Downloading Electron, once…)\n');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (result.status !== 0 || !binaryPresent()) {
    console.error(
      [
        '',
        'Relais n’a pas pu télécharger Electron (pas d’accès à Internet ?). Réessayez une fois connecté,',
        'ou ouvrez Relais dans le navigateur en attendant : npm run web',
        '(en) Relais could not download Electron (no Internet access?). Try again once online,',
        'or open Relais in the browser meanwhile: npm run web',
      ].join('\n'),
    );
    process.exit(1);
  }
}
