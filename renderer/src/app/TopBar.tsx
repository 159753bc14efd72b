import AccountCircleOutlined from '@mui/icons-material/AccountCircleOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import { AppBar, Button, Chip, Menu, MenuItem, Toolbar, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../main/api/contract';
import { ChangePinDialog } from '../features/account/ChangePinDialog';
import { OpenKioskButton } from '../features/kiosk/OpenKioskButton';
import { LanguageSwitch } from './LanguageSwitch';

type Status = OutputOf<'auth.status'>;
type SignedIn = NonNullable<Status['signedIn']>;

/** The bar above every screen: the space, the demonstration notice, the language, who is signed in, the lock. */
export function TopBar({ status, signedIn, onLock }: { status: Status; signedIn: SignedIn; onLock: () => void }) {
  const { t } = useTranslation();
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const [changingPin, setChangingPin] = useState(false);
  return (
    <AppBar position="fixed" color="inherit" elevation={0} sx={{ zIndex: (theme) => theme.zIndex.drawer + 1, borderBottom: 1, borderColor: 'divider' }}>
      <Toolbar sx={{ gap: 2 }}>
        <Typography variant="h6" component="div" sx={{ color: 'primary.main', fontWeight: 700 }}>
          Relais
        </Typography>
        <Typography variant="body1" color="text.secondary" noWrap sx={{ minWidth: 0 }}>
          {status.spaceName}
        </Typography>
        {status.demo && <Chip size="small" color="secondary" label={t('app.demo')} title={t('app.demo_help')} />}
        <Typography component="div" sx={{ flexGrow: 1 }} />
        <LanguageSwitch />
        <OpenKioskButton />
        <Button color="inherit" startIcon={<AccountCircleOutlined />} onClick={(event) => setMenu(event.currentTarget)} aria-haspopup="menu">
          {signedIn.name} · {t(`roles.${signedIn.role}`)}
        </Button>
        <Menu anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
          <MenuItem
            onClick={() => {
              setMenu(null);
              setChangingPin(true);
            }}
          >
            {t('account.change_pin')}
          </MenuItem>
        </Menu>
        <Button variant="outlined" startIcon={<LockOutlined />} onClick={onLock}>
          {t('app.lock')}
        </Button>
      </Toolbar>
      {changingPin && <ChangePinDialog onClose={() => setChangingPin(false)} />}
    </AppBar>
  );
}
