// One form pipeline for every page form: read what was typed, parse it, re-render with 400 and the
// GOV.UK error summary when refused, run the command, then a banner and a 303 to the page it made or
// changed. A page describes its form (a FormPage); the order of the steps, the status codes and how a
// use case's refusal reaches the form live here only, so no page can get one of them wrong.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UserFacingError, ValidationError } from '../../app/errors.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { setFlash } from '../plugins/flash.ts';
import type { FieldError } from './form.ts';

export type Parsed<V> = { ok: true; value: V } | { ok: false; errors: FieldError[] };

/** What the form led to: a banner and the page to go to; or, for a secret shown only once, a page in answer. */
export type Done = { flash: string; to: string } | { view: string; data: Record<string, unknown> };

export interface FormPage<T, V, S> {
  /** What was typed, kept to re-render the form exactly as it was sent. */
  read(body: unknown): T;
  /** The schema, and the register's rules beside it (besideSchemaErrors): every problem in one round. */
  parse(typed: T): Parsed<V> | Promise<Parsed<V>>;
  /** The form, with what was typed and the errors (none when first shown). */
  render(reply: FastifyReply, typed: T, errors: readonly FieldError[]): FastifyReply | Promise<FastifyReply>;
  /** The use case. A ValidationError or UserFacingError it throws is shown on the form (400). */
  command(value: V): Promise<S>;
  /** The form field a use case's problem is shown at; by default the field it names ('' when it names none). */
  fieldOf?(problem: Problem, typed: T): string;
  done(saved: S): Done;
  /** A button other than saving (its `action` value), such as "Add another partner": the changed form, nothing saved; null: not such a button. */
  alternate?(action: string, typed: T): T | null;
}

/** The form as first shown: what it starts with, no errors. */
export async function showForm<T>(reply: FastifyReply, page: Pick<FormPage<T, unknown, unknown>, 'render'>, typed: T): Promise<FastifyReply> {
  return page.render(reply, typed, []);
}

function actionOf(body: unknown): string | null {
  const action = body && typeof body === 'object' ? (body as Record<string, unknown>).action : undefined;
  return typeof action === 'string' ? action : null;
}

/** The use case's refusal as problems at fields, or null for any other error (which is not the form's to show). */
function refusal(error: unknown): readonly Problem[] | null {
  if (error instanceof ValidationError) return error.problems;
  if (error instanceof UserFacingError) return [{ field: error.field ?? '', message: error.message }];
  return null;
}

export async function submitForm<T, V, S>(request: FastifyRequest, reply: FastifyReply, page: FormPage<T, V, S>): Promise<FastifyReply> {
  const typed = page.read(request.body);
  const action = page.alternate ? actionOf(request.body) : null;
  const changed = action === null ? null : page.alternate!(action, typed);
  if (changed !== null) return page.render(reply, changed, []);

  const parsed = await page.parse(typed);
  if (!parsed.ok) return page.render(reply.code(400), typed, parsed.errors);

  let saved: S;
  try {
    saved = await page.command(parsed.value);
  } catch (error) {
    const problems = refusal(error);
    if (!problems) throw error;
    const fieldOf = page.fieldOf ?? ((p: Problem) => p.field);
    return page.render(reply.code(400), typed, problems.map((p) => ({ field: fieldOf(p, typed), message: p.message })));
  }

  const done = page.done(saved);
  if ('view' in done) return reply.view(done.view, done.data);
  setFlash(reply, done.flash);
  return reply.redirect(done.to, 303);
}
