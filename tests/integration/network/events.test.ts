import { describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../main/api/contract';
import { expectOk, plain, signedIn, snapshot } from '../../helpers/db';
import { billingSpace } from '../../helpers/invoicing';
import { addMember } from '../../helpers/members';
import { updateMember } from './scenario';

type SpaceEvent = OutputOf<'events.add'>;

describe('events and business creations, what the network report counts', () => {
  it('the front desk records, corrects and removes events; the list is the year’s, newest first', () => {
    const { dispatch, admin, db } = billingSpace();
    const desk = signedIn(dispatch, admin, 'welcome');
    const talk = expectOk(dispatch(desk, 'events.add', { date: '2026-03-12', title: '  Conférence mobilités  ', participants: 24 })) as SpaceEvent;
    expect(talk).toEqual({ id: talk.id, date: '2026-03-12', title: 'Conférence mobilités', participants: 24 });
    expectOk(dispatch(desk, 'events.add', { date: '2026-06-01', title: 'Portes ouvertes', participants: 40 }));
    expectOk(dispatch(desk, 'events.add', { date: '2025-12-01', title: 'Apéro', participants: 12 }));
    expectOk(dispatch(desk, 'events.update', { eventId: talk.id, date: '2026-03-13', title: 'Conférence mobilités', participants: 26 }));
    const list = () => (expectOk(dispatch(desk, 'events.list', { from: '2026-01-01', to: '2026-12-31' })) as SpaceEvent[]).map((e) => [e.date, e.participants]);
    expect(list()).toEqual([['2026-06-01', 40], ['2026-03-13', 26]]);
    expectOk(dispatch(desk, 'events.remove', { eventId: talk.id }));
    expect(list()).toEqual([['2026-06-01', 40]]);
    expect(db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(2);
  });

  it('refuses a bad event naming the field, and writes nothing', () => {
    const { dispatch, desk, db } = billingSpace();
    const before = snapshot(db, ['audit_log']);
    const refusal = (input: Record<string, unknown>) => {
      const result = dispatch(desk, 'events.add', { date: '2026-03-12', title: 'Atelier', participants: 5, ...input });
      expect(result.ok).toBe(false);
      return !result.ok && result.error.fields?.[0] ? [result.error.fields[0].field, plain(result.error.fields[0].message)] : [];
    };
    expect(refusal({ title: '   ' })[0]).toBe('title');
    expect(refusal({ participants: -3 })[0]).toBe('participants');
    expect(refusal({ participants: 2.5 })[0]).toBe('participants');
    expect(refusal({ date: '1926-03-12' })).toEqual(['date', 'Choisissez une date entre 2000 et 2099.']);
    expect(refusal({ date: '2026-02-30' })[0]).toBe('date');
    expect(dispatch(desk, 'events.remove', { eventId: 999 })).toMatchObject({ ok: false, error: { fields: [{ field: 'eventId' }] } });
    expect(snapshot(db, ['audit_log'])).toBe(before);
  });

  it('a business creation is dated today at the latest', () => {
    const { dispatch, desk, db, clock } = billingSpace();
    clock.set('2026-11-20T10:00:00+01:00');
    const member = addMember(dispatch, desk, { email: 'ana@example.org', businessCreatedOn: '2026-11-20' } as Record<string, unknown>);
    expect(db.prepare('SELECT business_created_on FROM members WHERE id = ?').pluck().get(member)).toBe('2026-11-20');
    expect(() => updateMember(dispatch, desk, member, { businessCreatedOn: '2026-11-21' })).toThrow(/refused: The business creation date .* is in the future/);
    expect(db.prepare('SELECT business_created_on FROM members WHERE id = ?').pluck().get(member)).toBe('2026-11-20');
    updateMember(dispatch, desk, member, { businessCreatedOn: null });
    expect(db.prepare('SELECT business_created_on FROM members WHERE id = ?').pluck().get(member)).toBeNull();
  });
});
