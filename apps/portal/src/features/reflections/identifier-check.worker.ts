/// <reference lib="webworker" />
// The patient-identifier check off the main thread: the editor shows (and takes keystrokes) while
// this file and its name lexicons arrive, and a long reflection is checked without blocking typing.

import type { CheckRequest, CheckResponse } from './identifier-checker.ts';
import { keyedFindings } from './keyed-findings.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text } = event.data;
  const response: CheckResponse = { id, findings: keyedFindings(text) };
  self.postMessage(response);
};
