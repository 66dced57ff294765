// When the entering assessment and business case may not be changed. While it awaits approval the
// decision-making body is considering it as it was submitted (R-APPROVE): a change then would have it
// approve something it never read, so it is held until it is decided or sent back. A withdrawn
// partnership's record is kept as it was (decision 24). At every other status it may be changed: after
// approval it stays the record of why the council entered, updated as the partnership learns.
import type { Status } from '../register/vocabulary.ts';

export interface BusinessCaseHold {
  /** Why it cannot be changed now, in words the page and the API show as they are. */
  reason: string;
  clause: string;
  /** What would let it be changed again: the lifecycle's send-back, or nothing. */
  release: 'send-back' | null;
}

export function businessCaseHold(status: Status): BusinessCaseHold | null {
  if (status === 'awaiting-approval') {
    return {
      reason: 'This business case is awaiting approval: the decision-making body is considering it as it was submitted, so it cannot be changed. To change it, send it back to the business case on the Lifecycle page first.',
      clause: 'R-APPROVE',
      release: 'send-back',
    };
  }
  if (status === 'withdrawn') {
    return { reason: 'This partnership has been withdrawn: its record is kept as it was, and its business case cannot be changed.', clause: 'decision 24', release: null };
  }
  return null;
}
