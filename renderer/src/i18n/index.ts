import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fr from './fr.json';

export type UiLanguage = 'fr' | 'en';

/** Interface text; French first. A missing key is reported loudly so that tests catch it. */
export function setUpI18n(language: UiLanguage): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`i18n: missing key "${key}"`),
  });
  document.documentElement.lang = language;
  return i18n;
}

export function currentLanguage(): UiLanguage {
  return i18n.language === 'en' ? 'en' : 'fr';
}
