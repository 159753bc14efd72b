import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dispatcherWithAdmin, expectOk, plain, snapshot } from '../../helpers/db';
import { IDENTITY } from '../../helpers/identity';

// Typed the way people do: spaces in the SIRET, the RNA in lower case, capitals in the e-mail.
const GOOD_IDENTITY = {
  ...IDENTITY,
  siret: '123 456 782 00010',
  rna: 'w332001234',
  email: 'Bonjour@Arret-Minute.fr',
  website: 'https://arret-minute.fr',
};

describe('association identity', () => {
  it('stores a valid identity, normalised (SIRET digits, RNA in capitals, phone in E.164)', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    expectOk(dispatch(admin, 'settings.updateIdentity', GOOD_IDENTITY));
    const stored = JSON.parse(db.prepare("SELECT value FROM settings WHERE section = 'identity'").pluck().get() as string);
    expect(stored).toMatchObject({ siret: '12345678200010', rna: 'W332001234', phone: '+33557510000', email: 'bonjour@arret-minute.fr' });
    const audit = db.prepare("SELECT actor, details FROM audit_log WHERE action = 'settings_changed'").get() as { actor: string; details: string };
    expect(audit.actor).toBe('Camille');
    expect(JSON.parse(audit.details).input.name).toBe('Arrêt Minute');
  });

  const BAD: [string, Record<string, string>, string][] = [
    ['siret', { siret: '123 456 782 00011' }, 'clé de contrôle'],
    ['siret', { siret: '12345' }, '14 chiffres'],
    ['rna', { rna: 'W12' }, 'W suivie de 9'],
    ['postcode', { postcode: '3350' }, '5 chiffres'],
    ['email', { email: 'bonjour@' }, 'Adresse invalide'],
    ['phone', { phone: '05 57' }, 'Numéro invalide'],
    ['website', { website: 'ftp://arret-minute.fr' }, 'https://'],
    ['name', { name: '   ' }, 'À remplir'],
    ['inseeCode', { inseeCode: '3333' }, '5 caractères'],
    ['logo', { logo: 'data:text/html;base64,PHNjcmlwdD4=' }, 'PNG ou JPEG'],
    ['rna', { rna: 'W33200123X' }, '9 chiffres'],
  ];
  for (const [field, change, text] of BAD) {
    it(`refuses a bad ${field} with a message naming the field, and writes nothing`, () => {
      const { db, dispatch, admin } = dispatcherWithAdmin();
      const before = snapshot(db);
      const result = dispatch(admin, 'settings.updateIdentity', { ...GOOD_IDENTITY, ...change });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.fields?.map((f) => f.field)).toEqual([field]);
      expect(result.error.fields?.[0]?.message).toContain(text);
      expect(result.error.fields?.[0]?.messageEn.length).toBeGreaterThan(5);
      expect(snapshot(db)).toBe(before);
    });
  }

  it('takes a new logo only if its bytes are a PNG or JPEG, typed by its bytes, and keeps the one already saved', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    const dataUrl = (type: string, bytes: Buffer) => `data:image/${type};base64,${bytes.toString('base64')}`;
    const before = snapshot(db);
    for (const logo of [dataUrl('png', Buffer.from('pas une image')), dataUrl('webp', Buffer.from('RIFF\0\0\0\0WEBPVP8 '))]) {
      const refused = dispatch(admin, 'settings.updateIdentity', { ...GOOD_IDENTITY, logo });
      expect(!refused.ok && refused.error.fields).toEqual([expect.objectContaining({ field: 'logo', message: expect.stringContaining('PNG ou JPEG') })]);
    }
    expect(snapshot(db)).toBe(before);

    // A PNG picked as logo.jpg is stored as what it is, for the invoice to decode it as a PNG.
    const png = readFileSync('resources/icon.png');
    expect((expectOk(dispatch(admin, 'settings.updateIdentity', { ...GOOD_IDENTITY, logo: dataUrl('jpeg', png) })) as { logo: string }).logo).toBe(dataUrl('png', png));

    // A WebP saved before the check does not stop the next save of the form.
    const webp = dataUrl('webp', Buffer.from('RIFF\0\0\0\0WEBPVP8 '));
    db.prepare("UPDATE settings SET value = json_set(value, '$.logo', ?) WHERE section = 'identity'").run(webp);
    expect((expectOk(dispatch(admin, 'settings.updateIdentity', { ...GOOD_IDENTITY, phone: '05 57 51 00 01', logo: webp })) as { logo: string }).logo).toBe(webp);
  });

  it('adds https:// to a website typed without it, and checks the VAT number against the SIREN', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const stored = expectOk(dispatch(admin, 'settings.updateIdentity', { ...GOOD_IDENTITY, website: 'www.arret-minute.fr', vatNumber: 'fr 11 123456782' })) as Record<string, string>;
    expect(stored).toMatchObject({ website: 'https://www.arret-minute.fr', vatNumber: 'FR11123456782' });
    const other = dispatch(admin, 'settings.updateIdentity', { ...GOOD_IDENTITY, vatNumber: 'FR44732829320' });
    expect(!other.ok && other.error.fields).toEqual([expect.objectContaining({ field: 'vatNumber', message: 'Ce numéro ne contient pas le SIREN indiqué plus haut.' })]);
  });

  it('names every faulty field at once', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const result = dispatch(admin, 'settings.updateIdentity', { ...GOOD_IDENTITY, siret: '1', postcode: 'x' });
    expect(plain(!result.ok && result.error.message)).toBe('Vérifiez ces champs : Code postal, SIREN ou SIRET.');
    expect(!result.ok && result.error.messageEn).toBe('Check these fields: Postcode, SIREN or SIRET.');
  });

  it('refuses an unknown field rather than silently dropping it', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const result = dispatch(admin, 'settings.updateIdentity', { ...GOOD_IDENTITY, iban: 'FR76' });
    expect(!result.ok && result.error.fields?.[0]?.field).toBe('iban');
  });
});

