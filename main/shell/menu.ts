import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { translate, type Language } from '../i18n';

/** The application menu, in the interface language. */
export function buildMenu(language: Language): Menu {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const template: MenuItemConstructorOptions[] = [
    { label: t('menu.file'), submenu: [{ role: 'quit', label: t('menu.quit') }] },
    {
      label: t('menu.edit'),
      submenu: [
        { role: 'undo', label: t('menu.undo') },
        { role: 'redo', label: t('menu.redo') },
        { type: 'separator' },
        { role: 'cut', label: t('menu.cut') },
        { role: 'copy', label: t('menu.copy') },
        { role: 'paste', label: t('menu.paste') },
        { role: 'selectAll', label: t('menu.select_all') },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { role: 'resetZoom', label: t('menu.actual_size') },
        { role: 'zoomIn', label: t('menu.zoom_in') },
        { role: 'zoomOut', label: t('menu.zoom_out') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t('menu.full_screen') },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: t('menu.dev_tools') }]),
      ],
    },
    { label: t('menu.help'), submenu: [{ role: 'about', label: t('menu.about') }] },
  ];
  return Menu.buildFromTemplate(template);
}
