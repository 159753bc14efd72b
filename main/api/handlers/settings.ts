import { changedFields } from '../../domain/audit/changes';
import { redact } from '../../domain/audit/log';
import type { SectionName, Settings } from '../../domain/settings/schema';
import { readSection, readSettings, writeSection } from '../../domain/settings/store';
import type { CallContext } from '../context';
import type { settingsContract } from '../contract/settings';
import { TOKEN_MASK } from '../../domain/network/schema';
import { acceptedLogo } from '../../domain/settings/logo';
import type { HandlersFor } from './types';

/** Writes a section and notes, for the audit log, which fields changed from what to what. */
export function update<K extends SectionName>(ctx: CallContext, section: K, value: Settings[K]): Settings[K] {
  const before = readSection(ctx.db, section);
  const stored = writeSection(ctx.db, section, value, ctx.at);
  ctx.auditExtra.changes = redact(changedFields(before, stored));
  return stored;
}

export const settingsHandlers: HandlersFor<typeof settingsContract> = {
  'settings.get': ({ db }) => {
    const settings = readSettings(db);
    // The network's token is a secret: staff see that one is set, not what it is.
    return { ...settings, network: { ...settings.network, token: settings.network.token === '' ? '' : TOKEN_MASK } };
  },
  'settings.updateIdentity': (ctx, identity) => update(ctx, 'identity', { ...identity, logo: acceptedLogo(identity.logo, readSection(ctx.db, 'identity').logo) }),
  'settings.updateVat': (ctx, vat) => update(ctx, 'vat', vat),
  'settings.updateOpening': (ctx, opening) => update(ctx, 'opening', opening),
  'settings.updateSecurity': (ctx, security) => update(ctx, 'security', security),
  'settings.updateMembership': (ctx, membership) => update(ctx, 'membership', membership),
  'settings.updatePhone': (ctx, phone) => update(ctx, 'phone', phone),
  'settings.updateInvoicing': (ctx, invoicing) => update(ctx, 'invoicing', invoicing),
};
