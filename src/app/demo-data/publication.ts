// The example council's public register: it publishes the partnerships it has agreed to take
// part in, running or ended (not proposals, business cases or those screened out), so /public and its open
// data have something to show; the first one's sponsoring officer has agreed their contact details are public.
import type { Publication } from '../../domain/public/public-register.ts';
import type { Status } from '../../domain/register/vocabulary.ts';

const PUBLISHED: readonly Status[] = ['approved', 'setting-up', 'operating', 'under-review', 'exiting', 'dissolved'];

/** The publication of an example partnership that reached `reach`, or null where the council keeps it unpublished. */
export function demoPublication(reach: Status, publishedOn: string, first: boolean): Publication | null {
  if (!PUBLISHED.includes(reach)) return null;
  return { register: 'public-register', publishedOn, summary: null, contactPublic: first };
}
