// Errors a use case raises for the user to put right. The web layer shows them at the field named.
export class UserFacingError extends Error {
  readonly field: string | null;
  constructor(message: string, field: string | null = null) {
    super(message);
    this.field = field;
  }
}

export class NotFoundError extends Error {}

/** Several problems with what was submitted, each at its field. */
export class ValidationError extends Error {
  readonly problems: ReadonlyArray<{ field: string; message: string }>;
  constructor(problems: ReadonlyArray<{ field: string; message: string }>) {
    super(problems.map((p) => p.message).join('; '));
    this.problems = problems;
  }
}
