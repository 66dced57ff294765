// One schema for an organisation's details: the organisation form maps its fields onto it, and the
// JSON API will validate bodies with it. Field names are those of OrganisationDetails.
import { z } from 'zod';
import { normaliseCharityNumber, normaliseCompanyNumber } from '../../domain/register/identifiers.ts';
import { SECTORS } from '../../domain/register/vocabulary.ts';
import { optionalText, text } from '../../app/schemas/fields.ts';

export const COMPANY_NUMBER_MESSAGE = 'Enter a Companies House number in the correct format, like 01234567 or SC123456';
export const CHARITY_NUMBER_MESSAGE = 'Enter a charity number in the correct format, like 1123456, 1123456-1, SC012345 or NIC100002';
export const WEBSITE_MESSAGE = 'Enter a website address in the correct format, like https://www.example.org.uk';
export const EMAIL_MESSAGE = 'Enter an email address in the correct format, like name@example.org.uk';
export const PHONE_MESSAGE = 'Enter a telephone number, like 01632 960 001 or +44 808 157 0192';

/** An optional field may be left out of a JSON body, be null, or be blank: each means "not recorded". */
export function orNull<T extends z.ZodType>(schema: T) {
  return schema.optional().transform((v) => (v ?? null) as Exclude<z.output<T>, undefined> | null);
}

/** A registration number, checked for shape and stored as Companies House or the regulator writes it. */
function registrationNumber(normalise: (input: string) => string | null, message: string) {
  return orNull(
    z
      .string({ error: message })
      .trim()
      .max(20, message)
      .transform((value, ctx) => {
        if (value === '') return null;
        const normalised = normalise(value);
        if (normalised === null) ctx.addIssue({ code: 'custom', message });
        return normalised;
      })
      .nullable(),
  );
}

/** A public website: http or https, with a host name. A bare "www.example.org" gets https:// in front. */
export function website() {
  return orNull(
    z
      .string({ error: WEBSITE_MESSAGE })
      .trim()
      .max(500, 'Website must be 500 characters or fewer')
      .transform((value, ctx) => {
        if (value === '') return null;
        const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`;
        const url = URL.canParse(withScheme) ? new URL(withScheme) : null;
        const ok =
          url !== null &&
          (url.protocol === 'http:' || url.protocol === 'https:') &&
          /^[a-z0-9.-]+\.[a-z0-9-]{2,}$/i.test(url.hostname) &&
          url.username === '' &&
          url.password === '' &&
          !/\s/.test(value);
        if (!ok) ctx.addIssue({ code: 'custom', message: WEBSITE_MESSAGE });
        return ok ? withScheme : null;
      })
      .nullable(),
  );
}

export function optionalEmail(message = EMAIL_MESSAGE) {
  return orNull(
    z
      .string({ error: message })
      .trim()
      .max(254, 'Email address must be 254 characters or fewer')
      .refine((v) => v === '' || z.email().safeParse(v).success, { message })
      .transform((v) => (v === '' ? null : v))
      .nullable(),
  );
}

/** Digits, spaces, + and brackets; between 5 and 20 digits. */
export function optionalPhone() {
  return orNull(
    z
      .string({ error: PHONE_MESSAGE })
      .trim()
      .max(30, 'Telephone number must be 30 characters or fewer')
      .refine((v) => v === '' || (/^[0-9 +()]+$/.test(v) && /^\+?[^+]*$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 5 && (v.match(/\d/g)?.length ?? 0) <= 20), {
        message: PHONE_MESSAGE,
      })
      .transform((v) => (v === '' ? null : v.replace(/\s+/g, ' ')))
      .nullable(),
  );
}

export const organisationSchema = z
  .object({
    name: text({ missing: 'Enter the organisation’s name', label: 'Name', max: 200 }),
    sector: z.enum(SECTORS, { error: 'Select the organisation’s sector' }),
    isThisCouncil: z.boolean({ error: 'Select yes if this organisation is the council itself' }),
    companyNumber: registrationNumber(normaliseCompanyNumber, COMPANY_NUMBER_MESSAGE),
    charityNumber: registrationNumber(normaliseCharityNumber, CHARITY_NUMBER_MESSAGE),
    address: orNull(optionalText({ label: 'Address', max: 1000, multiline: true })),
    website: website(),
    contactName: orNull(optionalText({ label: 'Main contact’s name', max: 200 })),
    contactEmail: optionalEmail(),
    contactPhone: optionalPhone(),
  })
  .strict();

export type OrganisationInput = z.infer<typeof organisationSchema>;
