import { Box } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsLocalizationProvider } from '@mui/x-charts/ChartsLocalizationProvider';
import { frFRLocalText } from '@mui/x-charts/locales';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { currentLanguage } from '../../i18n';

/** A4 less 15 mm margins on each side, in CSS pixels: what a chart may take on paper. */
const PAPER_WIDTH = 660;
const HEIGHT = 240;

/**
 * Whether the page is being printed: charts then take the paper's width (they measure their box on
 * screen, and a printout is laid out without giving them a chance to measure again).
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const media = window.matchMedia('print');
    const follow = () => setPrinting(media.matches);
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    media.addEventListener('change', follow);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      media.removeEventListener('change', follow);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

export interface BarSeries {
  key: string;
  label: string;
  color: string;
  values: number[];
}

/**
 * Bars by category (the months, or the ages of what is unpaid), one colour per series, stacked or side
 * by side; the axis and the tooltip say values as `format` writes them.
 */
export function Bars({
  label,
  categories,
  series,
  stacked = false,
  format,
  axisFormat = format,
  max,
  colorByCategory,
}: {
  label: string;
  categories: string[];
  series: BarSeries[];
  stacked?: boolean;
  format: (value: number) => string;
  axisFormat?: (value: number) => string;
  max?: number;
  /** One colour per category (a single series). */
  colorByCategory?: string[];
}) {
  const printing = usePrinting();
  const language = currentLanguage();
  return (
    <Box component="figure" aria-label={label} sx={{ m: 0, width: '100%', '@media print': { width: PAPER_WIDTH } }}>
      <ChartsLocalizationProvider localeText={language === 'fr' ? frFRLocalText : undefined}>
        <BarChart
          height={HEIGHT}
          width={printing ? PAPER_WIDTH : undefined}
          skipAnimation={printing}
          hideLegend={series.length < 2}
          slotProps={{ legend: { direction: 'horizontal', position: { vertical: 'top', horizontal: 'center' } } }}
          margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
          grid={{ horizontal: true }}
          xAxis={[
            {
              scaleType: 'band',
              data: categories,
              ...(colorByCategory ? { colorMap: { type: 'ordinal' as const, values: categories, colors: colorByCategory } } : {}),
            },
          ]}
          yAxis={[{ valueFormatter: (value: number) => axisFormat(value), width: 72, max }]}
          series={series.map((s) => ({ id: s.key, label: s.label, data: s.values, valueFormatter: (value: number | null) => format(value ?? 0), ...(colorByCategory ? {} : { color: s.color }), ...(stacked ? { stack: 'all' } : {}) }))}
        />
      </ChartsLocalizationProvider>
    </Box>
  );
}
