-- Bookings and the planning board. The database itself refuses a double booking: every live
-- half-day booking writes one row per half-day it holds into seat_holds, whose primary key is the
-- seat, the date and the half; a permanent or trainee plan holds its seat on every day of its range
-- unless the holder released that day, and seat_holds refuses a row on such a day.

CREATE TABLE bookings (
  id              INTEGER PRIMARY KEY,
  seat_id         INTEGER NOT NULL REFERENCES seats (id),
  date            TEXT NOT NULL CHECK (date(date) = date),
  slot            TEXT CHECK (slot IN ('am', 'pm', 'day')), -- NULL for a room booked by the hour
  start_time      TEXT CHECK (start_time IS NULL OR (length(start_time) = 5 AND start_time BETWEEN '00:00' AND '23:59')),
  end_time        TEXT CHECK (end_time IS NULL OR (length(end_time) = 5 AND end_time BETWEEN '00:01' AND '24:00')),
  member_id       INTEGER REFERENCES members (id),
  visitor_name    TEXT NOT NULL DEFAULT '', -- someone not registered yet, completed on arrival
  visitor_contact TEXT NOT NULL DEFAULT '',
  channel         TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'walk_in', 'kiosk')),
  note            TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL DEFAULT 'booked' CHECK (status IN ('booked', 'cancelled', 'no_show', 'attended')),
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  CHECK ((slot IS NULL) = (start_time IS NOT NULL AND end_time IS NOT NULL)),
  CHECK (end_time IS NULL OR end_time > start_time),
  CHECK (member_id IS NOT NULL OR visitor_name <> '')
) STRICT;

CREATE INDEX bookings_date ON bookings (date, seat_id);
CREATE INDEX bookings_member ON bookings (member_id, date);

CREATE TRIGGER bookings_never_deleted BEFORE DELETE ON bookings
BEGIN
  SELECT RAISE(ABORT, 'bookings are cancelled, never deleted');
END;

-- A holder away (leave, sickness) releases their desk for that day: others may book it.
CREATE TABLE desk_releases (
  id         INTEGER PRIMARY KEY,
  plan_id    INTEGER NOT NULL REFERENCES plans (id),
  date       TEXT NOT NULL CHECK (date(date) = date),
  reason     TEXT NOT NULL CHECK (reason IN ('leave', 'sickness', 'other')),
  created_at TEXT NOT NULL,
  UNIQUE (plan_id, date)
) STRICT;

CREATE INDEX desk_releases_date ON desk_releases (date);

CREATE TABLE seat_holds (
  seat_id    INTEGER NOT NULL REFERENCES seats (id),
  date       TEXT NOT NULL,
  half       TEXT NOT NULL CHECK (half IN ('am', 'pm')),
  booking_id INTEGER NOT NULL REFERENCES bookings (id),
  PRIMARY KEY (seat_id, date, half)
) STRICT, WITHOUT ROWID;

CREATE INDEX seat_holds_booking ON seat_holds (booking_id);
CREATE INDEX seat_holds_date ON seat_holds (date);

-- A day held by a permanent or trainee plan, and not released, cannot be booked by anyone.
CREATE TRIGGER seat_holds_not_on_plan_days BEFORE INSERT ON seat_holds
WHEN EXISTS (
  SELECT 1 FROM plans p
   WHERE p.seat_id = NEW.seat_id AND p.kind <> 'carnet'
     AND p.start_date <= NEW.date AND (p.end_date IS NULL OR p.end_date >= NEW.date)
     AND NOT EXISTS (SELECT 1 FROM desk_releases r WHERE r.plan_id = p.id AND r.date = NEW.date))
BEGIN
  SELECT RAISE(ABORT, 'seat held by a plan on that day');
END;

CREATE TRIGGER bookings_hold_on_insert AFTER INSERT ON bookings
WHEN NEW.slot IS NOT NULL AND NEW.status IN ('booked', 'attended')
BEGIN
  INSERT INTO seat_holds (seat_id, date, half, booking_id)
  SELECT NEW.seat_id, NEW.date, h.half, NEW.id FROM (SELECT 'am' AS half UNION ALL SELECT 'pm') h
   WHERE NEW.slot IN (h.half, 'day');
END;

CREATE TRIGGER bookings_hold_on_update AFTER UPDATE OF seat_id, date, slot, status ON bookings
BEGIN
  DELETE FROM seat_holds WHERE booking_id = OLD.id;
  INSERT INTO seat_holds (seat_id, date, half, booking_id)
  SELECT NEW.seat_id, NEW.date, h.half, NEW.id FROM (SELECT 'am' AS half UNION ALL SELECT 'pm') h
   WHERE NEW.slot IS NOT NULL AND NEW.status IN ('booked', 'attended') AND NEW.slot IN (h.half, 'day');
END;

