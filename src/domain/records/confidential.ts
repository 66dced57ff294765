// Field-level confidentiality, in one place (issue 10; ): a record's description marks which of its
// fields are confidential, the record says whether they are confidential for it (a sensitive interest), and
// this withholds them for a reader who may not see them. Every read of such a record, for a page, a
// download, the API or an audit event, goes through it, and a test searches all of them for canary values.

/** The names of the fields a description marks confidential. */
export function confidentialFields(fields: Readonly<Record<string, { confidential?: true }>>): string[] {
  return Object.entries(fields).flatMap(([name, f]) => (f.confidential ? [name] : []));
}

/** The record with its confidential fields emptied (null) and `withheld` true; as it is for a reader who may see it. */
export function withholdConfidential<R extends object>(record: R, confidential: readonly string[], mayRead: boolean): R & { withheld: boolean } {
  if (mayRead || confidential.length === 0) return { ...record, withheld: false };
  return { ...record, ...Object.fromEntries(confidential.filter((f) => f in record).map((f) => [f, null])), withheld: true };
}
