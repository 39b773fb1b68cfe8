/**
 * Every read of a reflection by a mentor (its text, its feedback) writes an audit entry on the
 * server, so the review page fetches them once per visit: a refetch on window focus, reconnect
 * or staleness would only add audit rows for words the mentor already has on screen. `gcTime: 0`
 * drops them when the page is left, so the next visit reads (and is audited) afresh and never
 * shows text the mentee has since revised. The mentor's own review invalidates them.
 */
export const auditedReadOptions = {
  staleTime: Number.POSITIVE_INFINITY,
  gcTime: 0,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
} as const;
