-- Relais foundation: space layout, settings, tariffs, staff and the audit log.
-- Times are ISO-8601 with offset (Europe/Paris); dates are YYYY-MM-DD; money is integer cents.

PRAGMA application_id = 1380270419; -- 'RELS' — marks the file as a Relais database

CREATE TABLE app_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- One row per settings section (identity, vat, opening, security, setup); the value is JSON
-- checked by the section's zod schema when written and when read (main/domain/settings/store.ts).
CREATE TABLE settings (
  section    TEXT PRIMARY KEY,
  value      TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE rooms (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 12),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  kind       TEXT NOT NULL CHECK (kind IN ('workspace', 'meeting')),
  sort       INTEGER NOT NULL,
  retired_on TEXT CHECK (retired_on IS NULL OR date(retired_on) = retired_on)
) STRICT;

-- A seat is anything bookable: a desk (permanent, drop-in, trainee) or a whole meeting room.
-- Seats are never deleted: a retired seat keeps its history.
CREATE TABLE seats (
  id         INTEGER PRIMARY KEY,
  code       TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 1 AND 12),
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  room_id    INTEGER NOT NULL REFERENCES rooms (id),
  kind       TEXT NOT NULL CHECK (kind IN ('permanent', 'dropin', 'trainee', 'room')),
  sort       INTEGER NOT NULL,
  retired_on TEXT CHECK (retired_on IS NULL OR date(retired_on) = retired_on)
) STRICT;

CREATE TRIGGER seats_never_deleted BEFORE DELETE ON seats
BEGIN
  SELECT RAISE(ABORT, 'seats are retired, never deleted');
END;

CREATE TRIGGER rooms_never_deleted BEFORE DELETE ON rooms
BEGIN
  SELECT RAISE(ABORT, 'rooms are retired, never deleted');
END;

-- Custom closures (summer break, works...); public holidays are computed, not stored.
CREATE TABLE closures (
  id         INTEGER PRIMARY KEY,
  start_date TEXT NOT NULL CHECK (date(start_date) = start_date),
  end_date   TEXT NOT NULL CHECK (date(end_date) = end_date),
  label      TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
  CHECK (end_date >= start_date)
) STRICT;

-- Prices excluding VAT, in cents. The set of codes is fixed by the application; labels and
-- prices are the association's.
CREATE TABLE tariffs (
  code            TEXT PRIMARY KEY,
  label           TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
  price_cents     INTEGER NOT NULL CHECK (price_cents BETWEEN 0 AND 10000000),
  quantity        INTEGER CHECK (quantity IS NULL OR quantity > 0),
  validity_months INTEGER CHECK (validity_months IS NULL OR validity_months > 0),
  sort            INTEGER NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  role         TEXT NOT NULL CHECK (role IN ('welcome', 'treasurer', 'admin')),
  pin_hash     TEXT NOT NULL, -- scrypt$N$r$p$salt$hash, never the PIN itself
  active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  failed_pins  INTEGER NOT NULL DEFAULT 0,
  locked_until TEXT,
  created_at   TEXT NOT NULL
) STRICT;

CREATE TRIGGER staff_never_deleted BEFORE DELETE ON staff
BEGIN
  SELECT RAISE(ABORT, 'staff accounts are deactivated, never deleted');
END;

-- Append-only record of sensitive actions.
CREATE TABLE audit_log (
  id       INTEGER PRIMARY KEY,
  at       TEXT NOT NULL,
  staff_id INTEGER REFERENCES staff (id),
  actor    TEXT NOT NULL,
  action   TEXT NOT NULL,
  details  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
) STRICT;

CREATE INDEX audit_log_action ON audit_log (action, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The default space: Arrêt Minute's layout, two open spaces of four desks and a lounge.
INSERT INTO rooms (id, code, name, kind, sort) VALUES
  (1, 'OS1', 'Open space 1', 'workspace', 1),
  (2, 'OS2', 'Open space 2', 'workspace', 2),
  (3, 'SALON', 'Petit salon', 'meeting', 3);

INSERT INTO seats (code, name, room_id, kind, sort) VALUES
  ('A1', 'Poste A1', 1, 'permanent', 1),
  ('A2', 'Poste A2', 1, 'permanent', 2),
  ('A3', 'Poste A3', 1, 'permanent', 3),
  ('A4', 'Poste A4', 1, 'dropin', 4),
  ('B1', 'Poste B1', 2, 'permanent', 5),
  ('B2', 'Poste B2', 2, 'permanent', 6),
  ('B3', 'Poste B3', 2, 'dropin', 7),
  ('B4', 'Poste formation', 2, 'trainee', 8),
  ('SALON', 'Petit salon', 3, 'room', 9);

INSERT INTO tariffs (code, label, price_cents, quantity, validity_months, sort, updated_at) VALUES
  ('half_day', 'Demi-journée', 800, NULL, NULL, 1, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('day', 'Journée', 1500, NULL, NULL, 2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('carnet_half_days', 'Carnet de 10 demi-journées', 7000, 10, 12, 3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('carnet_days', 'Carnet de 10 journées', 13000, 10, 12, 4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('permanent_month', 'Poste permanent (mois)', 15000, NULL, NULL, 5, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('membership_year', 'Adhésion annuelle', 1500, NULL, NULL, 6, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  ('trainee_week', 'Poste stagiaire (semaine)', 5000, NULL, NULL, 7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
