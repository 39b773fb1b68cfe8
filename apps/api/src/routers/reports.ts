import { NetworkOverview } from '@preceptor/domain/reports/report-schemas';
import { networkOverview } from '../services/reports/network-overview.ts';
import { router } from '../trpc/init.ts';
import { staffProcedure } from '../trpc/procedures.ts';

export const reportsRouter = router({
  overview: staffProcedure.output(NetworkOverview).query(({ ctx }) => networkOverview(ctx)),
});
