import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { currentLanguage, type UiLanguage } from '../i18n';

/**
 * FR | EN, remembered by the installation (electron-store in the desktop app) — except at the kiosk,
 * where a member's choice lasts for their visit only (`persist` false) and the buttons are finger-sized.
 */
export function LanguageSwitch({ color = 'standard', persist = true, large = false }: { color?: 'standard' | 'primary'; persist?: boolean; large?: boolean }) {
  const { t, i18n } = useTranslation();
  const change = (_: unknown, language: UiLanguage | null) => {
    if (!language) return;
    void i18n.changeLanguage(language);
    if (persist) void call('ui.setLanguage', { language });
  };
  return (
    <ToggleButtonGroup size={large ? 'large' : 'small'} exclusive value={currentLanguage()} onChange={change} aria-label={t('app.language')} color={color}>
      <ToggleButton value="fr" aria-label="Français" lang="fr">
        FR
      </ToggleButton>
      <ToggleButton value="en" aria-label="English" lang="en">
        EN
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
