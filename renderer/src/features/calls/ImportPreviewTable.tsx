import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { fieldOfColumn, type MappingDraft, type Preview } from './ImportMapping';

/** The file's first rows; each column's header says which field it is read as (or that it is not used). */
export function ImportPreviewTable({ preview, draft }: { preview: Preview; draft: MappingDraft }) {
  const { t } = useTranslation();
  const label = t('callImport.preview_label');
  return (
    // Wide files scroll inside their box, never the page; the box takes the focus to be scrolled by keyboard.
    <Box role="region" aria-label={label} tabIndex={0} sx={{ overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {preview.headers.map((header, index) => {
              const field = fieldOfColumn(draft, header);
              return (
                <TableCell key={`${index}-${header}`} sx={{ verticalAlign: 'bottom', whiteSpace: 'nowrap' }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }}>
                    {header}
                  </Typography>
                  {field ? (
                    <Chip size="small" color="primary" label={t(`callImport.fields.${field}`)} sx={{ mt: 0.5 }} />
                  ) : (
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5, lineHeight: '24px' }}>
                      {t('callImport.unused')}
                    </Typography>
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {preview.rows.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              {preview.headers.map((header, index) => (
                <TableCell key={`${index}-${header}`} sx={{ whiteSpace: 'nowrap', color: fieldOfColumn(draft, header) ? 'text.primary' : 'text.secondary' }}>
                  {row[index] ?? ''}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
