// What every resource of the API shares: the registries its schemas are published from (requests
// as their input type, responses as their output type), ids, dates, pages and problems.
import { z } from 'zod';

export interface ComponentMeta {
  id: string;
  description: string;
}

/** Request bodies: published as what a client may send (before trimming and other transforms). */
export const requestComponents = z.registry<ComponentMeta>();
/** Response bodies: published as what Accord sends. */
export const responseComponents = z.registry<ComponentMeta>();

export function requestComponent<T extends z.ZodType>(schema: T, meta: ComponentMeta): T {
  requestComponents.add(schema, meta);
  return schema;
}

export function responseComponent<T extends z.ZodType>(schema: T, meta: ComponentMeta): T {
  responseComponents.add(schema, meta);
  return schema;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const idOut = z.string().regex(UUID);
/** A calendar date, YYYY-MM-DD. */
export const dateOut = z.iso.date();
/** A moment in UTC, ISO 8601. */
export const timeOut = z.iso.datetime();

export const fieldProblemSchema = z.object({
  field: z.string(),
  message: z.string(),
  clause: z.string().optional().meta({ description: 'The protocol clause (or decision) behind the problem, where a lifecycle step was refused: R-APPROVE, R-2.5c.' }),
  fix: z.string().optional().meta({ description: 'Where a lifecycle step was refused, the address of the page that puts it right, when one does (issue 9: the page a compliance gap names).' }),
});

export const problemSchema = responseComponent(
  z.object({
    type: z.string(),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    instance: z.string(),
    errors: z.array(fieldProblemSchema).optional(),
  }),
  {
    id: 'Problem',
    description:
      'An error, as application/problem+json (RFC 9457). errors lists each problem at its field (a dotted path such as partners.0.role, a query parameter, or body). 400: the request does not match the schema; 422: it matches, but breaks a rule of the register.',
  },
);

/** One page of a list: the items, how many match in all, and which page this is. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().min(0),
    page: z.int().min(1),
    pageSize: z.int().min(1),
  });
}
