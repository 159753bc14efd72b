import { AuditPage, AuditQuery } from '../../domain/audit/schema';
import { ALL_STAFF, method } from '../define';

export const auditContract = {
  'audit.list': method({
    summary: 'The audit log, newest first',
    input: AuditQuery,
    output: AuditPage,
    roles: ALL_STAFF,
    cli: { command: 'audit' },
  }),
};
