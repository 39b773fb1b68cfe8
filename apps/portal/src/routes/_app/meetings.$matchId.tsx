import { createFileRoute } from '@tanstack/react-router';
import { MatchMeetingsPage } from '../../features/meetings/match-meetings-page.tsx';

export const Route = createFileRoute('/_app/meetings/$matchId')({
  component: MatchMeetingsPage,
});
