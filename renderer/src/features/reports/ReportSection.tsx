import { Box, Paper, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useId, type ReactNode } from 'react';

/** One report: its title, what it counts, its chart, and the same figures in a table. */
export function ReportSection({ title, caption, chart, children, name }: { title: string; caption: ReactNode; chart: ReactNode; children: ReactNode; name: string }) {
  const id = useId();
  return (
    <Paper component="section" aria-labelledby={id} data-report={name} sx={{ p: { xs: 1.5, md: 2 }, breakInside: 'avoid', '@media print': { p: 0, mb: 3 } }}>
      <Typography id={id} variant="h2" gutterBottom>
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: 760 }}>
        {caption}
      </Typography>
      {chart}
      <Box sx={{ overflowX: 'auto', mt: 1 }}>{children}</Box>
    </Paper>
  );
}

export interface Column<Row> {
  key: string;
  label: string;
  /** What the cell shows; the first column is the row's header. */
  cell: (row: Row) => ReactNode;
}

/** The figures of a chart: one row per month (or age), a total row in bold at the bottom. */
export function FiguresTable<Row>({ label, columns, rows, total, rowKey }: { label: string; columns: Column<Row>[]; rows: Row[]; total?: Row; rowKey: (row: Row) => string }) {
  const line = (row: Row, isTotal: boolean) => (
    <TableRow key={isTotal ? 'total' : rowKey(row)} data-row={isTotal ? 'total' : rowKey(row)} sx={isTotal ? { '& > *': { fontWeight: 700, borderTop: 2, borderColor: 'divider' }, '& > td, & > th': { borderBottom: 0 } } : undefined}>
      {columns.map((column, index) =>
        index === 0 ? (
          <TableCell key={column.key} component="th" scope="row" sx={{ whiteSpace: 'nowrap', fontWeight: isTotal ? 700 : 500 }}>
            {column.cell(row)}
          </TableCell>
        ) : (
          <TableCell key={column.key} align="right" data-column={column.key} sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
            {column.cell(row)}
          </TableCell>
        ),
      )}
    </TableRow>
  );
  return (
    <Table size="small" aria-label={label} sx={{ '& td, & th': { px: 1, py: 0.5 } }}>
      <TableHead>
        <TableRow>
          {columns.map((column, index) => (
            <TableCell key={column.key} align={index === 0 ? 'left' : 'right'} sx={{ fontWeight: 500, color: 'text.secondary', verticalAlign: 'bottom' }}>
              {column.label}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => line(row, false))}
        {total !== undefined && line(total, true)}
      </TableBody>
    </Table>
  );
}
