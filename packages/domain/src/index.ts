// The domain's main entry points. Most callers import a subpath (`@preceptor/domain/matching/solver`)
// so the portal's bundle pulls in only what a page uses.
export * from './errors.ts';
export * from './matching/solver.ts';
export * from './permissions/actor.ts';
export {
  findingKey,
  findPatientIdentifiers,
  IdentifierFinding,
  IdentifierKind,
  unconfirmedFindings,
} from './reflections/identifier-check.ts';
