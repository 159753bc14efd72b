-- The shared phone line's log: calls typed at the desk and calls imported from the operator's
-- records. A number that cannot be read is kept as typed, with the class 'invalid' and no E.164.

CREATE TABLE calls (
  id          INTEGER PRIMARY KEY,
  direction   TEXT NOT NULL CHECK (direction IN ('out', 'in')),
  number      TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 40), -- as typed or imported
  e164        TEXT,
  class       TEXT NOT NULL CHECK (class IN ('fr_landline', 'fr_mobile', 'fr_special', 'fr_voip', 'overseas', 'international', 'invalid')),
  started_at  TEXT NOT NULL, -- ISO-8601 with the Paris offset
  month       TEXT NOT NULL CHECK (month = substr(started_at, 1, 7)),
  duration_s  INTEGER NOT NULL CHECK (duration_s BETWEEN 0 AND 86400),
  member_id   INTEGER REFERENCES members (id),
  source      TEXT NOT NULL CHECK (source IN ('desk', 'import')),
  import_file TEXT,
  import_line INTEGER,
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  CHECK ((source = 'import') = (import_file IS NOT NULL AND import_line IS NOT NULL)),
  -- Short numbers (112, 3949, 118 712…) are classified yet have no E.164 form.
  CHECK (e164 IS NULL OR class <> 'invalid')
) STRICT;

-- One call is one start, one number, one duration, one direction: imported twice, it is refused.
CREATE UNIQUE INDEX calls_once ON calls (started_at, coalesce(e164, number), duration_s, direction);
CREATE INDEX calls_month ON calls (month, member_id);
CREATE INDEX calls_member ON calls (member_id, month);

-- Column mappings of operators' files, saved under a name for the next import.
CREATE TABLE call_formats (
  name       TEXT PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 60),
  mapping    TEXT NOT NULL, -- JSON, checked by the application's schema
  created_at TEXT NOT NULL
) STRICT;
