import { Alert, Button, Grid, NativeSelect, Paper, Stack, Text, Title, Typography } from '@mantine/core';
import {
  CALIBRATION_SAMPLES,
  type CalibrationSample,
} from '@preceptor/domain/reflections/calibration-samples';
import { REFLECT_CRITERIA, REFLECT_USE_NOTE } from '@preceptor/domain/reflections/reflect-rubric';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header.tsx';
import { CalibrationComparison } from './calibration-comparison.tsx';
import { CriterionRatingField } from './criterion-rating-field.tsx';
import { allRated, type ReviewDraft } from './review-draft.ts';

/**
 * Practice for mentors: rate a sample reflection per criterion, then compare with an experienced
 * rater's exemplar. Everything stays in this page; nothing is sent or stored.
 */
export function CalibrationPage() {
  const [sampleKey, setSampleKey] = useState(CALIBRATION_SAMPLES[0]?.key ?? '');
  const sample = CALIBRATION_SAMPLES.find((s) => s.key === sampleKey);
  return (
    <Stack gap="lg">
      <PageHeader
        title="Practise rating with REFLECT"
        description="Rate a sample reflection, then compare your ratings with an experienced rater’s. Practice only: nothing you choose here is saved or shared."
      />
      <NativeSelect
        label="Sample reflection"
        value={sampleKey}
        onChange={(event) => setSampleKey(event.currentTarget.value)}
        data={CALIBRATION_SAMPLES.map((s) => ({ value: s.key, label: s.title }))}
        maw={480}
      />
      {sample ? <Practice key={sample.key} sample={sample} /> : null}
    </Stack>
  );
}

function Practice({ sample }: { sample: CalibrationSample }) {
  const [criteria, setCriteria] = useState<ReviewDraft['criteria']>({});
  const [compared, setCompared] = useState(false);
  const [missing, setMissing] = useState(false);
  const compare = () => {
    setMissing(!allRated(criteria));
    if (allRated(criteria)) setCompared(true);
  };
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 6 }}>
        <Stack gap="xs">
          <Title order={2} size="h3">
            {sample.title}
          </Title>
          <Text size="sm" c="dimmed">
            {sample.context}
          </Text>
          <Paper withBorder p="md">
            <Typography>
              <div data-testid="sample-text">
                {sample.paragraphs.map((paragraph) => (
                  <p key={paragraph}>{paragraph}</p>
                ))}
              </div>
            </Typography>
          </Paper>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6 }}>
        {compared && allRated(criteria) ? (
          <CalibrationComparison sample={sample} mine={criteria} onAgain={() => setCompared(false)} />
        ) : (
          <Stack
            gap="md"
            component="form"
            aria-label="Your practice ratings"
            onSubmit={(e) => e.preventDefault()}
          >
            {REFLECT_CRITERIA.map((guide) => (
              <CriterionRatingField
                key={guide.criterion}
                guide={guide}
                value={criteria[guide.criterion]}
                onChange={(level) => setCriteria({ ...criteria, [guide.criterion]: level })}
                error={missing && !criteria[guide.criterion] ? 'Rate this criterion.' : undefined}
              />
            ))}
            {missing ? (
              <Alert color="red" role="alert" title="Rate every criterion">
                Rate all five criteria to compare them with the exemplar.
              </Alert>
            ) : null}
            <Text size="xs" c="dimmed">
              {REFLECT_USE_NOTE}
            </Text>
            <Button onClick={compare} style={{ alignSelf: 'flex-start' }}>
              Compare with the exemplar
            </Button>
          </Stack>
        )}
      </Grid.Col>
    </Grid>
  );
}
