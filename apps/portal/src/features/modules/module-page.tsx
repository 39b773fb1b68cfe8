import {
  Alert,
  Button,
  Grid,
  Group,
  NativeSelect,
  NavLink,
  Paper,
  Progress,
  Stack,
  Text,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { formatCertificateId } from '@preceptor/domain/modules/certificate-schemas';
import type { MenteeModule, SectionView } from '@preceptor/domain/modules/module-view-schemas';
import { PROFESSION_LABELS } from '@preceptor/domain/people/professions';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { AnchorLink } from '../../components/router-links.tsx';
import { formatDate } from '../../lib/format.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { moduleQuery } from './api.ts';
import { ModuleAbout } from './module-about.tsx';
import { QuizPanel } from './quiz-panel.tsx';
import { ReadingSection } from './reading-section.tsx';
import { ReflectionPanel } from './reflection-panel.tsx';

export function ModulePage({ slug }: { slug: string }) {
  const { data: module } = useSuspenseQuery(moduleQuery(useTRPC(), slug));
  return <ModuleView module={module} />;
}

const KIND_LABEL: Record<SectionView['kind'], string> = {
  lesson: 'Lesson',
  case: 'Case',
  quiz: 'Quiz',
  reflection: 'Reflection',
};

function ModuleView({ module }: { module: MenteeModule }) {
  const firstOpen = module.sections.find((section) => !section.done) ?? module.sections[0];
  const [activeKey, setActiveKey] = useState(firstOpen?.key ?? '');
  const active = module.sections.find((section) => section.key === activeKey) ?? firstOpen;
  const completed = module.completion.status === 'completed';
  const overdue = !completed && module.dueAt !== null && module.dueAt.getTime() < Date.now();
  // Read synchronously, so a phone never renders the desktop layout first.
  const phone = useMediaQuery('(max-width: 48em)', false, { getInitialValueInEffect: false });
  const moveFocus = useSectionFocus(active?.key);
  const open = (key: string) => {
    moveFocus();
    setActiveKey(key);
  };
  const goToNext = () => {
    const index = module.sections.findIndex((section) => section.key === active?.key);
    const next = module.sections[index + 1];
    if (next) open(next.key);
  };
  const panel = active ? (
    <SectionPanel module={module} section={active} onNext={goToNext} onOpenSection={open} key={active.key} />
  ) : null;
  if (phone) {
    // On a phone the section comes first: the step list is one control, the module's objectives
    // follow the section rather than pushing it a screen down.
    return (
      <Stack gap="md">
        <PageHeader title={module.title} />
        <ModuleNotices module={module} />
        <ProgressPanel module={module} completed={completed} overdue={overdue} />
        <NativeSelect
          label="Section"
          value={active?.key ?? ''}
          onChange={(event) => open(event.currentTarget.value)}
          data={module.sections.map((section, index) => ({
            value: section.key,
            label: `${index + 1} of ${module.sections.length}: ${section.title} (${KIND_LABEL[section.kind]}${section.done ? ', done' : ''})`,
          }))}
        />
        {panel}
        <Text size="sm">{module.summary}</Text>
        <Audience module={module} />
        <ModuleAbout module={module} />
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <PageHeader
        title={module.title}
        description={`${module.summary} About ${module.estimatedMinutes} min · ${module.ceHours.toFixed(2)} CE hours · version ${module.version}`}
      />
      <Audience module={module} />
      <ModuleAbout module={module} />
      <ModuleNotices module={module} />
      <ProgressPanel module={module} completed={completed} overdue={overdue} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <nav aria-label="Sections of this module">
            {module.sections.map((section, index) => (
              <NavLink
                key={section.key}
                component="button"
                type="button"
                active={section.key === active?.key}
                aria-current={section.key === active?.key ? 'step' : undefined}
                label={`${index + 1}. ${section.title}`}
                description={
                  // Mantine's dimmed description fails contrast on the active (tinted) row.
                  <Text span size="xs" c="dark.6">
                    {KIND_LABEL[section.kind]}
                  </Text>
                }
                onClick={() => open(section.key)}
                rightSection={
                  section.done ? (
                    <Text span size="xs" fw={700}>
                      Done
                    </Text>
                  ) : null
                }
              />
            ))}
          </nav>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>{panel}</Grid.Col>
      </Grid>
    </Stack>
  );
}

/**
 * After the learner moves to another section, its heading takes focus and scrolls into view: the
 * new section replaces the old one in place, often far below the top of the screen.
 */
function useSectionFocus(activeKey: string | undefined) {
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current || !activeKey) return;
    pending.current = false;
    const heading = document.getElementById(`section-${activeKey}`);
    if (!heading) return;
    heading.setAttribute('tabindex', '-1');
    // Clear of the sticky header.
    heading.style.scrollMarginTop = 'calc(var(--app-shell-header-offset, 0rem) + 1rem)';
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }, [activeKey]);
  return () => {
    pending.current = true;
  };
}

