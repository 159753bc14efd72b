import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../../main/api/contract';
import type { MethodSpec } from '../../../main/api/define';
import { openDatabase } from '../../../main/db/open';
import { latestVersion } from '../../../main/db/migrations';
import { relais } from '../../helpers/cli';
import { plain, tempDir } from '../../helpers/db';

const newDb = () => path.join(tempDir(), 'r.db');

describe('relais init and seats list', () => {
  it('creates the default space: 9 seats, 5 permanent, 2 drop-in, 1 trainee over two rooms of four, and the lounge', () => {
    const db = newDb();
    const init = relais('--db', db, 'init');
    expect(init.code).toBe(0);
    expect(plain(init.out)).toContain(`Base prête : ${db} (schéma ${latestVersion()})`);
    const listed = relais('--db', db, 'seats', 'list', '--json');
    expect(listed.code).toBe(0);
    const seats = JSON.parse(listed.out) as { code: string; name: string; room: string; kind: string }[];
    expect(seats).toHaveLength(9);
    expect(seats.every((seat) => Object.keys(seat).sort().join() === 'code,kind,name,room')).toBe(true);
    const kinds = seats.map((seat) => seat.kind).sort();
    expect(kinds).toEqual(['dropin', 'dropin', 'permanent', 'permanent', 'permanent', 'permanent', 'permanent', 'room', 'trainee']);
    const rooms = new Map<string, number>();
    for (const seat of seats.filter((s) => s.kind !== 'room')) rooms.set(seat.room, (rooms.get(seat.room) ?? 0) + 1);
    expect([...rooms.values()]).toEqual([4, 4]);
  });

  it('prints French text by default', () => {
    const db = newDb();
    relais('--db', db, 'init');
    const text = relais('seats', 'list', '--db', db);
    expect(text.out.split('\n')[0]).toMatch(/^Code\s+Nom\s+Salle\s+Type$/);
    expect(text.out).toContain('Petit salon');
  });
});

describe('exit codes', () => {
  it('is 2 for bad usage and 1 for a refusal, with the reason in both languages', () => {
    const db = newDb();
    relais('--db', db, 'init');
    expect(relais('--db', db, 'seats', 'list', '--bogus').code).toBe(2);
    expect(relais('--db', db, 'nonsense').code).toBe(2);
    const badPin = relais('--db', db, 'staff', 'add', '--name', 'Lou', '--role', 'welcome', '--pin', '12');
    expect(badPin.code).toBe(2);
    expect(badPin.err).toContain('Code PIN\u00a0: de 4 à 8 chiffres.');
    expect(badPin.err).toContain('(en) PIN: 4 to 8 digits.');
    expect(relais('--db', db, 'staff', 'add', '--name', 'Lou', '--role', 'welcome', '--pin', '1234').code).toBe(0);
    const twice = relais('--db', db, 'staff', 'add', '--name', 'lou', '--role', 'admin', '--pin', '1234');
    expect(twice.code).toBe(1);
    expect(plain(twice.err)).toContain('Un compte s’appelle déjà « lou »');
  });

  it('refuses a database made by a newer version, exit 1, without touching it', () => {
    const db = newDb();
    relais('--db', db, 'init');
    const raw = new Database(db);
    raw.pragma(`user_version = ${latestVersion() + 1}`);
    raw.close();
    const before = fs.readFileSync(db);
    const filesBefore = fs.readdirSync(path.dirname(db)).sort();
    const result = relais('--db', db, 'seats', 'list');
    expect(result.code).toBe(1);
    expect(result.err).toContain('version plus récente de Relais');
    expect(result.err).toContain('newer version of Relais');
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(fs.readdirSync(path.dirname(db)).sort()).toEqual(filesBefore);
  });
});

