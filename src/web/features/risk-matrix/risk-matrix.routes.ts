// The council's risk matrix (R-2.6.8, decision 87): its page, for administrators and internal audit (the
// scales, the bands with their colours and review intervals, and every change to it), and its form, for
// administrators, through the one form pipeline. A saved matrix takes effect at once: every risk's band and
// next review, What's due and the compliance checks follow it on the next request, on every app server.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { riskMatrixAndSource } from '../../../app/queries/risk-register.queries.ts';
import { changeRiskMatrix } from '../../../app/risk-matrix.service.ts';
import { can } from '../../../domain/access/roles.ts';
import { matrixProblems, maxScore, type RiskMatrix } from '../../../domain/risk/matrix.ts';
import { requestContext } from '../../context.ts';
import { errorView, formInput } from '../../forms/form.ts';
import { showForm, submitForm, type FormPage } from '../../forms/pipeline.ts';
import { historyView } from '../organisations/history.ts';
import { bandsView } from '../performance/heat-map.ts';
import { BAND_PARTS, bandBox, bandRows, boxOf, levelBox, matrixToForm, readMatrixForm, SCALES, type MatrixForm } from './risk-matrix.form.ts';
import { riskMatrixDescriber } from './risk-matrix.words.ts';

export const RISK_MATRIX_PATH = '/admin/risk-matrix';

/** The form's boxes, with what was typed and the error at each. */
function formView(typed: MatrixForm, errors: Readonly<Record<string, { text: string }>>) {
  const box = (id: string) => ({ id, value: typed[id] ?? '', error: errors[id] ?? null });
  return {
    scales: SCALES.map((scale) => ({ scale, levels: Array.from({ length: 6 }, (_, i) => ({ n: i + 1, ...box(levelBox(scale, i + 1)) })) })),
    bands: Array.from({ length: bandRows(typed) }, (_, i) => ({ n: i + 1, parts: Object.fromEntries(BAND_PARTS.map((p) => [p, box(bandBox(i + 1, p))])) })),
  };
}

export function riskMatrixRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const form = (request: FastifyRequest): FormPage<MatrixForm, RiskMatrix, RiskMatrix> => ({
      read: (body) => formInput(body),
      parse: (typed) => {
        const read = readMatrixForm(typed);
        if (!read.ok) return read;
        // The matrix's own rules, each at the first box of the part it concerns.
        const problems = matrixProblems(read.matrix);
        return problems.length ? { ok: false, errors: problems.map((p) => ({ field: boxOf(p.field), message: p.message })) } : { ok: true, value: read.matrix };
      },
      render: (reply, typed, errors) => {
        const view = errorView(errors);
        return reply.view('risk-matrix/form', { title: 'Change the risk matrix', backLink: RISK_MATRIX_PATH, action: RISK_MATRIX_PATH, ...view, ...formView(typed, view.errors) });
      },
      command: (matrix) => changeRiskMatrix(deps, requestContext(request), matrix),
      fieldOf: (problem) => boxOf(problem.field),
      done: (saved) => ({ flash: `The risk matrix has been changed: ${saved.likelihood.length} × ${saved.impact.length}, ${saved.bands.length} bands`, to: RISK_MATRIX_PATH }),
    });

    app.get(RISK_MATRIX_PATH, { config: { access: 'configuration.view' } }, async (request, reply) => {
      const [{ matrix, own }, history] = await Promise.all([riskMatrixAndSource(deps), historyView(deps.database, 'risk-matrix', 'council', riskMatrixDescriber)]);
      return reply.view('risk-matrix/show', {
        title: 'Risk matrix',
        own,
        size: `${matrix.likelihood.length} × ${matrix.impact.length}`,
        highest: maxScore(matrix),
        likelihood: matrix.likelihood.map((name, i) => ({ n: i + 1, name })),
        impact: matrix.impact.map((name, i) => ({ n: i + 1, name })),
        bands: bandsView(matrix),
        history,
        canChange: can(request.user!.role, 'risk-matrix.manage'),
        changeHref: `${RISK_MATRIX_PATH}/edit`,
      });
    });

    app.get(`${RISK_MATRIX_PATH}/edit`, { config: { access: 'risk-matrix.manage' } }, async (request, reply) => showForm(reply, form(request), matrixToForm((await riskMatrixAndSource(deps)).matrix)));

    app.post(RISK_MATRIX_PATH, { config: { access: 'risk-matrix.manage' } }, async (request, reply) => submitForm(request, reply, form(request)));
  };
}
