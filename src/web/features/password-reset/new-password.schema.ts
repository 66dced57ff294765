// Choosing a password through an emailed link (a reset or an invitation): typed twice, the same both times.
import { z } from 'zod';

export const newPasswordSchema = z
  .object({
    newPassword: z.string({ error: 'Enter a new password' }).min(1, 'Enter a new password').max(1024, 'Password must be 1,024 characters or fewer'),
    confirmPassword: z.string({ error: 'Confirm the new password' }).min(1, 'Confirm the new password').max(1024, 'Password must be 1,024 characters or fewer'),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: 'The passwords do not match', path: ['confirmPassword'] });