describe('relais staff, settings, demo, call', () => {
  it('adds and lists staff, shows settings, loads the demonstration once', () => {
    const db = newDb();
    relais('--db', db, 'init');
    expect(relais('--db', db, 'staff', 'add', '--name', 'Camille', '--role', 'admin', '--pin', '2468').code).toBe(0);
    const staff = JSON.parse(relais('--db', db, 'staff', 'list', '--json').out) as { name: string; role: string }[];
    expect(staff).toEqual([expect.objectContaining({ name: 'Camille', role: 'admin', active: true })]);
    expect(JSON.stringify(staff)).not.toContain('2468');
    const demo = relais('--db', db, 'demo', '--years', '3', '--seed', '7', '--json');
    expect(demo.code).toBe(0);
    expect(JSON.parse(demo.out)).toMatchObject({ years: 3, seed: 7, closures: 6 });
    const settings = JSON.parse(relais('--db', db, 'settings', 'show', '--json').out) as { identity: { name: string } };
    expect(settings.identity.name).toBe('Arrêt Minute (démonstration)');
    expectFrenchSettings(relais('--db', db, 'settings', 'show').out, settings);
    expect(relais('--db', db, 'demo').code).toBe(1);
    const called = relais('--db', db, 'call', 'calendar.day', '{"date":"2026-12-25"}', '--json');
    expect(JSON.parse(called.out)).toMatchObject({ open: false, reason: 'holiday', label: { fr: 'Noël' } });
  });

  it('builds the same demonstration from the same seed', () => {
    const a = newDb();
    const b = newDb();
    relais('--db', a, 'demo', '--years', '2', '--seed', '42');
    relais('--db', b, 'demo', '--years', '2', '--seed', '42');
    const closures = (file: string) => relais('--db', file, 'call', 'calendar.closures', '{}', '--json').out;
    expect(closures(a)).toBe(closures(b));
  });

  it('has --help for every command, saying it acts as an administrator', () => {
    expect(relais('--help').out).toContain('acts as an administrator');
    const generated = METHOD_NAMES.map((name) => (contract[name] as MethodSpec).cli?.command).filter((c): c is string => Boolean(c));
    const commands = ['init', 'backup', 'restore', 'call', ...generated];
    for (const command of commands) {
      const help = relais(...command.split(' '), '--help');
      expect(help.code, command).toBe(0);
      expect(help.out, command).toContain('--db <file>');
    }
  });
});

describe('a database file that is not there', () => {
  it('is refused by every command but init and demo, so a typo in --db creates nothing', () => {
    const dir = tempDir();
    const typo = path.join(dir, 'sub', 'relias.db');
    const result = relais('--db', typo, 'seats', 'list');
    expect(result.code).toBe(1);
    expect(plain(result.err)).toContain(`Aucune base à « ${typo} »`);
    expect(fs.existsSync(path.join(dir, 'sub'))).toBe(false);
    expect(relais('--db', typo, 'demo').code).toBe(0);
    expect(fs.existsSync(typo)).toBe(true);
  });
});

describe('options read from standard input', () => {
  it('takes a PIN given as - from stdin, keeping it out of the shell history', () => {
    const db = newDb();
    relais('--db', db, 'init');
    const added = relais.withStdin('8642\n', '--db', db, 'staff', 'add', '--name', 'Lou', '--role', 'welcome', '--pin', '-');
    expect(added.code).toBe(0);
    const check = openDatabase(db);
    const hash = check.prepare("SELECT pin_hash FROM staff WHERE name = 'Lou'").pluck().get() as string;
    check.close();
    expect(hash).toMatch(/^scrypt\$/);
  });
});

