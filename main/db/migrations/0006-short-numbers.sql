-- Short numbers (112, 3949, 118 712…) have no E.164 form yet are classified: the rule that only an
-- unreadable number lacks its E.164 goes. SQLite changes a CHECK by rebuilding the table.

CREATE TABLE calls_new (
  id          INTEGER PRIMARY KEY,
  direction   TEXT NOT NULL CHECK (direction IN ('out', 'in')),
  number      TEXT NOT NULL CHECK (length(number) BETWEEN 1 AND 40),
  e164        TEXT,
  class       TEXT NOT NULL CHECK (class IN ('fr_landline', 'fr_mobile', 'fr_special', 'fr_voip', 'overseas', 'international', 'invalid')),
  started_at  TEXT NOT NULL,
  month       TEXT NOT NULL CHECK (month = substr(started_at, 1, 7)),
  duration_s  INTEGER NOT NULL CHECK (duration_s BETWEEN 0 AND 86400),
  member_id   INTEGER REFERENCES members (id),
  source      TEXT NOT NULL CHECK (source IN ('desk', 'import')),
  import_file TEXT,
  import_line INTEGER,
  note        TEXT NOT NULL DEFAULT '',
  created_at  TEXT NOT NULL,
  CHECK ((source = 'import') = (import_file IS NOT NULL AND import_line IS NOT NULL)),
  CHECK (e164 IS NULL OR class <> 'invalid')
) STRICT;

INSERT INTO calls_new SELECT * FROM calls;
DROP TABLE calls;
ALTER TABLE calls_new RENAME TO calls;

CREATE UNIQUE INDEX calls_once ON calls (started_at, coalesce(e164, number), duration_s, direction);
CREATE INDEX calls_month ON calls (month, member_id);
CREATE INDEX calls_member ON calls (member_id, month);
