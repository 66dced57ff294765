import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeReturnTo } from '../../src/web/features/sign-in/return-to.ts';

describe('safeReturnTo: only a path on this site (no open redirect)', () => {
  const cases: Array<[string, unknown, string]> = [
    ['the home page', '/', '/'],
    ['a page', '/users', '/users'],
    ['a page with a query', '/users?page=2&q=ada', '/users?page=2&q=ada'],
    ['a page with a fragment', '/audit#event-7', '/audit#event-7'],
    ['encoded characters are left as they are', '/users/a%2Fb', '/users/a%2Fb'],
    ['a path with a backslash later on', '/a\\b', '/a\\b'],
    ['a protocol-relative URL', '//evil.example', '/'],
    ['a protocol-relative URL with a path', '//evil.example/users', '/'],
    ['a backslash the browser reads as a slash', '/\\evil.example', '/'],
    ['a backslash then a slash', '/\\/evil.example', '/'],
    ['an absolute https URL', 'https://evil.example/', '/'],
    ['an absolute http URL', 'http://evil.example', '/'],
    ['a javascript: URL', 'javascript:alert(1)', '/'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>', '/'],
    ['a relative path', 'users', '/'],
    ['a backslash alone at the start', '\\\\evil.example', '/'],
    ['a tab after the slash (browsers strip it: //evil)', '/\t/evil.example', '/'],
    ['a new line after the slash', '/\n/evil.example', '/'],
    ['a carriage return', '/users\r\nSet-Cookie: x=1', '/'],
    ['NUL', '/users\u0000', '/'],
    ['DEL', '/users\u007F', '/'],
    ['empty', '', '/'],
    ['a space before the slash', ' /users', '/'],
    ['too long', `/${'a'.repeat(2000)}`, '/'],
    ['just long enough', `/${'a'.repeat(1999)}`, `/${'a'.repeat(1999)}`],
    ['not a string: an array', ['/users'], '/'],
    ['not a string: undefined', undefined, '/'],
    ['not a string: a number', 42, '/'],
    ['not a string: an object', { toString: () => '/users' }, '/'],
  ];
  for (const [name, value, expected] of cases) {
    it(`${name} → ${expected.length > 40 ? `${expected.slice(0, 40)}…` : expected}`, () => assert.equal(safeReturnTo(value), expected));
  }

  it('whatever it returns is resolved on this site by a browser', () => {
    const hostile = ['//evil.example', '/\\evil.example', '/\t/evil.example', 'https://evil.example', '\\/evil.example', '/%5C/evil'];
    for (const value of hostile) {
      const target = new URL(safeReturnTo(value), 'https://accord.example.gov.uk/sign-in');
      assert.equal(target.host, 'accord.example.gov.uk', value);
    }
  });
});
