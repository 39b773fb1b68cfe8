import { Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import type { CalibrationSample } from '@preceptor/domain/reflections/calibration-samples';
import {
  type CriterionRatings,
  deriveOverallLevel,
  REFLECT_CRITERIA,
  REFLECT_LEARNING_LABELS,
  reflectLevelGuide,
} from '@preceptor/domain/reflections/reflect-rubric';
import { TableScroll } from '../../components/table-scroll.tsx';

const label = (level: Parameters<typeof reflectLevelGuide>[0]) => reflectLevelGuide(level).label;

/** A mentor's practice ratings beside the exemplar's, with the rater's reason for each. */
export function CalibrationComparison({
  sample,
  mine,
  onAgain,
}: {
  sample: CalibrationSample;
  mine: CriterionRatings;
  onAgain: () => void;
}) {
  const { exemplar } = sample;
  const agreed = REFLECT_CRITERIA.filter(
    (g) => mine[g.criterion] === exemplar.criteria[g.criterion].level,
  ).length;
  const myOverall = deriveOverallLevel(mine);
  return (
    <Stack gap="sm" aria-live="polite">
      <Title order={2} size="h3">
        Your ratings and the exemplar
      </Title>
      <Text size="sm">
        You agreed on {agreed} of 5 criteria. Your overall level: {label(myOverall)}; the exemplar’s:{' '}
        {label(exemplar.overall)}
        {exemplar.learning
          ? ` (${REFLECT_LEARNING_LABELS[exemplar.learning].label.toLowerCase()} learning)`
          : ''}
        . Raters often differ by one level; talk through larger gaps with another mentor.
      </Text>
      <TableScroll minWidth={560} label="Your ratings and the exemplar">
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Criterion</Table.Th>
              <Table.Th>You</Table.Th>
              <Table.Th>Exemplar</Table.Th>
              <Table.Th>Why the exemplar rated it so</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {REFLECT_CRITERIA.map((guide) => {
              const theirs = exemplar.criteria[guide.criterion];
              const same = mine[guide.criterion] === theirs.level;
              return (
                <Table.Tr key={guide.criterion}>
                  <Table.Td>{guide.label}</Table.Td>
                  <Table.Td>
                    {label(mine[guide.criterion])}{' '}
                    <Badge size="sm" variant="light" color={same ? 'green' : 'orange'}>
                      {same ? 'Same' : 'Different'}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{label(theirs.level)}</Table.Td>
                  <Table.Td>{theirs.why}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Text size="sm">{exemplar.summary}</Text>
      <Button variant="default" onClick={onAgain} style={{ alignSelf: 'flex-start' }}>
        Rate this sample again
      </Button>
    </Stack>
  );
}
