import { createTheme } from '@mui/material/styles';
import { enUS as coreEn, frFR as coreFr } from '@mui/material/locale';
import { enUS as gridEn, frFR as gridFr } from '@mui/x-data-grid/locales';
import { enUS as pickersEn, frFR as pickersFr } from '@mui/x-date-pickers/locales';
import type { UiLanguage } from './i18n';

/** Warm paper and a deep green: calm at the front desk, readable on an old screen. */
export function relaisTheme(language: UiLanguage) {
  const locales = language === 'fr' ? [coreFr, gridFr, pickersFr] : [coreEn, gridEn, pickersEn];
  return createTheme(
    {
      palette: {
        primary: { main: '#2f6b4f' },
        secondary: { main: '#c96a2b' },
        background: { default: '#f6f5f1', paper: '#ffffff' },
      },
      shape: { borderRadius: 10 },
      typography: {
        fontFamily: 'Roboto, "Helvetica Neue", Arial, sans-serif',
        h1: { fontSize: '1.75rem', fontWeight: 500 },
        h2: { fontSize: '1.35rem', fontWeight: 500 },
        h3: { fontSize: '1.1rem', fontWeight: 500 },
      },
      components: {
        // A focus ring you can see from the other side of the desk: keyboard users come first.
        MuiButtonBase: {
          styleOverrides: { root: { '&.Mui-focusVisible': { outline: '3px solid #c96a2b', outlineOffset: 2 } } },
        },
        MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none', fontWeight: 500 } } },
        MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
        MuiPaper: { defaultProps: { variant: 'outlined' } },
      },
    },
    ...locales,
  );
}
