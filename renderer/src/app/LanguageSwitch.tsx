import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { currentLanguage, type UiLanguage } from '../i18n';

/** FR | EN, remembered by the installation (electron-store in the desktop app). */
export function LanguageSwitch({ color = 'standard' }: { color?: 'standard' | 'primary' }) {
  const { t, i18n } = useTranslation();
  const change = (_: unknown, language: UiLanguage | null) => {
    if (!language) return;
    void i18n.changeLanguage(language);
    void call('ui.setLanguage', { language });
  };
  return (
    <ToggleButtonGroup size="small" exclusive value={currentLanguage()} onChange={change} aria-label={t('app.language')} color={color}>
      <ToggleButton value="fr" aria-label="Français" lang="fr">
        FR
      </ToggleButton>
      <ToggleButton value="en" aria-label="English" lang="en">
        EN
      </ToggleButton>
    </ToggleButtonGroup>
  );
}
