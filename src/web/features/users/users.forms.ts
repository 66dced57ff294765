import { z } from 'zod';
import { ROLES } from '../../../domain/access/roles.ts';
import { choice, email, password, text } from '../../../app/schemas/fields.ts';

const details = {
  name: text({ missing: 'Enter the user’s full name', label: 'Full name', max: 200 }),
  email: email({ missing: 'Enter the user’s email address' }),
  role: choice(ROLES, { missing: 'Select a role' }),
};

export const newUserForm = z.object({ ...details, password: password({ missing: 'Enter a password for the user' }) });

export const editUserForm = z.object({
  ...details,
  active: z.enum(['yes', 'no'], { error: 'Select whether the user can sign in' }).transform((v) => v === 'yes'),
});

export const setPasswordForm = z
  .object({
    password: password({ missing: 'Enter a new password' }),
    confirmPassword: z.string({ error: 'Enter the new password again' }).min(1, 'Enter the new password again'),
  })
  .refine((v) => v.password === v.confirmPassword, { message: 'The passwords do not match', path: ['confirmPassword'] });
