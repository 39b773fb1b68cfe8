import { useEffect, useState } from 'react';
import { checkIdentifiers, type KeyedFinding } from './identifier-checker.ts';

/**
 * The identifier check of a short text (the title), run off the main thread whenever it changes.
 * Until the first answer `ready` is false; afterwards the last answer stays until the next one,
 * so the list does not flicker while the writer types.
 */
export function useIdentifierCheck(text: string): { findings: KeyedFinding[]; ready: boolean } {
  const [result, setResult] = useState<{ findings: KeyedFinding[]; ready: boolean }>({
    findings: [],
    ready: false,
  });
  useEffect(() => {
    let current = true;
    checkIdentifiers(text).then(
      (findings) => {
        if (current) setResult({ findings, ready: true });
      },
      (error: unknown) => console.error('The patient-identifier check failed', error),
    );
    return () => {
      current = false;
    };
  }, [text]);
  return result;
}
