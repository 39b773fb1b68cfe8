import { useState } from 'react';
import { errorMessage } from '../../lib/errors.ts';
import { useConfirmFinding, useRestoreVersion } from './api.ts';
import type { PanelFinding } from './findings-panel.tsx';

interface Options {
  reflectionId: string;
  initialConfirmed: readonly string[];
  /** Saves pending text first: a confirmation and a restore act on the saved text. */
  flush: () => Promise<boolean>;
}

const NOT_SAVED =
  'Your latest changes are not saved yet, so this cannot be done. Try again when they are saved.';

/** Confirming findings and restoring versions: the writer's actions that need saved text. */
export function useFindingActions({ reflectionId, initialConfirmed, flush }: Options) {
  const confirmFinding = useConfirmFinding();
  const restoreVersion = useRestoreVersion();
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(() => new Set(initialConfirmed));
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const confirm = async (finding: PanelFinding) => {
    setConfirming(finding.key);
    setError(null);
    try {
      if (!(await flush())) throw new Error(NOT_SAVED);
      const { findingKey } = await confirmFinding.mutateAsync({
        reflectionId,
        kind: finding.kind,
        text: finding.text,
      });
      setConfirmed((previous) => new Set([...previous, findingKey]));
    } catch (caught) {
      setError(caught instanceof Error && !('data' in caught) ? caught.message : errorMessage(caught));
    } finally {
      setConfirming(null);
    }
  };

  /** Restores a version; resolves to the new version number, or rejects with a sentence. */
  const restore = async (version: number, expectedVersion: number): Promise<number> => {
    if (!(await flush())) throw new Error(NOT_SAVED);
    try {
      const result = await restoreVersion.mutateAsync({
        reflectionId,
        version,
        expectedVersion,
      });
      return result.version;
    } catch (caught) {
      throw new Error(errorMessage(caught));
    }
  };

  return { confirmed, confirming, error, confirm, restore };
}
