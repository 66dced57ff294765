// The example council's corporate priorities, from its (fictional) Council Plan.
export interface DemoPriority {
  key: string;
  title: string;
  description: string;
}

export const DEMO_PRIORITIES: readonly DemoPriority[] = [
  { key: 'safe', title: 'A safe, clean and green borough', description: 'Lower crime and antisocial behaviour, clean streets and well-kept parks and open spaces.' },
  { key: 'economy', title: 'A thriving town centre and local economy', description: 'More good jobs, a busy town centre and residents with the skills employers need.' },
  { key: 'health', title: 'Healthy, independent lives', description: 'People live longer, healthier lives and stay independent at home for longer; the gap between the healthiest and least healthy wards narrows.' },
  { key: 'homes', title: 'Good homes for everyone', description: 'More affordable homes, fewer households in temporary accommodation and no one sleeping rough.' },
  { key: 'climate', title: 'Net zero by 2040', description: 'The council’s own emissions at net zero by 2030 and the borough’s by 2040.' },
  { key: 'council', title: 'A well-run council that gives value for money', description: 'Balanced budgets, shared services where they save money, and services that are easy to use online.' },
];
