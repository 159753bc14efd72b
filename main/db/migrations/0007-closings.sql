-- Yearly closing (DESIGN §4): a fiscal year closed for ever, its totals and the chain as it stood.
CREATE TABLE closings (
  year                  INTEGER PRIMARY KEY,
  start                 TEXT NOT NULL CHECK (date(start) = start),
  end                   TEXT NOT NULL CHECK (date(end) = end AND end > start),
  closed_at             TEXT NOT NULL,
  closed_by             INTEGER REFERENCES staff (id),
  -- As the audit log names them (`relais (CLI)` for the command).
  closed_by_name        TEXT NOT NULL,
  -- JSON: the year's invoices, credit notes and payments (count and amounts), as stored at closing.
  totals                TEXT NOT NULL,
  perpetual_gross_cents INTEGER NOT NULL,
  chain_position        INTEGER NOT NULL CHECK (chain_position >= 0),
  chain_hash            TEXT NOT NULL,
  -- JSON: the year's FEC as exported at closing ({fileName, text, entries, lines}), served from then
  -- on: later changes to the account plan, the journals or the SIREN do not rewrite a closed year.
  fec                   TEXT NOT NULL,
  -- The logo the archive's PDFs are drawn with, so that the archive can be made again byte for byte.
  logo                  TEXT NOT NULL
) STRICT;

-- Years close in order, one after the other, and never reopen.
CREATE TRIGGER closings_in_order BEFORE INSERT ON closings
WHEN NEW.start <= coalesce((SELECT max(end) FROM closings), '0000-00-00')
BEGIN
  SELECT RAISE(ABORT, 'a fiscal year closes after the last closed one');
END;

CREATE TRIGGER closings_never_changed BEFORE UPDATE ON closings
BEGIN
  SELECT RAISE(ABORT, 'a closed fiscal year is never reopened or changed');
END;

CREATE TRIGGER closings_never_deleted BEFORE DELETE ON closings
BEGIN
  SELECT RAISE(ABORT, 'a closed fiscal year is never reopened or changed');
END;

-- Nothing is dated in a closed year any more: no invoice or credit note, payment or deposit slip.
CREATE TRIGGER invoices_not_in_closed_year BEFORE UPDATE OF number ON invoices
WHEN OLD.number IS NULL AND NEW.issue_date <= (SELECT max(end) FROM closings)
BEGIN
  SELECT RAISE(ABORT, 'this date falls in a closed fiscal year');
END;

CREATE TRIGGER payments_not_in_closed_year BEFORE INSERT ON payments
WHEN NEW.date <= (SELECT max(end) FROM closings)
BEGIN
  SELECT RAISE(ABORT, 'this date falls in a closed fiscal year');
END;

CREATE TRIGGER cheque_deposits_not_in_closed_year BEFORE INSERT ON cheque_deposits
WHEN NEW.date <= (SELECT max(end) FROM closings)
BEGIN
  SELECT RAISE(ABORT, 'this date falls in a closed fiscal year');
END;

-- A deposit slip is part of the books too: never changed, and no cheque filed on one of a closed year.
CREATE TRIGGER cheque_deposits_never_changed BEFORE UPDATE ON cheque_deposits
BEGIN
  SELECT RAISE(ABORT, 'a deposit slip is never changed');
END;

CREATE TRIGGER payments_not_deposited_in_closed_year BEFORE UPDATE OF deposit_id ON payments
WHEN (SELECT date FROM cheque_deposits WHERE id = NEW.deposit_id) <= (SELECT max(end) FROM closings)
BEGIN
  SELECT RAISE(ABORT, 'this date falls in a closed fiscal year');
END;