function Audience({ module }: { module: MenteeModule }) {
  if (module.audience.length === 0) return null;
  return (
    <Text size="sm">
      <Text span fw={600}>
        Written for:
      </Text>{' '}
      {module.audience.map((profession) => PROFESSION_LABELS[profession]).join(', ')}
    </Text>
  );
}

function ModuleNotices({ module }: { module: MenteeModule }) {
  return (
    <>
      {module.locked ? (
        <Alert color="gray" title="Not open yet">
          Complete “{module.blockedByTitle ?? 'the previous module'}” first; this module opens after it.
        </Alert>
      ) : null}
      {module.newerVersionPublished ? (
        <Alert color="blue" title="You are on the version you started">
          A newer version has been published since; you keep version {module.version} until you finish.
        </Alert>
      ) : null}
      {module.completion.attention === 'quiz_attempts_exhausted' ? (
        <Alert color="orange" title="No quiz attempts left">
          Talk to your mentor or coordinator about next steps.
        </Alert>
      ) : null}
    </>
  );
}

function ProgressPanel({
  module,
  completed,
  overdue,
}: {
  module: MenteeModule;
  completed: boolean;
  overdue: boolean;
}) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={600}>{completed ? 'Completed' : `${module.completion.percent}% done`}</Text>
          <Text size="sm" c={overdue ? 'red.9' : undefined} fw={overdue ? 600 : undefined}>
            {module.dueAt ? `${overdue ? 'Was due' : 'Due'} ${formatDate(module.dueAt)}` : 'No due date'}
          </Text>
        </Group>
        <Progress value={module.completion.percent} aria-label="Module progress" />
        {completed ? (
          <Group>
            <Button component="a" href={`/certificates/${module.moduleId}.pdf`} download>
              Download certificate (PDF)
            </Button>
            {module.completedAt ? <Text size="sm">Completed {formatDate(module.completedAt)}</Text> : null}
          </Group>
        ) : null}
        {completed && module.certificateId ? (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            Certificate ID {formatCertificateId(module.certificateId)}: anyone can check it at{' '}
            <AnchorLink to="/verify/$certificateId" params={{ certificateId: module.certificateId }}>
              its verification page
            </AnchorLink>
            , which shows only your name, the module, the date and whether it is valid.
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

function SectionPanel({
  module,
  section,
  onNext,
  onOpenSection,
}: {
  module: MenteeModule;
  section: SectionView;
  onNext: () => void;
  onOpenSection: (key: string) => void;
}) {
  switch (section.kind) {
    case 'lesson':
    case 'case':
      return <ReadingSection module={module} section={section} onNext={onNext} />;
    case 'quiz':
      return <QuizPanel module={module} section={section} onOpenSection={onOpenSection} />;
    case 'reflection':
      return <ReflectionPanel module={module} section={section} />;
  }
}
