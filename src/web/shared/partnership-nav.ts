// The partnership's sub-navigation, shown by its layout (views/layouts/partnership.njk) on every page of
// a partnership: one list, so a later area (governance, meetings, risks) adds its line here. Each kind of
// record described in app/records has its page in it already.
import { PARTNERSHIP_RECORD_KINDS } from '../../app/records/index.ts';

export interface PartnershipNavItem {
  text: string;
  href: string;
  /** 'page' on the page itself; 'true' on a page below it (a partner's own page under Partners). */
  current: 'page' | 'true' | null;
}

/** The areas of a partnership, in the order the sub-navigation shows them; '' is the Summary, at /partnerships/:id. */
const AREAS: ReadonlyArray<{ text: string; segment: string; below?: readonly string[] }> = [
  { text: 'Summary', segment: '' },
  // R-2.8a: the decisions register follows the actions arising from them.
  ...PARTNERSHIP_RECORD_KINDS.filter((kind) => !kind.area).flatMap((kind) => [
    { text: kind.names.heading, segment: kind.segment },
    ...(kind.segment === 'actions' ? [{ text: 'Decisions', segment: 'decisions' }] : []),
  ]),
  // R-2.8: the decision rules' kinds of record have their pages under this one.
  { text: 'Decision making', segment: 'decision-making', below: PARTNERSHIP_RECORD_KINDS.filter((kind) => kind.area === 'decision-making').map((kind) => kind.segment) },
  // R-A1.3, R-2.9: objectives, their outcome indicators and measurements have their pages under this one.
  { text: 'Performance', segment: 'performance', below: PARTNERSHIP_RECORD_KINDS.filter((kind) => kind.area === 'performance').map((kind) => kind.segment) },
  { text: 'Screening', segment: 'screening' },
  { text: 'Business case', segment: 'business-case' },
  { text: 'Governance', segment: 'governance' },
  { text: 'Documents', segment: 'documents' },
  { text: 'Compliance', segment: 'compliance' },
  // the termination provisions and the exit strategy have their pages under this one.
  { text: 'Exit', segment: 'exit', below: PARTNERSHIP_RECORD_KINDS.filter((kind) => kind.area === 'exit').map((kind) => kind.segment) },
  { text: 'Lifecycle', segment: 'lifecycle' },
  { text: 'History', segment: 'history' },
];

/** The sub-navigation of partnership `id`, as seen from `path` (the address without its query). */
export function partnershipNav(id: string, path: string): PartnershipNavItem[] {
  const home = `/partnerships/${id}`;
  return AREAS.map(({ text, segment, below: kinds = [] }) => {
    const href = segment ? `${home}/${segment}` : home;
    // The Summary is current only on itself: every other page is below its address (or its kinds' addresses).
    const below = segment !== '' && [href, ...kinds.map((k) => `${home}/${k}`)].some((h) => path.startsWith(`${h}/`) || (h !== href && path === h));
    return { text, href, current: path === href ? 'page' : below ? 'true' : null };
  });
}
