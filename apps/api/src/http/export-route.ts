import { DomainError } from '@preceptor/domain/errors';
import { CohortSummaryInput } from '@preceptor/domain/exports/export-filters';
import { ExportFormat, ExportList, exportFileName } from '@preceptor/domain/exports/export-table';
import { isStaff } from '@preceptor/domain/permissions/actor';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cohortSummary } from '../services/exports/cohort-summary.ts';
import { CONTENT_TYPES, type ExportFile, exportList } from '../services/exports/export-list.ts';
import { parseExportFilters } from '../services/exports/list-tables.ts';
import type { ActorContext } from '../services/service-context.ts';
import { buildContext, type ServerDeps } from '../trpc/context.ts';

/**
 * A download is a plain GET the browser saves (a link, so big files never pass through the
 * page's memory). Browsers send `Sec-Fetch-Site` with every request: one started by another site
 * (a link or image on a hostile page, which SameSite=Lax would still sign in) is refused, so no
 * one can make a staff member's browser export — and write an audit entry — without their click
 * on our own page.
 */
function startedElsewhere(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}

async function exportFor(ctx: ActorContext, file: string, query: unknown): Promise<ExportFile> {
  if (file === 'cohort-summary.pdf') {
    const input = CohortSummaryInput.safeParse(query);
    if (!input.success) throw DomainError.field('cohortId', 'Say which cohort to summarise.');
    const facts = await cohortSummary(ctx, input.data);
    return {
      fileName: exportFileName(['cohort-summary', facts.name], facts.generatedAt, 'pdf'),
      contentType: CONTENT_TYPES.pdf,
      // pdf-lib is loaded by the first summary, not at start-up (bench:start).
      body: Buffer.from(
        await (await import('../services/exports/cohort-summary-pdf.ts')).renderCohortSummary(facts),
      ),
    };
  }
  const dot = file.lastIndexOf('.');
  const list = ExportList.safeParse(file.slice(0, dot));
  const format = ExportFormat.safeParse(file.slice(dot + 1));
  if (dot < 0 || !list.success || !format.success)
    throw new DomainError('NOT_FOUND', 'There is no such export.');
  const filters = parseExportFilters(list.data, query);
  return exportList(ctx, { list: list.data, format: format.data, filters });
}

/**
 * GET /exports/<list>.<csv|xlsx>?<the list's filters> and GET /exports/cohort-summary.pdf?cohortId=…
 * for program staff, each in the same scope as the list on screen (the services decide), each
 * audited. Errors go to the server's error handler (DomainError codes become statuses).
 */
export function registerExportRoute(server: FastifyInstance, deps: ServerDeps): void {
  // No automatic HEAD route: a HEAD would make the file and write an audit entry for nothing.
  server.get<{ Params: { file: string } }>(
    '/exports/:file',
    { exposeHeadRoute: false },
    async (req, reply: FastifyReply) => {
      if (startedElsewhere(req)) {
        return reply.code(403).send({ error: 'Downloads start from Preceptor’s own pages.' });
      }
      const ctx = await buildContext(deps, req, reply);
      if (!ctx.user || !ctx.actor) return reply.code(401).send({ error: 'Please sign in.' });
      if (!isStaff(ctx.actor)) throw new DomainError('FORBIDDEN', 'This is for program staff.');
      const file = await exportFor({ ...ctx, actor: ctx.actor }, req.params.file, req.query);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}