describe('relais backup and restore', () => {
  it('backs up and restores, keeping the replaced database as a backup', () => {
    const dir = tempDir();
    const db = path.join(dir, 'relais.sqlite');
    relais('--db', db, 'init');
    relais('--db', db, 'call', 'calendar.addClosure', '{"startDate":"2026-08-01","endDate":"2026-08-15","label":"Été"}');
    const copy = path.join(dir, 'copie.sqlite');
    expect(relais('--db', db, 'backup', '--out', copy).code).toBe(0);
    expect(relais('--db', db, 'backup', '--out', copy).code).toBe(1);
    relais('--db', db, 'call', 'calendar.addClosure', '{"startDate":"2026-12-24","endDate":"2026-12-31","label":"Noël"}');
    const restored = relais('--db', db, 'restore', '--from', copy, '--json');
    expect(restored.code).toBe(0);
    const labels = JSON.parse(relais('--db', db, 'call', 'calendar.closures', '{}', '--json').out).map((c: { label: string }) => c.label);
    expect(labels).toEqual(['Été']);
    const previous = JSON.parse(restored.out).previous as string;
    expect(fs.existsSync(previous)).toBe(true);
  });

  it('refuses to restore over a database that is open, changing nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'relais.sqlite');
    relais('--db', db, 'init');
    const copy = path.join(dir, 'copie.sqlite');
    relais('--db', db, 'backup', '--out', copy);
    const app = openDatabase(db);
    try {
      const result = relais('--db', db, 'restore', '--from', copy);
      expect(result.code).toBe(1);
      expect(plain(result.err)).toContain('est ouverte');
    } finally {
      app.close();
    }
    expect(fs.readdirSync(dir).filter((name) => name.endsWith('.restoring'))).toEqual([]);
  });

  it('says plainly when a backup cannot be written, without a stack trace', () => {
    const db = newDb();
    relais('--db', db, 'init');
    const result = relais('--db', db, 'backup', '--out', '/proc/relais-backup.sqlite');
    expect(result.code).toBe(1);
    expect(result.err).toContain('La commande a échoué');
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});

describe('relais members, checkin, checkout, presence', () => {
  it('registers a member, checks them in and out at given times, and lists who came', () => {
    const db = newDb();
    relais('--db', db, 'init');
    const added = relais('--db', db, 'members', 'add', '--first-name', 'Zoé', '--last-name', 'Martin', '--profile', 'student', '--email', 'zoe@example.org', '--json');
    expect(added.code).toBe(0);
    const id = String((JSON.parse(added.out) as { id: number }).id);
    const list = JSON.parse(relais('--db', db, 'members', 'list', '--json').out) as Record<string, unknown>[];
    expect(list).toEqual([expect.objectContaining({ id: Number(id), firstName: 'Zoé', lastName: 'Martin', email: 'zoe@example.org', phone: '', status: 'active' })]);
    expect(relais('--db', db, 'checkin', '--member', id, '--at', '2026-11-23T09:10:00+01:00').code).toBe(0);
    expect(relais('--db', db, 'checkout', '--member', id, '--at', '2026-11-23T17:40:00+01:00').code).toBe(0);
    const present = JSON.parse(relais('--db', db, 'presence', '--date', '2026-11-23', '--json').out) as { halves: string[]; coverage: string }[];
    expect(present).toEqual([expect.objectContaining({ halves: ['am', 'pm'], coverage: 'dropin' })]);
    expect(relais('--db', db, 'presence', '--date', '2026-11-23').out).toContain('matin, après-midi');
    const shown = JSON.parse(relais('--db', db, 'members', 'show', '--member', id, '--json').out) as { visits: unknown[] };
    expect(shown.visits).toHaveLength(1);
    const badTime = relais('--db', db, 'checkin', '--member', id, '--at', '23/11/2026 9h');
    expect(badTime.code).toBe(2);
    expect(badTime.err).toContain('Date et heure');
  });
});

describe('relais book, cancel, bookings list, occupancy', () => {
  it('books, refuses a taken cell with the holder’s name (exit 1), lists, cancels and counts occupancy', () => {
    const db = newDb();
    relais('--db', db, 'init');
    for (const [first, last] of [['Zoé', 'Martin'], ['Yann', 'Le Goff']]) relais('--db', db, 'members', 'add', '--first-name', first!, '--last-name', last!, '--profile', 'student');
    const booked = relais('--db', db, 'book', '--member', '1', '--seat', 'B3', '--date', '2026-12-01', '--slot', 'am', '--channel', 'email', '--json');
    expect(booked.code).toBe(0);
    const taken = relais('--db', db, 'book', '--member', '2', '--seat', 'B3', '--date', '2026-12-01', '--slot', 'day');
    expect(taken.code).toBe(1);
    expect(plain(taken.err)).toContain('déjà réservé le matin par Zoé Martin');
    expect(relais('--db', db, 'book', '--member', '2', '--seat', 'B3', '--date', '2026-12-25', '--slot', 'am').code).toBe(1);
    const list = JSON.parse(relais('--db', db, 'bookings', 'list', '--from', '2026-12-01', '--to', '2026-12-31', '--json').out) as Record<string, unknown>[];
    expect(list).toEqual([expect.objectContaining({ id: 1, seat: 'B3', date: '2026-12-01', slot: 'am', status: 'booked', memberId: 1, channel: 'email' })]);
    const week = JSON.parse(relais('--db', db, 'occupancy', '--from', '2026-11-30', '--to', '2026-12-06', '--json').out) as { total: { used: number; open: number } };
    expect(week.total).toMatchObject({ used: 1, open: 80 });
    expect(relais('--db', db, 'cancel', '--booking', '1').code).toBe(0);
    expect(relais('--db', db, 'cancel', '--booking', '1').code).toBe(1);
    expect(JSON.parse(relais('--db', db, 'bookings', 'list', '--from', '2026-12-01', '--to', '2026-12-31', '--json').out)).toEqual([]);
    expect(relais('--db', db, 'book', '--member', '2', '--seat', 'B3', '--date', '2026-12-01', '--slot', 'evening').code).toBe(2);
  });
});

describe('relais charter show, sign-status and copy', () => {
  it('shows the charter (or one version), lists who signed which version, and writes a signed copy as PDF', async () => {
    const db = newDb();
    relais('--db', db, 'init');
    const shown = relais('--db', db, 'charter', 'show');
    expect(shown.code).toBe(0);
    expect(shown.out).toContain('# Charte de vie commune');
    const first = JSON.parse(relais('--db', db, 'charter', 'show', '--version', '1', '--json').out) as { number: number; sha256: string };
    expect(first.number).toBe(1);
    const missing = relais('--db', db, 'charter', 'show', '--version', '2');
    expect(missing.code).toBe(1);
    expect(plain(missing.err)).toContain('La version 2 de la charte n’existe pas.');

    relais('--db', db, 'members', 'add', '--first-name', 'Lou', '--last-name', 'Garnier', '--profile', 'independent');
    relais('--db', db, 'members', 'add', '--first-name', 'Noé', '--last-name', 'Petit', '--profile', 'student');
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const drawing = { width: 600, height: 200, strokes: [[[20, 120], [80, 60], [140, 150], [220, 80]]] };
    const signed = relais('--db', db, 'call', 'charter.signAtDesk', JSON.stringify({ memberId: 1, version: 1, drawing, png }), '--json');
    expect(signed.code).toBe(0);
    const { id } = JSON.parse(signed.out) as { id: number };

    const status = JSON.parse(relais('--db', db, 'charter', 'sign-status', '--json').out) as { firstName: string; signedVersion: number | null; upToDate: boolean }[];
    expect(status.map((row) => [row.firstName, row.signedVersion, row.upToDate])).toEqual([
      ['Noé', null, false],
      ['Lou', 1, true],
    ]);
    expect(plain(relais('--db', db, 'charter', 'sign-status').out)).toMatch(/Lou\s+Garnier\s+1\s+\d\d\/\d\d\/\d{4} \d\d:\d\d\s+oui/);

    const out = path.join(path.dirname(db), 'copie.pdf');
    const copy = await relais.async('--db', db, 'charter', 'copy', '--signature', String(id), '--out', out);
    expect(copy.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const none = await relais.async('--db', db, 'charter', 'copy', '--signature', '99', '--out', out);
    expect(none.code).toBe(1);
    expect(plain(none.err)).toContain('Cette signature n’existe pas.');
  });
});

describe('relais calls import, list and summary', () => {
  const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/calls', name);

  it('imports a file, guessing its columns, prints the report as JSON, and refuses one it cannot read naming what is missing', () => {
    const db = newDb();
    relais('--db', db, 'init');
    const first = relais('--db', db, 'calls', 'import', fixture('guessed-tab.tsv'), '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({ file: 'guessed-tab.tsv', imported: 3, duplicates: 0, rejected: [] });
    const again = JSON.parse(relais('--db', db, 'calls', 'import', fixture('guessed-tab.tsv'), '--json').out) as { imported: number; duplicates: number };
    expect(again).toMatchObject({ imported: 0, duplicates: 3 });

    const preset = relais('--db', db, 'calls', 'import', fixture('releve-detaille-cp1252.csv'), '--format', 'releve-detaille');
    expect(preset.code).toBe(0);
    expect(plain(preset.out)).toMatch(/Importés : 5[\s\S]*6\s+date ou heure illisible \(« 31\/11\/2026 09:00:00 »\)/);

    const unknown = relais('--db', db, 'calls', 'import', fixture('unknown-columns.csv'));
    expect(unknown.code).toBe(1);
    expect(plain(unknown.err)).toContain('Impossible de reconnaître les colonnes de ce fichier pour : date, number, duration. Colonnes du fichier : When, Who, How long.');
    const missing = relais('--db', db, 'calls', 'import', fixture('nope.csv'));
    expect(missing.code).toBe(1);

    const listed = JSON.parse(relais('--db', db, 'calls', 'list', '--month', '2026-11', '--json').out) as { class: string }[];
    expect(listed).toHaveLength(8);
    expect(listed.filter((call) => call.class === 'fr_special')).toHaveLength(1);
  });

  it('sums a month per member with the amount to re-bill', () => {
    const db = newDb();
    relais('--db', db, 'init');
    relais('--db', db, 'members', 'add', '--first-name', 'Lou', '--last-name', 'Garnier', '--profile', 'independent');
    expect(relais('--db', db, 'calls', 'add', '--member', '1', '--number', '06 12 34 56 78', '--duration', '2:01', '--started-at', '2026-11-03T10:00:00+01:00').code).toBe(0);
    const summary = JSON.parse(relais('--db', db, 'calls', 'summary', '--month', '2026-11', '--json').out) as { memberName: string; amountCents: number }[];
    expect(summary).toEqual([expect.objectContaining({ memberName: 'Lou Garnier', rebilledMinutes: 3, amountCents: 45 })]);
    expect(plain(relais('--db', db, 'calls', 'summary', '--month', '2026-11').out)).toContain('0,45 €');
    const bad = relais('--db', db, 'calls', 'summary', '--month', '2026-13');
    expect(bad.code).toBe(2);
    expect(plain(bad.err)).toContain('Mois attendu sous la forme AAAA-MM');
  });
});

/** `settings show` in French: every label translated, amounts, rates and months as people write them. */
function expectFrenchSettings(text: string, json: object): void {
  const keys = new Set<string>();
  const collect = (value: unknown): void => {
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      keys.add(key);
      collect(inner);
    }
  };
  collect(json);
  const labels = text.split('\n').map((line) => line.trim().split(' :')[0]!);
  expect(labels.filter((label) => keys.has(label))).toEqual([]);
  expect(text).toMatch(/Taux de TVA : 20\s%/);
  expect(text).toMatch(/Mobiles :\n\s+Règle : refacturé à la minute commencée\n\s+Prix par minute : 0,15\s€/);
  expect(text).toContain('Premier mois de l’exercice : janvier');
  expect(text).toContain('Jours fériés : France métropolitaine');
}
