-- The regional network's report (DESIGN §2.8, §5): events, business creations, the figures typed by
-- hand, and the log of every report sent.

-- Workshops, talks, open days: what the space organised, for the network's count of events.
CREATE TABLE events (
  id           INTEGER PRIMARY KEY,
  date         TEXT NOT NULL CHECK (date(date) = date),
  title        TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
  participants INTEGER NOT NULL CHECK (participants BETWEEN 0 AND 100000),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX events_date ON events (date);

-- A member who started their business while coming to the space, on the day they declared.
ALTER TABLE members ADD COLUMN business_created_on TEXT CHECK (business_created_on IS NULL OR date(business_created_on) = business_created_on);

CREATE INDEX members_business_created ON members (business_created_on) WHERE business_created_on IS NOT NULL;

-- What only the association knows of a year's economy: grants received, paid staff, volunteers.
CREATE TABLE economic_figures (
  year           INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2200),
  grants_cents   INTEGER CHECK (grants_cents IS NULL OR grants_cents >= 0),
  -- Full-time equivalents in hundredths: 150 = 1,5 ETP.
  staff_fte_centi INTEGER CHECK (staff_fte_centi IS NULL OR staff_fte_centi >= 0),
  volunteers     INTEGER CHECK (volunteers IS NULL OR volunteers >= 0),
  updated_at     TEXT NOT NULL
) STRICT;

-- Every report sent to the network: written before the request leaves, completed with its outcome.
-- The body is kept as sent (it holds counts only), so the association can show what left and when.
CREATE TABLE network_sendings (
  id           INTEGER PRIMARY KEY,
  started_at   TEXT NOT NULL,
  finished_at  TEXT,
  staff_name   TEXT NOT NULL,
  url          TEXT NOT NULL,
  period_start TEXT NOT NULL CHECK (date(period_start) = period_start),
  period_end   TEXT NOT NULL CHECK (date(period_end) = period_end),
  body         TEXT NOT NULL,
  sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
  -- `pending` until the answer: one left so means the app stopped while sending.
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
  http_status  INTEGER,
  failure      TEXT CHECK (failure IS NULL OR failure IN ('timeout', 'server_error', 'unreachable')),
  -- The technical cause (the server's first words, a network error code), for whoever investigates.
  detail       TEXT NOT NULL DEFAULT '',
  CHECK ((status = 'failed') = (failure IS NOT NULL))
) STRICT;

CREATE INDEX network_sendings_started ON network_sendings (started_at);

-- Only a pending sending is completed, once, with its outcome; what was sent never changes.
CREATE TRIGGER network_sendings_completed_once BEFORE UPDATE ON network_sendings
WHEN OLD.status <> 'pending' OR NEW.body IS NOT OLD.body OR NEW.sha256 IS NOT OLD.sha256 OR NEW.url IS NOT OLD.url
  OR NEW.started_at IS NOT OLD.started_at OR NEW.staff_name IS NOT OLD.staff_name
  OR NEW.period_start IS NOT OLD.period_start OR NEW.period_end IS NOT OLD.period_end
BEGIN
  SELECT RAISE(ABORT, 'a sending is completed once with its outcome, and what was sent never changes');
END;

CREATE TRIGGER network_sendings_never_deleted BEFORE DELETE ON network_sendings
BEGIN
  SELECT RAISE(ABORT, 'the log of what was sent to the network is kept');
END;
