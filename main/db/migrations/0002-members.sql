-- Members, their association membership, their plans, and attendance.

-- Who an invoice may be addressed to instead of the person: an employer, a company.
CREATE TABLE organisations (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  siren      TEXT NOT NULL DEFAULT '' CHECK (siren = '' OR length(siren) = 9),
  address    TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

CREATE UNIQUE INDEX organisations_siren ON organisations (siren) WHERE siren <> '';

CREATE TABLE members (
  id                  INTEGER PRIMARY KEY,
  first_name          TEXT NOT NULL CHECK (length(first_name) BETWEEN 1 AND 60),
  last_name           TEXT NOT NULL CHECK (length(last_name) BETWEEN 1 AND 60),
  email               TEXT NOT NULL DEFAULT '',
  phone               TEXT NOT NULL DEFAULT '', -- E.164
  address             TEXT NOT NULL DEFAULT '',
  postcode            TEXT NOT NULL DEFAULT '',
  city                TEXT NOT NULL DEFAULT '',
  insee_code          TEXT NOT NULL DEFAULT '',
  organisation_id     INTEGER REFERENCES organisations (id),
  profile             TEXT NOT NULL CHECK (profile IN
                        ('independent', 'remote_employee', 'business_creator', 'job_seeker', 'student', 'trainee', 'other')),
  commute_mode        TEXT NOT NULL DEFAULT 'unknown' CHECK (commute_mode IN
                        ('car', 'carpool', 'public_transport', 'bike', 'walk', 'other', 'unknown')),
  -- Declared with consent, for the network's commuting figures; metres, so no floating point.
  commute_consent     INTEGER NOT NULL DEFAULT 0 CHECK (commute_consent IN (0, 1)),
  metres_to_workplace INTEGER CHECK (metres_to_workplace IS NULL OR metres_to_workplace >= 0),
  metres_to_space     INTEGER CHECK (metres_to_space IS NULL OR metres_to_space >= 0),
  notes               TEXT NOT NULL DEFAULT '',
  status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'left')),
  joined_on           TEXT NOT NULL CHECK (date(joined_on) = joined_on),
  left_on             TEXT CHECK (left_on IS NULL OR date(left_on) = left_on),
  anonymised_at       TEXT,
  created_at          TEXT NOT NULL,
  CHECK (anonymised_at IS NULL OR status = 'left')
) STRICT;

CREATE INDEX members_name ON members (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX members_email ON members (email COLLATE NOCASE) WHERE email <> '';

CREATE TRIGGER members_never_deleted BEFORE DELETE ON members
BEGIN
  SELECT RAISE(ABORT, 'members leave or are anonymised, never deleted');
END;

-- The association's yearly membership fee (adhésion), for a period; the price is the tariff's at the time.
CREATE TABLE memberships (
  id          INTEGER PRIMARY KEY,
  member_id   INTEGER NOT NULL REFERENCES members (id),
  start_date  TEXT NOT NULL CHECK (date(start_date) = start_date),
  end_date    TEXT NOT NULL CHECK (date(end_date) = end_date),
  price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
  paid_on     TEXT CHECK (paid_on IS NULL OR date(paid_on) = paid_on),
  created_at  TEXT NOT NULL,
  CHECK (end_date >= start_date)
) STRICT;

CREATE INDEX memberships_member ON memberships (member_id, end_date);

-- What a member is entitled to: a permanent desk by the month, a carnet of half-days or days, a
-- trainee seat for a date range. Prices are copied from the tariffs when the plan is made.
CREATE TABLE plans (
  id                    INTEGER PRIMARY KEY,
  member_id             INTEGER NOT NULL REFERENCES members (id),
  kind                  TEXT NOT NULL CHECK (kind IN ('permanent', 'carnet', 'trainee')),
  tariff_code           TEXT NOT NULL REFERENCES tariffs (code),
  seat_id               INTEGER REFERENCES seats (id),
  unit                  TEXT CHECK (unit IN ('half_day', 'day')),
  quantity              INTEGER CHECK (quantity IS NULL OR quantity > 0),
  start_date            TEXT NOT NULL CHECK (date(start_date) = start_date),
  end_date              TEXT CHECK (end_date IS NULL OR date(end_date) = end_date), -- a carnet's expiry
  price_cents           INTEGER NOT NULL CHECK (price_cents >= 0),
  training_organisation TEXT NOT NULL DEFAULT '',
  created_at            TEXT NOT NULL,
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (kind <> 'carnet' OR (unit IS NOT NULL AND quantity IS NOT NULL AND end_date IS NOT NULL)),
  CHECK (kind = 'carnet' OR seat_id IS NOT NULL),
  CHECK (kind <> 'trainee' OR end_date IS NOT NULL)
) STRICT;

CREATE INDEX plans_member ON plans (member_id, kind);
CREATE INDEX plans_seat ON plans (seat_id, start_date);

-- One visit: arrival, departure, how it is covered.
CREATE TABLE attendances (
  id         INTEGER PRIMARY KEY,
  member_id  INTEGER NOT NULL REFERENCES members (id),
  date       TEXT NOT NULL CHECK (date(date) = date),
  arrived_at TEXT NOT NULL,
  left_at    TEXT,
  seat_id    INTEGER REFERENCES seats (id),
  CHECK (left_at IS NULL OR left_at >= arrived_at)
) STRICT;

CREATE UNIQUE INDEX attendances_one_open ON attendances (member_id) WHERE left_at IS NULL;
CREATE INDEX attendances_date ON attendances (date);

-- Each half-day a member actually used, once: what covered it, and the carnet units it took.
-- The unique key is what makes a carnet debited once per half-day, however often one checks in.
CREATE TABLE half_day_uses (
  id            INTEGER PRIMARY KEY,
  member_id     INTEGER NOT NULL REFERENCES members (id),
  date          TEXT NOT NULL CHECK (date(date) = date),
  half          TEXT NOT NULL CHECK (half IN ('am', 'pm')),
  attendance_id INTEGER NOT NULL REFERENCES attendances (id),
  coverage      TEXT NOT NULL CHECK (coverage IN ('permanent', 'trainee', 'carnet', 'dropin')),
  plan_id       INTEGER REFERENCES plans (id),
  units         INTEGER NOT NULL DEFAULT 0 CHECK (units IN (0, 1)),
  UNIQUE (member_id, date, half),
  CHECK ((coverage = 'dropin') = (plan_id IS NULL)),
  CHECK (units = 0 OR coverage = 'carnet')
) STRICT;

CREATE INDEX half_day_uses_plan ON half_day_uses (plan_id) WHERE plan_id IS NOT NULL;
CREATE INDEX half_day_uses_attendance ON half_day_uses (attendance_id);
CREATE INDEX attendances_member ON attendances (member_id, arrived_at);
