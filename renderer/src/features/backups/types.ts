import type { OutputOf } from '../../../../main/api/contract';

export type Overview = OutputOf<'backups.list'>;
export type Backup = Overview['backups'][number];
export type Recovery = OutputOf<'recovery.status'>;
