import type { AnyProcedure, AnyRouter } from '@trpc/server';
import type { AppRouter } from '../routers/app-router.ts';

/** 'auth.me', 'cohorts.list', … — each procedure of a router record, as the client spells its path. */
type PathsOf<Record, Prefix extends string = ''> = {
  [Key in keyof Record & string]: Record[Key] extends AnyProcedure
    ? `${Prefix}${Key}`
    : Record[Key] extends AnyRouter
      ? PathsOf<Record[Key]['_def']['record'], `${Prefix}${Key}.`>
      : PathsOf<Record[Key], `${Prefix}${Key}.`>;
}[keyof Record & string];

/** Every procedure path of the app router: a table row under any other name fails `tsc`. */
export type ProcedurePath = PathsOf<AppRouter['_def']['record']>;
