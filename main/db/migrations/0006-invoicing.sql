-- Invoices, credit notes and payments. Drafts are free; issuing numbers a document in its series,
-- freezes it and chains it; payments are chained when taken. The triggers below make the database
-- itself refuse to change or delete what is issued, whatever program writes to it.

CREATE TABLE invoices (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('invoice', 'credit-note')),
  member_id       INTEGER NOT NULL REFERENCES members (id),
  -- Billed through the member's organisation; no foreign key: the buyer is frozen in `buyer`.
  organisation_id INTEGER,
  -- The billing run that drafted it, `YYYY-MM`; NULL for a document made by hand.
  month           TEXT CHECK (month IS NULL OR month GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
  corrects_id     INTEGER REFERENCES invoices (id),
  note            TEXT NOT NULL DEFAULT '',
  created_at      TEXT NOT NULL,
  -- Set once, by issuing:
  series          TEXT,
  seq             INTEGER CHECK (seq IS NULL OR seq > 0),
  number          TEXT UNIQUE CHECK (number IS NULL OR length(number) <= 35),
  issue_date      TEXT CHECK (issue_date IS NULL OR date(issue_date) = issue_date),
  due_date        TEXT CHECK (due_date IS NULL OR date(due_date) = due_date),
  service_from    TEXT CHECK (service_from IS NULL OR date(service_from) = service_from),
  service_to      TEXT CHECK (service_to IS NULL OR date(service_to) = service_to),
  seller          TEXT, -- JSON, the association as printed
  buyer           TEXT, -- JSON, the member or organisation as printed
  vat_terms       TEXT, -- JSON, the VAT regime and legal wordings as printed
  net_cents       INTEGER,
  vat_cents       INTEGER,
  gross_cents     INTEGER,
  issued_at       TEXT,
  issued_by       INTEGER REFERENCES staff (id),
  CHECK ((kind = 'credit-note') = (corrects_id IS NOT NULL)),
  CHECK ((number IS NULL) = (issue_date IS NULL)),
  CHECK (number IS NULL OR (series IS NOT NULL AND seq IS NOT NULL AND due_date IS NOT NULL AND seller IS NOT NULL
         AND buyer IS NOT NULL AND vat_terms IS NOT NULL AND gross_cents IS NOT NULL AND service_from IS NOT NULL)),
  CHECK (gross_cents IS NULL OR (kind = 'invoice' AND gross_cents > 0) OR (kind = 'credit-note' AND gross_cents < 0)),
  UNIQUE (series, seq)
) STRICT;

CREATE INDEX invoices_member ON invoices (member_id, issue_date);
CREATE INDEX invoices_issue_date ON invoices (issue_date) WHERE number IS NOT NULL;
CREATE INDEX invoices_month ON invoices (month) WHERE number IS NULL;
-- Balances are summed over credit notes and allocations for every open invoice: these indexes
-- cover those sums, and the overdue list's scan of due dates.
CREATE INDEX invoices_corrects ON invoices (corrects_id, number, gross_cents) WHERE corrects_id IS NOT NULL;
CREATE INDEX invoices_due ON invoices (due_date, kind, gross_cents) WHERE number IS NOT NULL;

CREATE TABLE invoice_lines (
  id               INTEGER PRIMARY KEY,
  invoice_id       INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
  position         INTEGER NOT NULL CHECK (position > 0),
  kind             TEXT NOT NULL CHECK (kind IN ('permanent', 'dropin', 'carnet', 'membership', 'trainee', 'phone', 'free')),
  description      TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
  quantity         INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_cents INTEGER NOT NULL,
  vat_bp           INTEGER NOT NULL CHECK (vat_bp BETWEEN 0 AND 10000),
  net_cents        INTEGER NOT NULL,
  service_from     TEXT CHECK (service_from IS NULL OR date(service_from) = service_from),
  service_to       TEXT CHECK (service_to IS NULL OR date(service_to) = service_to),
  -- On a credit note: the position of the corrected invoice's line it cancels (all or part of).
  corrects_position INTEGER,
  CHECK (net_cents = quantity * unit_price_cents),
  UNIQUE (invoice_id, position)
) STRICT;

