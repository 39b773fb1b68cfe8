import { Box, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { signInDestination } from './safe-redirect.ts';
import { SignInForm } from './sign-in-form.tsx';

interface SignInPageProps {
  redirect: string | undefined;
}

export function SignInPage({ redirect }: SignInPageProps) {
  usePageTitle('Sign in');
  const router = useRouter();
  const queryClient = useQueryClient();

  const afterSignIn = async () => {
    // Whatever was cached belonged to nobody or to someone else; start clean. The layout
    // route then asks the API who is signed in.
    queryClient.removeQueries();
    await router.navigate(signInDestination(redirect));
  };

  return (
    <Box component="main" bg="gray.0" mih="100dvh">
      <Center mih="100dvh" p="md">
        <Paper withBorder shadow="sm" p="xl" w="100%" maw={420}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Text fw={700} c="blue.8" size="sm" tt="uppercase" lts={1}>
                Preceptor
              </Text>
              <Title order={1} size="h2">
                Sign in
              </Title>
              <Text c="dimmed" size="sm">
                Mentorship for clinical professionals across our partner hospitals.
              </Text>
            </Stack>
            <SignInForm onSignedIn={afterSignIn} />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
