import type { Db } from '../db/open';
import { subjectOf } from '../domain/audit/changes';
import { recordAudit, redact } from '../domain/audit/log';
import type { AuditEvent } from '../domain/audit/schema';
import { Refusal } from '../domain/common/refusal';
import { isoDateTime } from '../domain/common/time';
import { bilingual, type MessageKey } from '../i18n';
import { checkAccess } from './access';
import type { CallContext } from './context';
import { contract, type Contract, type MethodName } from './contract';
import type { MethodSpec } from './define';
import { handlers } from './handlers';
import { memoryPreferences, type PreferencesStore } from './preferences';
import type { ApiError, ApiResult, ErrorCode } from './result';
import { actorName, type Session } from './session';
import { Later, type Settled } from './later';
import { invalidInput } from './validation';

export interface DispatcherOptions {
  db: Db;
  clock?: () => Date;
  prefs?: PreferencesStore;
  /** Where unexpected failures are reported (the message shown to people stays generic). */
  onInternalError?: (method: string, error: unknown) => void;
}

type Answer<M extends string> = M extends MethodName
  ? Contract[M] extends { deferred: true }
    ? Promise<ApiResult<unknown>>
    : ApiResult<unknown>
  : ApiResult<unknown> | Promise<ApiResult<unknown>>;

/** Answers at once, except a `deferred` method (a document), whose answer is a promise. */
export type Dispatch = <M extends string>(session: Session, method: M, input: unknown) => Answer<M>;

function failure(code: ErrorCode, reason: MessageKey, params: Record<string, string | number> = {}): ApiResult<never> {
  return { ok: false, error: { code, reason, ...bilingual(reason, params) } };
}

function refusalError(refusal: Refusal): ApiError {
  const error: ApiError = { code: refusal.code, reason: refusal.reason, ...bilingual(refusal.reason, refusal.params) };
  if (refusal.field) error.fields = [{ field: refusal.field, message: error.message, messageEn: error.messageEn }];
  if (refusal.details) error.details = refusal.details;
  return error;
}

function isMethod(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/**
 * The one way into Relais: checks the method exists, the session's role, the input; runs the handler
 * in a transaction; checks the output; and answers `{ok, value}` or `{ok:false, error}` — no exception
 * leaves it.
 */
export function createDispatcher(options: DispatcherOptions): Dispatch {
  const { db } = options;
  const clock = options.clock ?? (() => new Date());
  const prefs = options.prefs ?? memoryPreferences();
  const report = options.onInternalError ?? ((method, error) => console.error(`[relais] ${method} failed`, error));
  /** An `exclusive` method still finishing (a restore): other calls are refused as busy until it ends. */
  let exclusive: Promise<unknown> | null = null;
  /** Deferred calls still finishing; an exclusive one waits until there are none (answered busy). */
  let finishing = 0;
  /**
   * Bumped when an exclusive call succeeds: the database under every session changed (a restore has
   * its own staff), so each session met from before is signed out on its next call.
   */
  let epoch = 0;
  const seenAt = new WeakMap<Session, number>();

  function audit(session: Session, at: string, action: AuditEvent, details: Record<string, unknown> = {}, anonymous = false): void {
    const staffId = anonymous ? null : (session.staff?.staffId ?? null);
    recordAudit(db, { at, staffId, actor: anonymous ? '—' : actorName(session), action, details });
  }

  /** Saves what must survive a refusal; if that fails too, the refusal is still what the caller hears. */
  function saveDurable(name: string, durable: (() => void)[]): void {
    if (durable.length === 0) return;
    try {
      db.transaction(() => durable.forEach((work) => work())).immediate();
    } catch (error) {
      report(name, error);
    }
  }

  function answer(name: string, error: unknown): ApiResult<never> {
    if (error instanceof Refusal) return { ok: false, error: refusalError(error) };
    report(name, error);
    return failure('internal', 'errors.internal');
  }

  async function finish(name: MethodName, spec: MethodSpec, pending: Later<unknown>): Promise<ApiResult<unknown>> {
    let settled: Settled<unknown>;
    try {
      settled = { ok: true, value: spec.output.parse(await pending.finish()) };
    } catch (error) {
      settled = { ok: false, error };
    }
    if (pending.settle) {
      const settle = pending.settle;
      try {
        db.transaction(() => settle(settled)).immediate();
      } catch (error) {
        // What happened outside (a report that left) stays what the caller hears; the record is reported.
        report(name, error);
      }
    }
    return settled.ok ? settled : answer(name, settled.error);
  }

  function run(session: Session, name: MethodName, input: unknown, now: Date): ApiResult<unknown> | Promise<ApiResult<unknown>> {
    const spec: MethodSpec = contract[name];
    const parsed = spec.input.safeParse(input, { reportInput: true });
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error.issues) };
    const durable: (() => void)[] = [];
    const at = isoDateTime(now);
    const ctx: CallContext = {
      db,
      session,
      now,
      at,
      clock,
      prefs,
      audit: (action, details, options) => audit(session, at, action, details, options?.anonymous),
      auditExtra: {},
      evenIfRefused: (work) => durable.push(work),
    };
    const handler = handlers[name] as (ctx: CallContext, input: unknown) => unknown;
    const signedInBefore = { staff: session.staff, lastActivityMs: session.lastActivityMs, kiosk: session.kiosk };
    try {
      // IMMEDIATE: take the write lock before reading, so that a relais command writing at the same
      // time makes this call wait (busy_timeout) instead of failing on a stale snapshot.
      const value = db.transaction(() => {
        const result = handler(ctx, parsed.data);
        if (result instanceof Later !== (spec.deferred === true)) throw new Error(`${name}: a deferred method answers later(…), others answer at once`);
        const output = result instanceof Later ? result : spec.output.parse(result);
        if (spec.audit) {
          const input = spec.auditInput === false ? undefined : redact(parsed.data);
          ctx.audit(spec.audit, { method: name, subject: output instanceof Later ? subjectOf(parsed.data) : subjectOf(output), input, ...ctx.auditExtra });
        }
        return output;
      }).immediate();
      if (!(value instanceof Later)) return { ok: true, value };
      finishing++;
      const answer = finish(name, spec, value).finally(() => finishing--);
      if (!spec.exclusive) return answer;
      const done = answer.then((result) => {
        if (result.ok) epoch++;
        return result;
      });
      exclusive = done.finally(() => (exclusive = null));
      return done;
    } catch (error) {
      Object.assign(session, signedInBefore);
      saveDurable(name, durable);
      return answer(name, error);
    }
  }

  const dispatch = (session: Session, method: string, input: unknown): ApiResult<unknown> | Promise<ApiResult<unknown>> => {
    try {
      if (typeof method !== 'string' || !isMethod(method)) return failure('unknown_method', 'errors.unknown_method');
      if (exclusive || ((contract[method] as MethodSpec).exclusive && finishing > 0)) return failure('busy', 'errors.busy');
      if ((seenAt.get(session) ?? epoch) !== epoch) session.staff = null;
      seenAt.set(session, epoch);
      const now = clock();
      const refused = checkAccess(db, contract[method], session, now);
      return refused ? failure(refused.code, refused.reason) : run(session, method, input, now);
    } catch (error) {
      report(String(method), error);
      return failure('internal', 'errors.internal');
    }
  };
  return dispatch as Dispatch;
}
