import path from 'node:path';
import { backupsOverview, makeBackup, restorableBackup, restoreBackup, restoreLoss } from '../../domain/backups/backups';
import { isWritableFolder, mainFolder, rememberSecondFolder } from '../../domain/backups/entries';
import { recordAudit } from '../../domain/audit/log';
import { Refusal } from '../../domain/common/refusal';
import { isoDateTime } from '../../domain/common/time';
import type { backupsContract } from '../contract/backups';
import { later } from '../later';
import { actorName } from '../session';
import { update } from './settings';
import type { HandlersFor } from './types';

export const backupsHandlers: HandlersFor<typeof backupsContract> = {
  'backups.list': ({ db }) => backupsOverview(db),
  'backups.create': (ctx) => {
    const actor = actorName(ctx.session);
    const staffId = ctx.session.staff?.staffId ?? null;
    // The backup reads the database after this call's transaction; it is recorded only once it exists.
    return later(
      () => makeBackup(ctx.db, 'manual', ctx.clock()),
      (settled) => {
        if (!settled.ok) return;
        recordAudit(ctx.db, { at: isoDateTime(ctx.clock()), staffId, actor, action: 'backup_made', details: { subject: settled.value.main.name } });
      },
    );
  },
  'backups.compare': ({ db }, { folder, name }) => restoreLoss(db, restorableBackup(db, folder, name).file),
  'backups.restore': (ctx, { folder, name }) => {
    const source = restorableBackup(ctx.db, folder, name);
    const actor = actorName(ctx.session);
    return later(
      async () => {
        const restored = await restoreBackup(ctx.db, source, ctx.clock());
        // The restored database has its own staff and PINs: whoever restored signs in again.
        ctx.session.staff = null;
        return restored;
      },
      (settled) => {
        if (!settled.ok) return;
        // Written into the restored database, so that its log says where its content came from.
        const details = { subject: name, folder, previous: settled.value.previous.name };
        recordAudit(ctx.db, { at: isoDateTime(ctx.clock()), staffId: null, actor, action: 'backup_restored', details });
      },
    );
  },
  'settings.updateBackups': (ctx, settings) => {
    const folder = settings.secondFolder;
    // A drive's root is a fine second folder on Windows (E:\); the root of a POSIX system never is.
    const systemRoot = process.platform !== 'win32' && path.parse(folder).root === folder;
    if (folder !== '' && (!path.isAbsolute(folder) || systemRoot || !isWritableFolder(folder))) {
      throw new Refusal('errors.backups.second_folder', { folder }, { field: 'secondFolder' });
    }
    if (folder !== '' && path.resolve(folder) === path.resolve(mainFolder(ctx.db))) {
      throw new Refusal('errors.backups.second_folder_is_main', { folder }, { field: 'secondFolder' });
    }
    const stored = update(ctx, 'backups', settings);
    rememberSecondFolder(mainFolder(ctx.db), stored.secondFolder);
    return stored;
  },
  'recovery.status': () => ({ state: 'ok' as const }),
  'recovery.restore': () => {
    throw new Refusal('errors.recovery.not_needed');
  },
};
