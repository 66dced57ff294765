// Errors the web layer turns into pages (or problem+json on the API).
export class HttpError extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, message: string) {
    super(message);
    this.statusCode = statusCode;
  }
}

export class ForbiddenError extends HttpError {
  constructor() {
    super(403, 'You do not have permission to do this');
  }
}

export class SignInRequiredError extends HttpError {
  constructor() {
    super(401, 'Sign in to continue');
  }
}

export class PageNotFoundError extends HttpError {
  constructor() {
    super(404, 'Page not found');
  }
}
