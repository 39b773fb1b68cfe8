import { createFileRoute } from '@tanstack/react-router';
import { matchMeetingsQuery } from '../../features/meetings/api.ts';
import { MatchMeetingsPage } from '../../features/meetings/match-meetings-page.tsx';

export const Route = createFileRoute('/_app/meetings/$matchId')({
  loader: ({ context: { queryClient, trpc }, params }) =>
    queryClient.ensureQueryData(matchMeetingsQuery(trpc, params.matchId)),
  component: MatchMeetingsRoute,
});

function MatchMeetingsRoute() {
  const { matchId } = Route.useParams();
  return <MatchMeetingsPage matchId={matchId} />;
}
