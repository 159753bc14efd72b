import { bilingual, type MessageKey, type MessageParams } from '../i18n';

export type DatabaseProblem = 'not_a_database' | 'foreign_database' | 'too_new' | 'corrupt' | 'unreadable' | 'in_use' | 'missing';

/** Why a database file cannot be used, in words a front-desk person can act on. */
export class DatabaseOpenError extends Error {
  readonly messageEn: string;

  constructor(
    readonly problem: DatabaseProblem,
    readonly file: string,
    readonly params: MessageParams = {},
  ) {
    const key = `db.${problem}` as MessageKey;
    const { message, messageEn } = bilingual(key, { file, ...params });
    super(message);
    this.name = 'DatabaseOpenError';
    this.messageEn = messageEn;
  }
}
