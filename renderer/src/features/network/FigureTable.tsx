import { Table, TableBody, TableCell, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n';
import { formatFigure, isSecret, type Figure } from './figures';
import type { Report } from './types';

/** « secret », with why on hover or keyboard focus: fewer than k people, or it would give one away. */
function SecretValue({ k }: { k: number }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('network.secret_reason', { k })} describeChild>
      <Typography component="span" tabIndex={0} data-secret sx={{ fontStyle: 'italic', color: 'text.secondary', textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }}>
        {t('network.secret')}
      </Typography>
    </Tooltip>
  );
}

/** A value as it leaves: the figure, « secret » when withheld, « non renseigné » when not given. */
function Value({ report, figure }: { report: Report; figure: Figure }) {
  const { t } = useTranslation();
  if (isSecret(report, figure.path)) return <SecretValue k={report.confidentialite.seuil_k} />;
  if (figure.value === null) {
    return (
      <Typography component="span" sx={{ color: 'text.secondary' }}>
        {t('network.not_given')}
      </Typography>
    );
  }
  return <>{formatFigure(figure.value, figure.unit, t, currentLanguage())}</>;
}

/** A section's figures: a label and its value per line, the last line in bold when it is a total. */
export function FigureTable({ report, figures, label, total }: { report: Report; figures: Figure[]; label: string; total?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-label={label} sx={{ maxWidth: 640, '& td, & th': { px: 1, py: 0.75 } }}>
      <TableBody>
        {figures.map((figure, index) => {
          const bold = total && index === figures.length - 1;
          return (
            <TableRow key={figure.path} data-figure={figure.path} sx={bold ? { '& > *': { fontWeight: 700, borderTop: 2, borderColor: 'divider' } } : undefined}>
              <TableCell component="th" scope="row" sx={{ fontWeight: bold ? 700 : 400 }}>
                {t(figure.label)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums', width: '1%' }}>
                <Value report={report} figure={figure} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