-- A room (the lounge) is booked by the hour, a desk by the half-day; never the other way round.
CREATE TRIGGER bookings_slot_fits_seat BEFORE INSERT ON bookings
WHEN (NEW.slot IS NULL) <> ((SELECT kind FROM seats WHERE id = NEW.seat_id) = 'room')
BEGIN
  SELECT RAISE(ABORT, 'a room is booked by the hour, a desk by the half-day');
END;

CREATE TRIGGER bookings_slot_fits_seat_on_update BEFORE UPDATE OF seat_id, slot ON bookings
WHEN (NEW.slot IS NULL) <> ((SELECT kind FROM seats WHERE id = NEW.seat_id) = 'room')
BEGIN
  SELECT RAISE(ABORT, 'a room is booked by the hour, a desk by the half-day');
END;

-- A room booked by the hour: no two live bookings overlap.
CREATE TRIGGER bookings_hours_no_overlap BEFORE INSERT ON bookings
WHEN NEW.slot IS NULL AND NEW.status IN ('booked', 'attended') AND EXISTS (
  SELECT 1 FROM bookings b
   WHERE b.seat_id = NEW.seat_id AND b.date = NEW.date AND b.slot IS NULL AND b.status IN ('booked', 'attended')
     AND b.start_time < NEW.end_time AND b.end_time > NEW.start_time)
BEGIN
  SELECT RAISE(ABORT, 'room already booked at that time');
END;

CREATE TRIGGER bookings_hours_no_overlap_on_update BEFORE UPDATE OF seat_id, date, start_time, end_time, status ON bookings
WHEN NEW.slot IS NULL AND NEW.status IN ('booked', 'attended') AND EXISTS (
  SELECT 1 FROM bookings b
   WHERE b.id <> NEW.id AND b.seat_id = NEW.seat_id AND b.date = NEW.date AND b.slot IS NULL AND b.status IN ('booked', 'attended')
     AND b.start_time < NEW.end_time AND b.end_time > NEW.start_time)
BEGIN
  SELECT RAISE(ABORT, 'room already booked at that time');
END;

-- A release is taken back by deleting it, never moved to another plan or day (its reason may change).
CREATE TRIGGER desk_releases_fixed BEFORE UPDATE OF plan_id, date ON desk_releases
BEGIN
  SELECT RAISE(ABORT, 'a release is not moved: delete it and release the other day');
END;

-- Taking a release back while someone else booked the desk that day would double-book it.
CREATE TRIGGER desk_releases_keep_bookings BEFORE DELETE ON desk_releases
WHEN EXISTS (
  SELECT 1 FROM seat_holds h JOIN plans p ON p.id = OLD.plan_id
   WHERE h.seat_id = p.seat_id AND h.date = OLD.date)
BEGIN
  SELECT RAISE(ABORT, 'the released desk is booked that day');
END;

-- A plan cannot start holding a seat on days already booked, nor overlap another plan on that seat.
CREATE TRIGGER plans_seat_free BEFORE INSERT ON plans
WHEN NEW.seat_id IS NOT NULL AND NEW.kind <> 'carnet' AND (
  EXISTS (SELECT 1 FROM seat_holds h
           WHERE h.seat_id = NEW.seat_id AND h.date >= NEW.start_date AND h.date <= coalesce(NEW.end_date, '9999-12-31'))
  OR EXISTS (SELECT 1 FROM plans p
              WHERE p.seat_id = NEW.seat_id AND p.kind <> 'carnet'
                AND p.start_date <= coalesce(NEW.end_date, '9999-12-31') AND coalesce(p.end_date, '9999-12-31') >= NEW.start_date))
BEGIN
  SELECT RAISE(ABORT, 'seat already booked or held in that period');
END;

CREATE TRIGGER plans_seat_free_on_update BEFORE UPDATE OF kind, seat_id, start_date, end_date ON plans
WHEN NEW.seat_id IS NOT NULL AND NEW.kind <> 'carnet' AND (
  EXISTS (SELECT 1 FROM seat_holds h
           WHERE h.seat_id = NEW.seat_id AND h.date >= NEW.start_date AND h.date <= coalesce(NEW.end_date, '9999-12-31')
             AND NOT (OLD.kind <> 'carnet' AND h.seat_id = OLD.seat_id AND h.date >= OLD.start_date AND h.date <= coalesce(OLD.end_date, '9999-12-31')))
  OR EXISTS (SELECT 1 FROM plans p
              WHERE p.id <> NEW.id AND p.seat_id = NEW.seat_id AND p.kind <> 'carnet'
                AND p.start_date <= coalesce(NEW.end_date, '9999-12-31') AND coalesce(p.end_date, '9999-12-31') >= NEW.start_date))
BEGIN
  SELECT RAISE(ABORT, 'seat already booked or held in that period');
END;
