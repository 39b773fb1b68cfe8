import { AuditPage, ListAuditInput } from '@preceptor/domain/audit/audit-schemas';
import { listAudit } from '../services/audit/list-audit.ts';
import { router } from '../trpc/init.ts';
import { staffProcedure } from '../trpc/procedures.ts';

export const auditRouter = router({
  list: staffProcedure
    .input(ListAuditInput)
    .output(AuditPage)
    .query(({ ctx, input }) => listAudit(ctx, input)),
});
