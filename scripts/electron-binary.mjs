// `npm start` and `npm run dev` run Electron's binary, which the `electron` package downloads on
// first use rather than at install. electron-vite looks for it without asking for it, and only
// says "Electron uninstall": fetch it here first, and say plainly when that cannot be done.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const electronDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));

// electron-vite runs the binary this variable names as it is: nothing to fetch then.
if (!process.env.ELECTRON_EXEC_PATH) {
  if (!fs.existsSync(path.join(electronDir, 'path.txt'))) {
    process.stdout.write('Téléchargement d’Electron, une seule fois… (Downloading Electron, once…)\n');
  }
  // Electron's own installer returns at once when the right version is already there.
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (result.status !== 0) {
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
