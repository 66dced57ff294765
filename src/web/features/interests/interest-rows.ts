// A person's registered interests as their page lists them: each value in the words its
// description gives it; a sensitive interest the reader may not read shows that it is withheld, and
// nothing of it besides its kind and dates.
import type { InterestView } from '../../../app/queries/interests.queries.ts';
import { INTEREST_FIELDS } from '../../../app/interests/interest.description.ts';
import { WITHHELD } from '../../../domain/interests/interest.ts';
import { fieldWords } from '../../records/record-describer.ts';

const words = (field: keyof typeof INTEREST_FIELDS, value: unknown) => (value === null || value === undefined || value === '' ? '' : fieldWords({ fields: INTEREST_FIELDS }, field, value));

export function interestRows(interests: readonly InterestView[], mayManage: boolean) {
  return interests.map((i) => ({
    id: i.id,
    kind: words('kind', i.kind),
    body: i.withheld ? WITHHELD : i.body,
    organisation: i.withheld || !i.organisationId ? null : { id: i.organisationId, name: i.organisationName },
    role: i.withheld ? '' : words('role', i.role),
    details: i.withheld ? '' : (i.details ?? ''),
    from: words('startsOn', i.startsOn),
    until: i.endsOn ? words('endsOn', i.endsOn) : 'Current',
    sensitive: i.sensitive,
    // Changing what one cannot read would be changing it blind (interests.service.ts refuses it too).
    changeHref: mayManage && !i.withheld ? `/people/${i.personId}/interests/${i.id}/edit` : null,
    removeHref: mayManage && !i.withheld ? `/people/${i.personId}/interests/${i.id}/remove` : null,
  }));
}
