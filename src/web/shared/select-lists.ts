// The items of GOV.UK radios and selects, built one way everywhere: a vocabulary's values with their
// labels, and the register's organisations and users by name.
import type { Organisation } from '../../domain/register/records.ts';

/** Radios for a vocabulary, the chosen one checked, each with its hint when there are hints. */
export function radioItems<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>, checked: string | null | undefined, hints?: Readonly<Record<K, string>>) {
  return keys.map((value) => ({ value, text: labels[value], checked: value === checked, ...(hints ? { hint: { text: hints[value] } } : {}) }));
}

/** A select for a vocabulary, led by a blank choice ("Any sector"), the chosen one selected. */
export function selectItems<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>, selected: string | null | undefined, blank: string) {
  return [{ value: '', text: blank }, ...keys.map((value) => ({ value, text: labels[value], selected: value === selected }))];
}

/** A select of organisations by name, the council marked as such. */
export function organisationItems(organisations: ReadonlyArray<Pick<Organisation, 'id' | 'name' | 'isThisCouncil'>>, selected: string | null | undefined, blank: string) {
  return [
    { value: '', text: blank },
    ...organisations.map((o) => ({ value: o.id, text: o.name + (o.isThisCouncil ? ' (this council)' : ''), selected: o.id === selected })),
  ];
}

/** A select of user accounts: name and email, a deactivated one said to be. */
export function userItems(users: ReadonlyArray<{ id: string; name: string; email: string; active: boolean }>, selected: string | null | undefined, blank: string) {
  return [
    { value: '', text: blank },
    ...users.map((u) => ({ value: u.id, text: `${u.name} (${u.email})${u.active ? '' : ', deactivated'}`, selected: u.id === selected })),
  ];
}
