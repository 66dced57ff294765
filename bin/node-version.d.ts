// Types for bin/node-version.js (plain JavaScript, so that old Node can parse it).
export interface Minimum {
  parts: [number, number, number];
  text: string;
}
export function minimumFrom(range: string): Minimum;
export function versionParts(version: string): [number, number, number] | null;
export function isAtLeast(version: string, minimum: Minimum): boolean;
export function tooOldMessage(version: string, minimum: Minimum): string;
export function requiredNode(): Minimum;
export function checkNodeVersion(): void;
