// Errors a use case raises for the user to put right. The web layer shows them at the field named.
export class UserFacingError extends Error {
  readonly field: string | null;
  constructor(message: string, field: string | null = null) {
    super(message);
    this.field = field;
  }
}

export class NotFoundError extends Error {}