describe('settings read back from the database', () => {
  it('keep every readable field when one field is bad or unknown (edited by hand, older or newer version)', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    expectOk(dispatch(admin, 'settings.updateIdentity', GOOD_IDENTITY));
    const stored = JSON.parse(db.prepare("SELECT value FROM settings WHERE section = 'identity'").pluck().get() as string);
    const edited = { ...stored, postcode: 'not a postcode', fax: '05 57 00 00 00' };
    db.prepare("UPDATE settings SET value = ? WHERE section = 'identity'").run(JSON.stringify(edited));
    const settings = expectOk(dispatch(admin, 'settings.get', {})) as { identity: Record<string, unknown> };
    expect(settings.identity).toMatchObject({ name: 'Arrêt Minute', siret: '12345678200010', postcode: '' });
    expect(settings.identity).not.toHaveProperty('fax');
  });

  it('are copies: changing one read does not change the next', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const first = expectOk(dispatch(admin, 'settings.get', {})) as { security: { idleLockMinutes: number } };
    first.security.idleLockMinutes = 99;
    const second = expectOk(dispatch(admin, 'settings.get', {})) as { security: { idleLockMinutes: number } };
    expect(second.security.idleLockMinutes).toBe(10);
  });
});

describe('VAT, opening hours and security settings', () => {
  const VAT = {
    regime: 'assujetti',
    rateBp: 2000,
    franchiseWording: 'TVA non applicable, art. 293 B du CGI',
    exonerationWording: 'Exonération de TVA, art. 261-7-1° du CGI',
    optionDebits: true,
    invoiceFooter: '',
  };
  const OPENING = {
    hours: 'Mo-Fr 08:30-12:30,13:30-18:30; Sa 09:00-12:00',
    morning: { start: '08:30', end: '12:30' },
    afternoon: { start: '13:30', end: '18:30' },
    holidayZone: 'metropole',
  };

  it('stores a VAT regime and reads it back', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    expectOk(dispatch(admin, 'settings.updateVat', VAT));
    const settings = expectOk(dispatch(admin, 'settings.get', {})) as { vat: typeof VAT };
    expect(settings.vat).toEqual(VAT);
  });

  it('refuses a regime that does not exist and an empty wording', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    const before = snapshot(db);
    const result = dispatch(admin, 'settings.updateVat', { ...VAT, regime: 'micro', franchiseWording: '' });
    expect(!result.ok && result.error.fields?.map((f) => f.field).sort()).toEqual(['franchiseWording', 'regime']);
    expect(snapshot(db)).toBe(before);
  });

  it('stores opening hours in OSM syntax and answers which days are open', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    expectOk(dispatch(admin, 'settings.updateOpening', OPENING));
    const saturday = expectOk(dispatch(admin, 'calendar.day', { date: '2026-11-28' })) as { open: boolean; hours: unknown[] };
    expect(saturday).toMatchObject({ open: true, hours: [{ start: '09:00', end: '12:00' }] });
    const sunday = expectOk(dispatch(admin, 'calendar.day', { date: '2026-11-29' })) as { open: boolean; reason: string };
    expect(sunday).toMatchObject({ open: false, reason: 'weekday' });
    const whitMonday = expectOk(dispatch(admin, 'calendar.day', { date: '2026-05-25' })) as { reason: string; label: { fr: string } };
    expect(whitMonday).toMatchObject({ reason: 'holiday', label: { fr: 'Lundi de Pentecôte' } });
  });

  it('refuses unreadable hours and an afternoon that starts before the morning ends', () => {
    const { db, dispatch, admin } = dispatcherWithAdmin();
    const before = snapshot(db);
    const result = dispatch(admin, 'settings.updateOpening', {
      ...OPENING,
      hours: 'tous les jours sauf le lundi',
      afternoon: { start: '12:00', end: '18:30' },
    });
    expect(!result.ok && result.error.fields?.map((f) => f.field).sort()).toEqual(['afternoon.start', 'hours']);
    expect(snapshot(db)).toBe(before);
    const backwards = dispatch(admin, 'settings.updateOpening', { ...OPENING, morning: { start: '12:30', end: '08:30' } });
    expect(!backwards.ok && backwards.error.fields?.[0]).toMatchObject({ field: 'morning.end' });
  });

  it('refuses over-long hours at the length check, before the (slow) opening_hours parser sees them', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const result = dispatch(admin, 'settings.updateOpening', { ...OPENING, hours: 'Mo-Fr 08:30-18:30; '.repeat(5000) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.fields?.map((f) => f.field)).toEqual(['hours']);
    // The length message, not the syntax one: the parser never ran.
    expect(result.error.fields?.[0]?.messageEn).toMatch(/255/);
  });

  it('writes hours typed the French way in OSM syntax', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    const stored = expectOk(dispatch(admin, 'settings.updateOpening', { ...OPENING, hours: 'Lu-Ve 8h-18h' })) as { hours: string };
    expect(stored.hours).toBe('Mo-Fr 08:00-18:00');
  });

  it('bounds the idle lock between 1 and 240 minutes', () => {
    const { dispatch, admin } = dispatcherWithAdmin();
    for (const idleLockMinutes of [0, 241, 2.5]) {
      const result = dispatch(admin, 'settings.updateSecurity', { idleLockMinutes });
      expect(!result.ok && result.error.fields?.[0]?.field).toBe('idleLockMinutes');
    }
  });
});
