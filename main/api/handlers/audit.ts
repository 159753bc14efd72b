import { listAudit } from '../../domain/audit/log';
import type { auditContract } from '../contract/audit';
import type { HandlersFor } from './types';

export const auditHandlers: HandlersFor<typeof auditContract> = {
  'audit.list': ({ db }, query) => listAudit(db, query),
};
