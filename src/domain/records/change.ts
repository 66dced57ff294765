// A change to one record of a partnership, as its rules see it: a record to add, a record changed (its
// whole value after the change; its key cannot change), or one removed. What is known of a value may be
// partial: a form or body the schema refused in part is still checked on the answers that parsed.
export type Change<I> = { kind: 'add'; value: Partial<I> } | { kind: 'change'; key: string; value: Partial<I> } | { kind: 'remove'; key: string };

/** Who adds a record (their user id; null from the command line or the demo loader), and when (ISO). */
export interface AddedBy {
  userId: string | null;
  at: string;
}
