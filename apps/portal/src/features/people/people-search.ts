import { AccessStatus } from '@preceptor/domain/people/access-status';
import { ListPeopleInput, PeopleSort, Profession } from '@preceptor/domain/people/people-schemas';
import { z } from 'zod';
import { flagParam, optionalParam, textParam, withoutAbsent } from '../../lib/search-params.ts';

/** The people list's state in the URL (`/people?q=smith&profession=NURSING&page=2`), so it can be shared. */
export const PeopleSearch = z
  .object({
    q: textParam(100),
    hospitalId: textParam(100),
    profession: optionalParam(Profession),
    specialty: textParam(100),
    cohortRole: optionalParam(ListPeopleInput.shape.cohortRole.unwrap()),
    status: optionalParam(ListPeopleInput.shape.status.unwrap()),
    access: optionalParam(AccessStatus),
    sort: optionalParam(PeopleSort),
    desc: flagParam,
    // Page 1 is the default, so it stays out of the URL.
    page: optionalParam(z.coerce.number<number | string>().int().min(2).max(10_000)),
  })
  .transform(withoutAbsent);
export type PeopleSearch = z.output<typeof PeopleSearch>;
