/**
 * SQL over an issued invoice aliased `i`: what its issued credit notes took off (negative cents), what
 * payments settled of it, and what is still due. The list, the overdue list and payments read the same.
 */
export const CREDITED_SQL = '(SELECT coalesce(sum(a.gross_cents), 0) FROM invoices a WHERE a.corrects_id = i.id AND a.number IS NOT NULL)';
export const PAID_SQL = '(SELECT coalesce(sum(p.amount_cents), 0) FROM payment_allocations p WHERE p.invoice_id = i.id)';
export const BALANCE_SQL = `i.gross_cents + ${CREDITED_SQL} - ${PAID_SQL}`;
