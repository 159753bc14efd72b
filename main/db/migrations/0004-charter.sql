-- The house-rules charter (charte de vie commune) and who signed which version. A version is never
-- changed once written: an edit is a new version. A signature keeps the SHA-256 of the exact text
-- signed, and is never changed or removed; only its drawing may be erased, and only once the member
-- has been anonymised (the drawn signature is personal data, the fact of signing is not).

CREATE TABLE charter_versions (
  number             INTEGER PRIMARY KEY CHECK (number >= 1),
  text               TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 100000),
  sha256             TEXT NOT NULL CHECK (length(sha256) = 64),
  -- A typo fix need not be signed again; the first version always must.
  requires_signature INTEGER NOT NULL CHECK (requires_signature IN (0, 1)),
  note               TEXT NOT NULL DEFAULT '',
  author             TEXT NOT NULL,
  author_staff_id    INTEGER REFERENCES staff (id),
  created_at         TEXT NOT NULL,
  CHECK (number > 1 OR requires_signature = 1)
) STRICT;

CREATE TRIGGER charter_versions_numbered BEFORE INSERT ON charter_versions
WHEN NEW.number <> (SELECT COALESCE(MAX(number), 0) + 1 FROM charter_versions)
BEGIN
  SELECT RAISE(ABORT, 'charter versions are numbered 1, 2, 3… without gaps');
END;

CREATE TRIGGER charter_versions_never_updated BEFORE UPDATE ON charter_versions
BEGIN
  SELECT RAISE(ABORT, 'a charter version is never changed: save a new version');
END;

CREATE TRIGGER charter_versions_never_deleted BEFORE DELETE ON charter_versions
BEGIN
  SELECT RAISE(ABORT, 'a charter version is never deleted');
END;

CREATE TABLE charter_signatures (
  id             INTEGER PRIMARY KEY,
  member_id      INTEGER NOT NULL REFERENCES members (id),
  version        INTEGER NOT NULL REFERENCES charter_versions (number),
  text_sha256    TEXT NOT NULL CHECK (length(text_sha256) = 64),
  signed_at      TEXT NOT NULL,
  method         TEXT NOT NULL CHECK (method IN ('kiosk', 'desk')),
  witness        TEXT NOT NULL DEFAULT '', -- the staff member present, when signed at the desk
  drawing_sha256 TEXT NOT NULL CHECK (length(drawing_sha256) = 64)
) STRICT;

CREATE INDEX charter_signatures_member ON charter_signatures (member_id, version);

CREATE TRIGGER charter_signatures_match_text BEFORE INSERT ON charter_signatures
WHEN NEW.text_sha256 IS NOT (SELECT sha256 FROM charter_versions WHERE number = NEW.version)
BEGIN
  SELECT RAISE(ABORT, 'a signature names the hash of the version it signs');
END;

CREATE TRIGGER charter_signatures_never_updated BEFORE UPDATE ON charter_signatures
BEGIN
  SELECT RAISE(ABORT, 'a charter signature is never changed');
END;

CREATE TRIGGER charter_signatures_never_deleted BEFORE DELETE ON charter_signatures
BEGIN
  SELECT RAISE(ABORT, 'a charter signature is never deleted');
END;

-- The drawing itself: the strokes (JSON), the SVG drawn from them and the PNG the pad produced.
CREATE TABLE charter_signature_drawings (
  signature_id INTEGER PRIMARY KEY REFERENCES charter_signatures (id),
  strokes      TEXT NOT NULL,
  svg          TEXT NOT NULL,
  png          BLOB NOT NULL
) STRICT;

CREATE TRIGGER charter_signature_drawings_never_updated BEFORE UPDATE ON charter_signature_drawings
BEGIN
  SELECT RAISE(ABORT, 'a drawn signature is never changed');
END;

CREATE TRIGGER charter_signature_drawings_kept BEFORE DELETE ON charter_signature_drawings
WHEN (SELECT m.anonymised_at FROM charter_signatures s JOIN members m ON m.id = s.member_id WHERE s.id = OLD.signature_id) IS NULL
BEGIN
  SELECT RAISE(ABORT, 'a drawn signature is erased only with its anonymised member');
END;

-- The member accepted the data-protection notice when registering themselves at the kiosk.
ALTER TABLE members ADD COLUMN privacy_accepted_at TEXT;