-- What a line bills (`permanent:12:2026-11`, `dropin:7:2026-11-03:am`…): billed once, ever.
CREATE TABLE billed_sources (
  source  TEXT PRIMARY KEY,
  line_id INTEGER NOT NULL REFERENCES invoice_lines (id) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;

CREATE INDEX billed_sources_line ON billed_sources (line_id);

-- Gapless and chronological: the next number of its series, dated no earlier than the last one
-- (the last by number is the latest by date, since every issue is checked so).
CREATE TRIGGER invoices_issue_in_order BEFORE UPDATE OF number ON invoices
WHEN OLD.number IS NULL AND NEW.number IS NOT NULL AND (
  NEW.seq <> coalesce((SELECT max(seq) FROM invoices WHERE series = NEW.series), 0) + 1
  OR NEW.issue_date < coalesce((SELECT issue_date FROM invoices WHERE series = NEW.series ORDER BY seq DESC LIMIT 1), NEW.issue_date))
BEGIN
  SELECT RAISE(ABORT, 'an invoice number must follow the last of its series, dated no earlier');
END;

-- A document starts as a draft: only issuing (an UPDATE checked above) gives it a number.
CREATE TRIGGER invoices_born_drafts BEFORE INSERT ON invoices
WHEN NEW.number IS NOT NULL OR NEW.seq IS NOT NULL OR NEW.issue_date IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'a document is created as a draft and numbered only by issuing');
END;

CREATE TRIGGER invoices_issued_never_changed BEFORE UPDATE ON invoices
WHEN OLD.number IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'an issued invoice or credit note is never changed');
END;

CREATE TRIGGER invoices_issued_never_deleted BEFORE DELETE ON invoices
WHEN OLD.number IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'an issued invoice or credit note is never deleted');
END;

CREATE TRIGGER invoice_lines_frozen_insert BEFORE INSERT ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = NEW.invoice_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the lines of an issued document are never changed');
END;

CREATE TRIGGER invoice_lines_frozen_update BEFORE UPDATE ON invoice_lines
WHEN EXISTS (SELECT 1 FROM invoices WHERE id IN (OLD.invoice_id, NEW.invoice_id) AND number IS NOT NULL)
BEGIN
  SELECT RAISE(ABORT, 'the lines of an issued document are never changed');
END;

CREATE TRIGGER invoice_lines_frozen_delete BEFORE DELETE ON invoice_lines
WHEN (SELECT number FROM invoices WHERE id = OLD.invoice_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'the lines of an issued document are never changed');
END;

CREATE TRIGGER billed_sources_frozen BEFORE DELETE ON billed_sources
WHEN (SELECT i.number FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE l.id = OLD.line_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'what an issued document billed stays billed');
END;

CREATE TRIGGER billed_sources_only_on_drafts BEFORE INSERT ON billed_sources
WHEN (SELECT i.number FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id WHERE l.id = NEW.line_id) IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'what an issued document billed is fixed when it is issued');
END;

CREATE TRIGGER billed_sources_never_moved BEFORE UPDATE ON billed_sources
BEGIN
  SELECT RAISE(ABORT, 'what a line billed is never moved to another');
END;

-- A bank visit: the cheques taken together, listed on one slip.
CREATE TABLE cheque_deposits (
  id         INTEGER PRIMARY KEY,
  number     TEXT NOT NULL UNIQUE,
  date       TEXT NOT NULL CHECK (date(date) = date),
  bank       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES staff (id)
) STRICT;

CREATE TRIGGER cheque_deposits_never_deleted BEFORE DELETE ON cheque_deposits
BEGIN
  SELECT RAISE(ABORT, 'a deposit slip is never deleted');
END;

-- Money received (or, with `reverses_id`, the counter-entry cancelling a mistaken payment). `credit`
-- takes from what the customer paid in advance. What a payment does not settle is the customer's credit.
CREATE TABLE payments (
  id              INTEGER PRIMARY KEY,
  member_id       INTEGER NOT NULL REFERENCES members (id),
  organisation_id INTEGER,
  date            TEXT NOT NULL CHECK (date(date) = date),
  method          TEXT NOT NULL CHECK (method IN ('cash', 'cheque', 'transfer', 'card', 'credit')),
  amount_cents    INTEGER NOT NULL CHECK (amount_cents <> 0),
  cheque_bank     TEXT NOT NULL DEFAULT '',
  cheque_number   TEXT NOT NULL DEFAULT '',
  cheque_drawer   TEXT NOT NULL DEFAULT '',
  reference       TEXT NOT NULL DEFAULT '',
  reverses_id     INTEGER UNIQUE REFERENCES payments (id),
  deposit_id      INTEGER REFERENCES cheque_deposits (id),
  created_at      TEXT NOT NULL,
  created_by      INTEGER REFERENCES staff (id),
  CHECK ((reverses_id IS NULL) = (amount_cents > 0)),
  CHECK (method <> 'cheque' OR reverses_id IS NOT NULL OR (cheque_bank <> '' AND cheque_number <> '' AND cheque_drawer <> '')),
  CHECK (deposit_id IS NULL OR (method = 'cheque' AND reverses_id IS NULL))
) STRICT;

