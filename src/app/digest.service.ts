// The What's due digest: once a day, each active user linked to someone under People who has something due
// in the next week or overdue gets one email of it. Safe with several app servers: each user's digest for
// the day is claimed by inserting a row whose primary key is (user, day), in the same transaction as its
// audit event; only the server whose row went in sends. A message that cannot be sent gives its claim back
// (with an audit event saying why), so the next run tries again; nothing due, no email and no row.
import { riskMatrixOf } from '../db/repositories/risk-matrix.repo.ts';
import type { Logger } from 'pino';
import { partnershipScope, inScope } from '../domain/access/scope.ts';
import { isRole } from '../domain/access/roles.ts';
import { dueTo, whatsDue } from '../domain/due/whats-due.ts';
import { claimDigest, digestRecipients, dueFactsOf, releaseDigest } from '../db/repositories/whats-due.repo.ts';
import { command } from './command.ts';
import { SYSTEM, type AppDeps } from './deps.ts';
import { digestEmail } from './digest-email.ts';
import { londonToday } from './lifecycle.service.ts';
import type { Mailer } from './mail.ts';
import { partnershipIdsInReach } from './reach.ts';

/** How far ahead a digest looks: the week to come (the page offers longer). */
export const DIGEST_WITHIN_DAYS = 7;

export interface DigestRun {
  day: string;
  sent: number;
  /** Already sent today (by this server or another). */
  already: number;
  failed: number;
}

export async function sendDueDigests(deps: AppDeps, mailer: Mailer, logger?: Pick<Logger, 'warn'>): Promise<DigestRun> {
  const now = deps.clock.now();
  const day = londonToday(now);
  // Gathered once for the whole council; each user then gets the part in their reach that falls to them.
  const [facts, recipients, matrix] = await Promise.all([dueFactsOf(deps.database.db, { kind: 'all' }), digestRecipients(deps.database.db), riskMatrixOf(deps.database.db)]);
  const all = whatsDue(matrix, facts, day, DIGEST_WITHIN_DAYS);
  const run: DigestRun = { day, sent: 0, already: 0, failed: 0 };
  for (const r of recipients) {
    if (!isRole(r.role)) continue;
    const scope = partnershipScope({ role: r.role, partnershipIds: await partnershipIdsInReach(deps, r.userId, r.role) });
    const items = dueTo(all, r.personIds).filter((i) => inScope(scope, i.partnership.id));
    if (!items.length) continue;
    const message = digestEmail(r, items, DIGEST_WITHIN_DAYS, day, mailer.publicUrl);
    const claimed = await command(deps, SYSTEM, async (trx, audit) => {
      const mine = await claimDigest(trx, r.userId, day, now.toISOString(), items.length);
      if (mine) audit.record({ entityType: 'digest', entityId: `${r.userId}/${day}`, action: 'claimed', after: { to: r.email, day, items: items.length, subject: message.subject } });
      return mine;
    });
    if (!claimed) {
      run.already += 1;
      continue;
    }
    try {
      await mailer.send(message);
      run.sent += 1;
    } catch (error) {
      run.failed += 1;
      const reason = error instanceof Error ? error.message : String(error);
      logger?.warn({ err: error, userId: r.userId }, 'could not send a What’s due digest; it will be tried again');
      await command(deps, SYSTEM, async (trx, audit) => {
        await releaseDigest(trx, r.userId, day);
        audit.record({ entityType: 'digest', entityId: `${r.userId}/${day}`, action: 'not-sent', before: { to: r.email, day, items: items.length }, after: { reason: reason.slice(0, 500) } });
      });
    }
  }
  return run;
}

/**
 * Runs the digests every quarter of an hour from DIGEST_HOUR (London) on: the first run of the day sends,
 * later ones (on this server or another) find each claim taken. The timer keeps nothing between runs.
 */
export function scheduleDueDigests(deps: AppDeps, mailer: Mailer, hour: number, logger: Pick<Logger, 'warn' | 'info' | 'error'>, everyMs = 15 * 60_000): () => void {
  let running = false;
  const tick = async () => {
    const londonHour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(deps.clock.now()));
    if (running || londonHour < hour) return;
    running = true;
    try {
      const run = await sendDueDigests(deps, mailer, logger);
      if (run.sent || run.failed) logger.info(run, 'sent the What’s due digests');
    } catch (error) {
      logger.error({ err: error }, 'the What’s due digests failed; the next run tries again');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
