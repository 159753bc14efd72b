import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { contract, type MethodName } from '../api/contract';
import { createDispatcher, type Dispatch } from '../api/dispatcher';
import type { ApiError, ApiResult } from '../api/result';
import { cliSession } from '../api/session';
import { DatabaseOpenError } from '../db/errors';
import { defaultDatabaseFile } from '../db/location';
import { openDatabase, type Db } from '../db/open';
import type { Room } from '../domain/space/schema';
import { fieldLabel, translate, valueLabel, type Language } from '../i18n';
import { humanText } from './print';

export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** Standard input, read when an option's value is `-` (e.g. a PIN kept out of the shell history). */
  stdin?: () => string;
}

/** `--db` and `--json`, which every command takes before or after its name. */
export interface Common {
  db?: string;
  json?: boolean;
}

/** Thrown inside a command's action to end with an exit code once its output is written. */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

export function withCommon(command: Command): Command {
  return command.option('--db <file>', 'database file (default: the desktop app’s own database)').option('--json', 'print JSON instead of text');
}

export function commonOf(command: Command): Common {
  return command.optsWithGlobals<Common>();
}

/** What the CLI adds to a refusal in each language: the values a field could have taken. */
interface Hint {
  fr: string;
  en: string;
}

/**
 * For a refused field whose valid values no simple command shows, those values: a room id (`seats
 * add --room-id`) is answered with the rooms in service and their ids.
 */
function hintFor(dispatch: Dispatch, error: ApiError): Hint | undefined {
  if (!error.fields?.some((field) => field.field === 'roomId')) return undefined;
  const layout = dispatch(cliSession(), 'space.layout', {});
  if (!layout.ok) return undefined;
  const inService = (layout.value as Room[]).filter((room) => room.retiredOn === null);
  if (inService.length === 0) return undefined;
  // A meeting room is said as such: it takes no desks.
  const listed = (language: Language) =>
    inService.map((room) => `${room.id} = ${room.name}${room.kind === 'meeting' ? ` (${valueLabel(language, 'kind', room.kind)})` : ''}`).join(', ');
  const params = { rooms: { fr: listed('fr'), en: listed('en') } };
  return { fr: translate('fr', 'cli.rooms', params), en: translate('en', 'cli.rooms', params) };
}

function errorLines(error: ApiError, hint?: Hint): string {
  const lines = hint ? [`${error.message} ${hint.fr}`, `(en) ${error.messageEn} ${hint.en}`] : [error.message, `(en) ${error.messageEn}`];
  if (error.fields && error.fields.length > 1) {
    for (const field of error.fields) lines.push(`  - ${fieldLabel('fr', field.field)} : ${field.message}`);
  }
  return lines.join('\n');
}

export interface CallOptions {
  /** Only commands that build a database (`init`, `demo`) may create a missing file. */
  create?: boolean;
  /** Turns the answer into what is printed (a document written to `--out`). */
  onValue?: (value: unknown) => unknown;
  /** Exit 1 when this boolean of the answer is false. */
  failsUnless?: string | undefined;
}

/** What every command does with the database and its output; `sync` for `runCli`, which cannot wait for a document. */
export function cliContext(io: CliIo, sync = false) {
  const dbFile = (common: Common) => path.resolve(common.db ?? defaultDatabaseFile(io.env));

  /** Opens the database; only commands that build one (`init`, `demo`) may create a missing file. */
  function open(common: Common, create = false): Db {
    const file = dbFile(common);
    if (!fs.existsSync(file)) {
      if (!create) throw new DatabaseOpenError('missing', file);
      fs.mkdirSync(path.dirname(file), { recursive: true });
    }
    return openDatabase(file);
  }

  function print(common: Common, value: unknown, text?: string): void {
    io.out(common.json ? JSON.stringify(value, null, 2) : (text ?? humanText(value)));
  }

  function finish(common: Common, result: ApiResult<unknown>, failsUnless?: string, hint?: Hint): void {
    if (result.ok) {
      print(common, result.value);
      if (failsUnless !== undefined && (result.value as Record<string, unknown>)[failsUnless] === false) throw new Exit(EXIT.refused);
      return;
    }
    if (common.json) io.out(JSON.stringify({ error: result.error }, null, 2));
    io.err(errorLines(result.error, hint));
    throw new Exit(result.error.code === 'invalid_input' || result.error.code === 'unknown_method' ? EXIT.usage : EXIT.refused);
  }

  /**
   * Calls a contract method as the CLI's administrator and prints its answer; a deferred method
   * (a document, a report sent) answers after its transaction, and the database stays open until it
   * has, for it may record how it ended.
   */
  function callMethod(common: Common, method: string, input: unknown, options: CallOptions = {}): void | Promise<void> {
    const { create = false, onValue, failsUnless } = options;
    if (sync && Object.hasOwn(contract, method) && contract[method as MethodName].deferred) throw new Error(`${method} finishes later: run it with runCliAsync`);
    const db = open(common, create);
    const dispatch = createDispatcher({ db });
    // A refusal's hint is read while the database is still open.
    const withHint = (answer: ApiResult<unknown>) => ({ answer, hint: answer.ok ? undefined : hintFor(dispatch, answer.error) });
    let result;
    try {
      const called = dispatch(cliSession(), method, input);
      result = called instanceof Promise ? called.then(withHint) : withHint(called);
    } catch (error) {
      db.close();
      throw error;
    }
    if (result instanceof Promise) {
      result = result.finally(() => db.close());
    } else {
      db.close();
    }
    const done = ({ answer, hint }: { answer: ApiResult<unknown>; hint: Hint | undefined }) =>
      finish(common, answer.ok && onValue ? { ok: true, value: onValue(answer.value) } : answer, failsUnless, hint);
    return result instanceof Promise ? result.then(done) : done(result);
  }

  return { io, dbFile, open, print, callMethod };
}

export type CliContext = ReturnType<typeof cliContext>;
