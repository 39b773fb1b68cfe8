import { Table } from '@mantine/core';
import {
  levelOfRank,
  REFLECT_CRITERIA,
  REFLECT_LEARNING_LABELS,
  reflectLevelGuide,
} from '@preceptor/domain/reflections/reflect-rubric';
import type { GrowthPoint } from '@preceptor/domain/reflections/review-schemas';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDate } from '../../lib/format.ts';

const label = (rank: number) => reflectLevelGuide(levelOfRank(rank)).label;

/** The growth chart as a table: one row per review, a column per criterion. */
export function GrowthTable({ points }: { points: GrowthPoint[] }) {
  return (
    <TableScroll minWidth={900} label="REFLECT levels per review">
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Reviewed</Table.Th>
            <Table.Th>Overall</Table.Th>
            {REFLECT_CRITERIA.map((guide) => (
              <Table.Th key={guide.criterion}>{guide.label}</Table.Th>
            ))}
            <Table.Th>Learning</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {points.map((point) => (
            <Table.Tr key={point.reviewedAt.toISOString()}>
              <Table.Td>{formatDate(point.reviewedAt)}</Table.Td>
              <Table.Td>{label(point.rank)}</Table.Td>
              {REFLECT_CRITERIA.map((guide) => {
                const rating = point.criteria.find((c) => c.criterion === guide.criterion);
                return (
                  <Table.Td key={guide.criterion}>
                    {rating ? label(rating.rank) : 'Not rated (overall level only)'}
                  </Table.Td>
                );
              })}
              <Table.Td>
                {point.learning ? REFLECT_LEARNING_LABELS[point.learning].label : 'Not rated'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