CREATE INDEX payments_member ON payments (member_id, date);
CREATE INDEX payments_date ON payments (date, method);
CREATE INDEX payments_deposit ON payments (deposit_id) WHERE deposit_id IS NOT NULL;

CREATE TABLE payment_allocations (
  payment_id   INTEGER NOT NULL REFERENCES payments (id),
  invoice_id   INTEGER NOT NULL REFERENCES invoices (id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
  PRIMARY KEY (payment_id, invoice_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX payment_allocations_invoice ON payment_allocations (invoice_id, amount_cents);

-- A payment is never deleted; only a cheque's deposit slip is filled in, once.
CREATE TRIGGER payments_never_deleted BEFORE DELETE ON payments
BEGIN
  SELECT RAISE(ABORT, 'a payment is never deleted: record its reversal');
END;

CREATE TRIGGER payments_never_changed BEFORE UPDATE ON payments
WHEN NOT (OLD.deposit_id IS NULL AND NEW.deposit_id IS NOT NULL
          AND NEW.id = OLD.id AND NEW.member_id = OLD.member_id AND NEW.organisation_id IS OLD.organisation_id
          AND NEW.date = OLD.date AND NEW.method = OLD.method AND NEW.amount_cents = OLD.amount_cents
          AND NEW.cheque_bank = OLD.cheque_bank AND NEW.cheque_number = OLD.cheque_number
          AND NEW.cheque_drawer = OLD.cheque_drawer AND NEW.reference = OLD.reference
          AND NEW.reverses_id IS OLD.reverses_id AND NEW.created_at = OLD.created_at AND NEW.created_by IS OLD.created_by)
BEGIN
  SELECT RAISE(ABORT, 'a payment is never changed: record its reversal');
END;

CREATE TRIGGER payment_allocations_only_before_chained BEFORE INSERT ON payment_allocations
WHEN EXISTS (SELECT 1 FROM chain WHERE record = 'payment' AND record_id = NEW.payment_id)
BEGIN
  SELECT RAISE(ABORT, 'a chained payment is never changed');
END;

CREATE TRIGGER payment_allocations_never_changed BEFORE UPDATE ON payment_allocations
BEGIN
  SELECT RAISE(ABORT, 'a payment is never changed: record its reversal');
END;

CREATE TRIGGER payment_allocations_never_deleted BEFORE DELETE ON payment_allocations
BEGIN
  SELECT RAISE(ABORT, 'a payment is never changed: record its reversal');
END;

-- The inalterability chain: each issued document and payment, in order, with
-- hash = SHA-256(canonical JSON of the record + previous hash).
CREATE TABLE chain (
  position      INTEGER PRIMARY KEY,
  record        TEXT NOT NULL CHECK (record IN ('invoice', 'payment')),
  record_id     INTEGER NOT NULL,
  previous_hash TEXT NOT NULL,
  hash          TEXT NOT NULL CHECK (length(hash) = 64),
  chained_at    TEXT NOT NULL,
  UNIQUE (record, record_id)
) STRICT;

CREATE TRIGGER chain_in_order BEFORE INSERT ON chain
WHEN NEW.position <> coalesce((SELECT max(position) FROM chain), 0) + 1
  OR NEW.previous_hash <> coalesce((SELECT hash FROM chain ORDER BY position DESC LIMIT 1), '')
BEGIN
  SELECT RAISE(ABORT, 'the chain only grows at its end');
END;

CREATE TRIGGER chain_never_changed BEFORE UPDATE ON chain
BEGIN
  SELECT RAISE(ABORT, 'the chain is never changed');
END;

CREATE TRIGGER chain_never_deleted BEFORE DELETE ON chain
BEGIN
  SELECT RAISE(ABORT, 'the chain is never changed');
END;
