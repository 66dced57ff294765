// A risk matrix as the page and PUT /api/v1/risk-matrix give it: the shape only. Whether it is a
// usable matrix (3 to 6 named levels, bands covering every score once, intervals by band) is the domain's
// matrixProblems, which says each problem in words; the bounds here only keep nonsense out.
import { z } from 'zod';
import { MAX_SCALE } from '../../domain/risk/matrix.ts';

const HIGHEST = MAX_SCALE * MAX_SCALE;
const name = (what: string) => z.string({ error: `Each ${what} is a name` }).max(60, { error: `Name each ${what} in 60 characters or fewer` });

export const riskMatrixSchema = z.strictObject({
  likelihood: z.array(name('level of likelihood'), { error: 'The likelihood scale is a list of names, lowest first' }).max(12).meta({ description: 'R-2.6.8: the likelihood scale’s levels, lowest (1) first: 3 to 6 of them.' }),
  impact: z.array(name('level of impact'), { error: 'The impact scale is a list of names, lowest first' }).max(12).meta({ description: 'R-2.6.8: the impact scale’s levels, lowest (1) first: 3 to 6 of them.' }),
  bands: z
    .array(
      z.strictObject({
        name: name('band'),
        from: z.int().min(1).max(HIGHEST).meta({ description: 'The lowest score in the band.' }),
        to: z.int().min(1).max(HIGHEST).meta({ description: 'The highest score in the band.' }),
        reviewMonths: z.int().min(1).max(12).meta({ description: 'R-2.6.8: a risk in the band is reviewed this many months after its last review, 1 to 12; a higher band at least as often as the one below.' }),
      }),
      { error: 'The bands are a list, lowest scores first' },
    )
    .max(12)
    .meta({ description: 'Lowest scores first; together they cover every score from 1 to likelihood × impact, without a gap or an overlap.' }),
});

export type RiskMatrixInput = z.infer<typeof riskMatrixSchema>;
