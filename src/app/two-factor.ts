// The cryptography of two-factor sign-in: TOTP secrets and codes (otplib, RFC 6238), the QR code an app
// scans (qrcode, as SVG drawn in the page: no image request, no script), recovery codes, and sealing a
// secret with a key the database does not hold (AES-256-GCM, the key derived from SESSION_SECRET), so a
// stolen backup cannot make codes. Changing SESSION_SECRET therefore means setting authenticators up
// again (docs/operations.md).
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { CODE_TOLERANCE_SECONDS, RECOVERY_CODE_COUNT, formatRecoveryCode } from '../domain/accounts/two-factor.ts';

export interface SecretBox {
  seal(plain: string): string;
  /** Null when the sealed text was not sealed with this key (SESSION_SECRET changed) or was altered. */
  open(sealed: string): string | null;
}

export function secretBox(sessionSecret: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', sessionSecret, 'accord', 'two-factor secrets v1', 32));
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `v1.${iv.toString('base64url')}.${body.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
    },
    open(sealed) {
      const [version, iv, body, tag] = sealed.split('.');
      if (version !== 'v1' || !iv || !body || !tag) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

export const newTotpSecret = (): string => generateSecret();

/** The time step a code matched, or null. `afterStep`: the last one used, refused again (no replay). */
export async function checkTotp(secret: string, code: string, nowMs: number, afterStep: number | null): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: CODE_TOLERANCE_SECONDS,
    ...(afterStep !== null && { afterTimeStep: afterStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The otpauth:// address an authenticator app reads, and the QR code that carries it, as inline SVG. */
export async function enrolment(secret: string, issuer: string, account: string): Promise<{ uri: string; svg: string }> {
  const uri = generateURI({ issuer, label: account, secret });
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  // The page gives the picture its words (role and name); the library's SVG has none.
  const named = svg.replace('<svg ', '<svg role="img" aria-labelledby="qr-code-label" focusable="false" width="200" height="200" ');
  return { uri, svg: named };
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i: read off paper without doubt

/** Ten new recovery codes, as shown (xxxx-xxxx-xxxx), and their hashes, as stored. */
export function newRecoveryCodes(): { shown: string[]; hashes: string[] } {
  const raw = Array.from({ length: RECOVERY_CODE_COUNT }, () => Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
  return { shown: raw.map(formatRecoveryCode), hashes: raw.map(hashRecoveryCode) };
}

/** `raw`: 12 lowercase letters and digits, as readCode gives it. */
export function hashRecoveryCode(raw: string): string {
  return createHash('sha256').update(`accord-recovery:${raw}`).digest('hex');
}

export function hashChallengeToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
