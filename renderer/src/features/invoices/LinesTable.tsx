import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { IconButton, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../main/api/contract';
import { formatCents, formatRate } from '../../format';
import { currentLanguage } from '../../i18n';
import { periodText } from './invoiceText';

export type Line = OutputOf<'invoices.get'>['lines'][number];

const money = { whiteSpace: 'nowrap' } as const;

/**
 * The lines of a document: what, how many, the unit price and the total excluding VAT; with the VAT
 * rate once issued, and a button to take a line off a draft.
 */
export function LinesTable({ lines, label, showVat = false, onRemove, busy = false }: { lines: Line[]; label: string; showVat?: boolean; onRemove?: (line: Line) => void; busy?: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (lines.length === 0) return <Typography color="text.secondary">{t('invoices.no_lines')}</Typography>;
  return (
    <TableContainer>
      {/* Fixed columns: the figures line up from one draft's table to the next. */}
      <Table size="small" aria-label={label} sx={{ tableLayout: 'fixed', '& th': { whiteSpace: 'nowrap' } }}>
        <TableHead>
          <TableRow>
            <TableCell>{t('invoices.line.description')}</TableCell>
            <TableCell align="right" sx={{ width: 88 }}>
              {t('invoices.line.quantity')}
            </TableCell>
            <TableCell align="right" sx={{ width: 140 }}>
              {t('invoices.line.unit_price')}
            </TableCell>
            {showVat && (
              <TableCell align="right" sx={{ width: 72 }}>
                {t('invoices.line.vat')}
              </TableCell>
            )}
            <TableCell align="right" sx={{ width: 120 }}>
              {t('invoices.line.net')}
            </TableCell>
            {onRemove && <TableCell padding="none" sx={{ width: 48 }} aria-label={t('invoices.line.actions')} />}
          </TableRow>
        </TableHead>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.position}>
              <TableCell>
                {line.description}
                {line.serviceFrom && line.serviceTo && (
                  <Typography variant="caption" color="text.secondary" component="div">
                    {periodText(line.serviceFrom, line.serviceTo, t, language)}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">{line.quantity}</TableCell>
              <TableCell align="right" sx={money}>
                {formatCents(line.unitPriceCents, language)}
              </TableCell>
              {showVat && <TableCell align="right">{formatRate(line.vatBp, language)}</TableCell>}
              <TableCell align="right" sx={money}>
                {formatCents(line.netCents, language)}
              </TableCell>
              {onRemove && (
                <TableCell padding="none" align="center">
                  <IconButton size="small" disabled={busy} aria-label={t('invoices.remove_line', { description: line.description })} title={t('invoices.remove_line_short')} onClick={() => onRemove(line)}>
                    <DeleteOutlined fontSize="small" />
                  </IconButton>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
