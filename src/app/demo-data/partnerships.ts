// The example council's partnerships: every legal form in the protocol's Appendix 1.2 and most of the
// lifecycle, as a borough council would really have them. Dates are years from the year the demo is
// loaded, so the register looks current whenever it is tried.
import type { ScreeningAnswersInput } from '../schemas/screening.schema.ts';
import type { DecisionMaker } from '../../domain/lifecycle/decisions.ts';
import type { LifecycleAction } from '../../domain/lifecycle/transitions.ts';
import type { Capacity, LegalForm, MemberStatus, PartnerRole, Rationale, Status, Wellbeing } from '../../domain/register/vocabulary.ts';

/** A date `years` from the current year, on a month and day ("04-01" is 1 April). */
export interface DemoDate {
  years: number;
  monthDay: string;
}
const on = (years: number, monthDay: string): DemoDate => ({ years, monthDay });

/** A decision as the example records it (R-APPROVE): who, when (in the past), its reference and conditions. */
export interface DemoDecision {
  maker: DecisionMaker;
  makerName?: string;
  on: DemoDate;
  /** The minute or decision reference; {year} is the year of the decision (CAB/{year}/014). */
  reference: string | null;
  conditions?: string;
  /** Why it was rejected. */
  reason?: string;
}
const decided = (maker: DecisionMaker, when: DemoDate, reference: string | null, more: Partial<DemoDecision> = {}): DemoDecision => ({ maker, on: when, reference, ...more });

export interface DemoPartnership {
  name: string;
  purpose: string;
  expectedOutcomes: string;
  rationale: Rationale[];
  wellbeing: Wellbeing[];
  legalForm: LegalForm;
  /**
   * The status the example reaches. It is registered as proposed and taken there step by step through
   * the lifecycle (pathTo), with the evidence below, as a council officer would (issue 8).
   */
  reach: Status;
  /** The decision to approve, for an example that gets to approved or beyond. */
  approval?: DemoDecision;
  /** R-2.5c: the separate approval of a contribution not within an approved budget, taken before `approval`. */
  unbudgetedApproval?: DemoDecision;
  /** The decision not to approve, with its reason. */
  rejection?: DemoDecision;
  /**
   * What each step that asks for a note records: why it is ending, and so on. Screening's (screen-in,
   * screen-out) is the screening's own note: anything else it found.
   */
  notes?: Partial<Record<LifecycleAction, string>>;
  /**
   * Screening's answers where they differ from the usual: the council and its
   * partners share responsibility for the well-being above, as independent bodies with a common goal,
   * and no exclusion applies. An example that is screened out says which exclusion.
   */
  screening?: Partial<ScreeningAnswersInput>;
  start: DemoDate | null;
  expectedEnd: DemoDate | null;
  durationDescription: string | null;
  /** The council's contribution per year in whole pounds, or null when not recorded. */
  contributionPounds: number | null;
  withinApprovedBudget: boolean | null;
  resourcesStaff: string | null;
  resourcesAssets: string | null;
  resourcesInKind: string | null;
  /** Keys of people in people.ts. */
  sponsor: string | null;
  accountable: string | null;
  /** Keys of organisations in organisations.ts, or 'council'. */
  partners: Array<{ organisation: string; role: PartnerRole; memberStatus: MemberStatus }>;
  representatives: Array<{ person: string; capacity: Capacity }>;
  /** Keys of priorities in priorities.ts, with how the partnership helps deliver each. */
  priorities: Array<{ priority: string; how: string }>;
}

const lead = (organisation: string, memberStatus: MemberStatus = 'voting') => ({ organisation, role: 'lead' as const, memberStatus });
const member = (organisation: string, memberStatus: MemberStatus = 'voting') => ({ organisation, role: 'member' as const, memberStatus });
const associate = (organisation: string, memberStatus: MemberStatus = 'non-voting') => ({ organisation, role: 'associate' as const, memberStatus });
const funder = (organisation: string, memberStatus: MemberStatus = 'non-voting') => ({ organisation, role: 'funder' as const, memberStatus });
const cllr = (person: string) => ({ person, capacity: 'councillor' as const });
const off = (person: string) => ({ person, capacity: 'officer' as const });

export const DEMO_PARTNERSHIPS: readonly DemoPartnership[] = [
  {
    name: 'Brackenford Community Safety Partnership',
    purpose: 'The statutory community safety partnership for the borough under the Crime and Disorder Act 1998: the responsible authorities agree a strategic assessment each year and work together to reduce crime, antisocial behaviour, reoffending and substance misuse.',
    expectedOutcomes: 'Fewer victims of antisocial behaviour and violence in the town centre; reoffending among young adults below the county average; a domestic abuse service residents know how to reach.',
    rationale: ['statutory-requirement', 'cross-cutting-issues', 'coordinated-services'],
    wellbeing: ['social'],
    legalForm: 'informal',
    reach: 'operating',
    approval: decided('cabinet', on(-13, '02-11'), 'CAB/{year}/014', { conditions: 'The council’s share of the partnership plan is met from the community safety budget.' }),
    notes: { 'screen-in': 'A statutory partnership (Crime and Disorder Act 1998): the council, police, fire, probation and health share responsibility for community safety.' },
    start: on(-12, '04-01'),
    expectedEnd: null,
    durationDescription: 'Standing statutory partnership; the partnership plan is refreshed every three years.',
    contributionPounds: 48_500,
    withinApprovedBudget: true,
    resourcesStaff: 'Head of Community Safety (0.5 FTE) and a community safety officer (1 FTE) support the partnership.',
    resourcesAssets: 'Town centre CCTV control room, shared with the police.',
    resourcesInKind: 'Meeting rooms at the Town Hall.',
    sponsor: 'director-place',
    accountable: 'community-safety',
    partners: [lead('council'), member('police'), member('fire'), member('probation'), member('icb'), member('pcc', 'non-voting'), associate('housing'), associate('cvs', 'observer')],
    representatives: [cllr('cabinet-safety'), off('community-safety'), off('director-place')],
    priorities: [{ priority: 'safe', how: 'Delivers the community safety plan: hotspot patrols, the town centre night-time economy scheme and the domestic abuse hub.' }],
  },
  {
    name: 'Wealdshire Joint Waste Committee',
    purpose: 'A joint committee of the county council and the three collection authorities that plans waste collection and disposal together and lets one joint contract for recycling collections.',
    expectedOutcomes: 'Household recycling rate above 55%; one joint collection contract that costs less than three separate ones; residual waste per household down 10% in five years.',
    rationale: ['maximise-funds', 'reduce-silo-working', 'coordinated-services'],
    wellbeing: ['environmental', 'economic'],
    legalForm: 'joint-committee',
    reach: 'operating',
    approval: decided('full-council', on(-9, '12-09'), 'FC/{year}/062', { conditions: 'The joint committee’s terms of reference are agreed by each authority before the contract is let.' }),
    notes: { 'screen-in': 'The county and three collection authorities share the duty to collect and dispose of waste; a joint committee takes decisions for all four.' },
    start: on(-8, '04-01'),
    expectedEnd: on(3, '03-31'),
    durationDescription: 'Ten years, to the end of the joint collection contract, with a review at seven.',
    contributionPounds: 1_240_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Head of Waste and Street Scene attends; the county hosts the joint waste team.',
    resourcesAssets: 'Brackenford depot leased to the joint contract.',
    resourcesInKind: null,
    sponsor: 'director-place',
    accountable: 'waste',
    partners: [lead('county'), member('council'), member('thornleigh'), member('ashcombe'), associate('waste-contractor', 'observer'), associate('environment-agency', 'observer')],
    representatives: [cllr('cabinet-environment'), off('waste')],
    priorities: [
      { priority: 'safe', how: 'Reliable weekly collections and fewer missed bins keep streets clean.' },
      { priority: 'climate', how: 'Food waste collections and a higher recycling rate cut landfill methane.' },
    ],
  },
  {
    name: 'Wealdshire Shared Legal Service',
    purpose: 'Legal services for three councils from one team hosted by Thornleigh District Council, under arrangements for the discharge of functions by another authority (Local Government Act 1972, section 101).',
    expectedOutcomes: 'Legal costs per council down 15%; fewer external barristers’ fees; a resilient team that can cover specialist work.',
    rationale: ['maximise-funds', 'too-large-alone'],
    wellbeing: ['economic'],
    legalForm: 'delegation-of-functions',
    reach: 'operating',
    approval: decided('cabinet', on(-6, '03-16'), 'CAB/{year}/027', { conditions: 'A review of the cost-sharing formula after two years.' }),
    notes: { 'screen-in': 'Three councils share one legal service and its costs, with a shared board that decides its work plan.' },
    start: on(-5, '07-01'),
    expectedEnd: on(2, '06-30'),
    durationDescription: 'Seven years, renewable by agreement of all three councils.',
    contributionPounds: 612_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Nine legal staff transferred to Thornleigh District Council under TUPE.',
    resourcesAssets: 'Case management system licences transferred.',
    resourcesInKind: null,
    sponsor: 's151',
    accountable: 'monitoring-officer',
    partners: [lead('thornleigh'), member('council'), member('ashcombe')],
    representatives: [cllr('deputy-leader'), off('monitoring-officer')],
    priorities: [{ priority: 'council', how: 'Saves about £110,000 a year against the council’s former in-house legal team.' }],
  },
  {
    name: 'Brackenford Commercial Services Ltd',
    purpose: 'The council’s wholly owned trading company, providing facilities management, pest control and building cleaning to the council and, at a profit, to schools and businesses.',
    expectedOutcomes: 'A dividend to the council of £150,000 a year by year three; local jobs paid the real Living Wage; services to the council at or below their former cost.',
    rationale: ['maximise-funds'],
    wellbeing: ['economic'],
    legalForm: 'latco',
    reach: 'operating',
    approval: decided('cabinet', on(-5, '11-14'), 'CAB/{year}/088', { conditions: 'The shareholder agreement reserves the business plan and new borrowing to Cabinet.' }),
    notes: { 'screen-in': 'A company wholly owned by the council, trading with it and with others: the protocol applies to its governance.' },
    start: on(-4, '04-01'),
    expectedEnd: null,
    durationDescription: 'A going concern; the business plan is approved by the shareholder committee each year.',
    contributionPounds: 250_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Sixty-two staff transferred from the council; the Director of Finance sits on the board.',
    resourcesAssets: 'Vehicles and equipment leased from the council.',
    resourcesInKind: 'Payroll and HR bought back from the council.',
    sponsor: 'director-place',
    accountable: 's151',
    partners: [lead('council'), member('latco')],
    representatives: [cllr('deputy-leader'), off('s151')],
    priorities: [{ priority: 'council', how: 'Trading surplus returned to the council as a dividend.' }],
  },
  {
    name: 'Brackenford Health and Wellbeing Board',
    purpose: 'The statutory health and wellbeing board: assesses the borough’s health needs (the joint strategic needs assessment), agrees the joint health and wellbeing strategy and oversees the Better Care Fund.',
    expectedOutcomes: 'Healthy life expectancy up two years in the three most deprived wards; fewer delayed hospital discharges; childhood obesity back to the national average.',
    rationale: ['statutory-requirement', 'coordinated-services', 'cross-cutting-issues'],
    wellbeing: ['social', 'economic'],
    legalForm: 'informal',
    reach: 'operating',
    approval: decided('full-council', on(-12, '02-23'), 'FC/{year}/019'),
    notes: { 'screen-in': 'A statutory board (Health and Social Care Act 2012): the council and the NHS share responsibility for the joint health and wellbeing strategy.' },
    start: on(-11, '04-01'),
    expectedEnd: null,
    durationDescription: 'Standing statutory board.',
    contributionPounds: 3_850_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Consultant in Public Health and a policy officer (0.5 FTE) support the board.',
    resourcesAssets: null,
    resourcesInKind: 'Council Chamber for meetings held in public.',
    sponsor: 'director-people',
    accountable: 'public-health',
    partners: [lead('council'), member('icb'), member('hospital'), member('mental-health'), member('gp-federation'), member('healthwatch'), member('police', 'non-voting'), associate('cvs', 'non-voting'), associate('housing', 'observer')],
    representatives: [cllr('leader'), cllr('cabinet-health'), off('director-people'), off('director-children'), off('public-health')],
    priorities: [{ priority: 'health', how: 'Agrees and monitors the joint health and wellbeing strategy and the Better Care Fund plan.' }],
  },
  {
    name: 'Brackenford Town Centre Business Improvement Partnership',
    purpose: 'The council and the town centre business improvement district company work together on a cleaner, safer and busier town centre, funded by the BID levy and council match funding.',
    expectedOutcomes: 'Footfall up 8% in two years; shop vacancy rate below 10%; a programme of events that brings visitors in the evenings.',
    rationale: ['maximise-funds', 'coordinated-services'],
    wellbeing: ['economic', 'social'],
    legalForm: 'community-interest-company',
    reach: 'operating',
    approval: decided('cabinet-member', on(-3, '12-05'), 'CMD/{year}/041', { makerName: 'Cabinet Member for Economy and Regeneration' }),
    notes: { 'screen-in': 'Businesses in the town centre and the council share responsibility for its economic well-being, through a business plan both fund.' },
    start: on(-2, '04-01'),
    expectedEnd: on(3, '03-31'),
    durationDescription: 'The BID’s five-year term, to the next ballot.',
    contributionPounds: 75_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Town centre manager (1 FTE) seconded to the BID.',
    resourcesAssets: 'Market square and event licences.',
    resourcesInKind: 'Levy collection by the council’s business rates team.',
    sponsor: 'director-place',
    accountable: 'economy',
    partners: [lead('bid'), member('council'), member('chamber'), associate('police', 'observer')],
    representatives: [cllr('cabinet-economy'), off('economy')],
    priorities: [{ priority: 'economy', how: 'Events, marketing and town centre rangers bring people back to the high street.' }],
  },
  {
    name: 'Brackenford Voluntary Sector Compact',
    purpose: 'An agreement between the council, the NHS and the voluntary and community sector on how they work together: consulting early, funding fairly and sharing information.',
    expectedOutcomes: 'Twelve weeks’ notice of any change to grant funding; three-year grants for core services; the sector consulted on every major strategy.',
    rationale: ['reduce-silo-working', 'cross-cutting-issues'],
    wellbeing: ['social'],
    legalForm: 'informal',
    reach: 'operating',
    approval: decided('officer-delegation', on(-9, '07-21'), 'ODN/{year}/112', { conditions: 'No money changes hands; the compact is reviewed with the voluntary sector every three years.' }),
    notes: { 'screen-in': 'The council and the voluntary sector agree shared principles for working together for the borough’s social well-being.' },
    start: on(-9, '10-01'),
    expectedEnd: null,
    durationDescription: 'Reviewed every three years at the compact conference.',
    contributionPounds: 0,
    withinApprovedBudget: true,
    resourcesStaff: 'Voluntary Sector and Communities Manager (0.2 FTE).',
    resourcesAssets: null,
    resourcesInKind: null,
    sponsor: 'chief-executive',
    accountable: 'communities',
    partners: [lead('cvs'), member('council'), member('icb'), member('citizens-advice'), member('age-uk'), member('youth-trust'), member('foodbank'), member('faith-forum', 'non-voting')],
    representatives: [cllr('cabinet-safety'), off('communities')],
    priorities: [
      { priority: 'health', how: 'Voluntary groups reach residents the council and NHS do not.' },
      { priority: 'council', how: 'Fair, predictable funding gets more from every pound of grant.' },
    ],
  },
  {
    name: 'Riverside Quarter Regeneration Joint Venture',
    purpose: 'A 50:50 limited liability partnership with a private developer to regenerate the former gasworks and riverside car parks: 600 homes, a new library and workspace.',
    expectedOutcomes: '600 homes, 30% of them affordable; 400 jobs in construction and 250 permanent; a capital receipt for the council’s land.',
    rationale: ['too-large-alone', 'maximise-funds'],
    wellbeing: ['economic', 'social', 'environmental'],
    legalForm: 'corporate-joint-venture',
    reach: 'business-case',
    notes: { 'screen-in': 'A joint venture with a developer to regenerate council land: the council and its partner share the risks and the returns.' },
    start: on(1, '04-01'),
    expectedEnd: on(16, '03-31'),
    durationDescription: 'Fifteen years, in three phases.',
    contributionPounds: 350_000,
    withinApprovedBudget: false,
    resourcesStaff: 'Regeneration team (2 FTE) and legal support.',
    resourcesAssets: 'Council land at Riverside (4.2 hectares) to be transferred to the LLP at market value.',
    resourcesInKind: null,
    sponsor: 'director-place',
    accountable: 'economy',
    partners: [lead('council'), member('developer'), associate('housing', 'observer'), associate('environment-agency', 'observer')],
    representatives: [cllr('leader'), cllr('cabinet-economy'), off('director-place'), off('s151')],
    priorities: [
      { priority: 'homes', how: '180 affordable homes over three phases.' },
      { priority: 'economy', how: 'Workspace for small businesses and construction apprenticeships.' },
    ],
  },
  {
    name: 'Wealdshire Building Control Partnership',
    purpose: 'Building control for Brackenford, Ashcombe and Thornleigh delivered by one team, with the council as host authority exercising the others’ functions.',
    expectedOutcomes: 'Applications decided within five weeks; a team large enough to keep registered building inspectors after the Building Safety Act changes.',
    rationale: ['too-large-alone', 'maximise-funds'],
    wellbeing: ['economic', 'social'],
    legalForm: 'delegation-of-functions',
    reach: 'setting-up',
    approval: decided('cabinet', on(-1, '06-18'), 'CAB/{year}/052', { conditions: 'The partnership agreement is signed by each council before the service transfers.' }),
    notes: { 'screen-in': 'Two councils propose to share one building control service, its staff and its costs.' },
    start: on(0, '10-01'),
    expectedEnd: on(5, '09-30'),
    durationDescription: 'Five years, then renewable.',
    contributionPounds: 95_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Building Control Manager leads the joint team; four surveyors transfer in.',
    resourcesAssets: 'Office space at the Town Hall.',
    resourcesInKind: null,
    sponsor: 'director-place',
    accountable: 'building-control',
    partners: [lead('council'), member('ashcombe'), member('thornleigh')],
    representatives: [off('building-control')],
    priorities: [{ priority: 'council', how: 'Shared overheads and a resilient specialist team.' }],
  },
  {
    name: 'Brackenford Leisure Partnership',
    purpose: 'The leisure trust runs the council’s two leisure centres and outdoor pitches under a contract in which the council sets the strategy, prices for residents on low incomes and the health programme.',
    expectedOutcomes: 'Half a million visits a year; exercise on referral for 1,200 patients a year; the subsidy per visit down to £0.80.',
    rationale: ['coordinated-services', 'maximise-funds'],
    wellbeing: ['social', 'economic'],
    legalForm: 'contractual',
    reach: 'operating',
    approval: decided('cabinet', on(-7, '10-12'), 'CAB/{year}/079', { conditions: 'The operator’s annual service plan comes to the scrutiny committee.' }),
    notes: { 'screen-in': 'The council and a leisure trust share responsibility for the borough’s leisure centres and the health they support.' },
    start: on(-6, '04-01'),
    expectedEnd: on(4, '03-31'),
    durationDescription: 'Ten-year contract with a five-year extension option.',
    contributionPounds: 420_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Client officer (0.5 FTE).',
    resourcesAssets: 'Leisure centres leased to the trust at a peppercorn rent.',
    resourcesInKind: null,
    sponsor: 'director-people',
    accountable: 'public-health',
    partners: [lead('leisure-trust'), member('council'), associate('icb', 'non-voting'), associate('gp-federation', 'observer')],
    representatives: [cllr('cabinet-health'), off('public-health')],
    priorities: [{ priority: 'health', how: 'Exercise on referral and free swimming for children on free school meals.' }],
  },
  {
    name: 'Brackenford Community Energy',
    purpose: 'A community interest company, with the council as a founder member, that puts solar panels on schools and community buildings and shares the savings with them.',
    expectedOutcomes: '2 MW of rooftop solar in three years; £90,000 a year saved by schools and community buildings; a community benefit fund for energy advice.',
    rationale: ['maximise-funds', 'cross-cutting-issues'],
    wellbeing: ['environmental', 'economic', 'social'],
    legalForm: 'community-interest-company',
    reach: 'approved',
    unbudgetedApproval: decided('full-council', on(-1, '09-24'), 'FC/{year}/071', { conditions: 'The council’s contribution is met from the climate reserve for three years.' }),
    approval: decided('cabinet', on(-1, '10-08'), 'CAB/{year}/084'),
    notes: { 'screen-in': 'A community benefit society and the council would share the work and the returns of community-owned solar generation.' },
    start: on(1, '01-01'),
    expectedEnd: on(21, '12-31'),
    durationDescription: 'Twenty years, the life of the panels.',
    contributionPounds: 40_000,
    withinApprovedBudget: false,
    resourcesStaff: 'Climate Change Programme Manager (0.2 FTE).',
    resourcesAssets: 'Roof space on the Town Hall and two depots, licensed to the CIC.',
    resourcesInKind: 'A £150,000 start-up loan at the council’s borrowing rate (approved separately).',
    sponsor: 'director-place',
    accountable: 'climate',
    partners: [lead('energy-cic'), member('council'), member('schools'), member('university', 'non-voting'), funder('county')],
    representatives: [cllr('cabinet-environment'), off('climate')],
    priorities: [{ priority: 'climate', how: 'Cuts emissions from public buildings by about 600 tonnes of CO2 a year.' }],
  },
  {
    name: 'Brackenford Skills and Employment Partnership',
    purpose: 'Employers, colleges, the university and Jobcentre Plus plan together so residents get the skills local employers need.',
    expectedOutcomes: 'The local skills improvement plan reflected in college courses; 300 residents a year into work from the employment hub.',
    rationale: ['coordinated-services', 'reduce-silo-working', 'maximise-funds'],
    wellbeing: ['economic', 'social'],
    legalForm: 'informal',
    reach: 'screened',
    notes: { 'screen-in': 'The council, the college and employers would share responsibility for the borough’s skills and employment.' },
    start: null,
    expectedEnd: null,
    durationDescription: 'Three years initially.',
    contributionPounds: 30_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Employment and skills officer (1 FTE).',
    resourcesAssets: null,
    resourcesInKind: 'The council’s customer service centre hosts the employment hub.',
    sponsor: 'director-place',
    accountable: 'economy',
    partners: [member('council'), lead('college'), member('university'), member('chamber'), member('jobcentre'), associate('cvs', 'observer')],
    representatives: [cllr('cabinet-economy'), off('economy')],
    priorities: [{ priority: 'economy', how: 'Closes the gap between the skills residents have and those employers ask for.' }],
  },
  {
    name: 'Brackenford Homelessness Prevention Partnership',
    purpose: 'The council, the housing association, health and voluntary partners act early to stop households becoming homeless, with a shared caseload and one referral route.',
    expectedOutcomes: 'Households in temporary accommodation down a third; rough sleeping ended as far as possible; hospital discharges to no fixed address prevented.',
    rationale: ['cross-cutting-issues', 'coordinated-services', 'statutory-requirement'],
    wellbeing: ['social'],
    legalForm: 'informal',
    reach: 'proposed',
    start: null,
    expectedEnd: null,
    durationDescription: null,
    contributionPounds: 120_000,
    withinApprovedBudget: false,
    resourcesStaff: 'Two housing options officers co-located with partners.',
    resourcesAssets: null,
    resourcesInKind: null,
    sponsor: 'director-people',
    accountable: 'housing',
    partners: [lead('council'), member('housing'), member('shelter-project'), member('citizens-advice'), member('icb'), member('mental-health'), associate('probation', 'non-voting')],
    representatives: [cllr('cabinet-housing'), off('housing')],
    priorities: [
      { priority: 'homes', how: 'Prevents homelessness before a household reaches crisis.' },
      { priority: 'health', how: 'Safe discharge from hospital for people without a home.' },
    ],
  },
  {
    name: 'Parks and Open Spaces Grounds Maintenance Contract',
    purpose: 'Grounds maintenance of the council’s parks, verges and cemeteries by a contractor to the council’s specification.',
    expectedOutcomes: 'Grass cut to the specification; Green Flag status kept for the two main parks.',
    rationale: ['maximise-funds'],
    wellbeing: ['environmental'],
    legalForm: 'contractual',
    reach: 'not-applicable',
    // R-2.2(a): the council pays a contractor and does not control its strategic direction.
    screening: { exclusions: ['commissioned-service'], councilControlsThirdParty: false },
    notes: { 'screen-out': 'A contract for services let after competitive tender: the contractor shares no responsibility for well-being with the council (protocol 2.2), so it is managed as a contract.' },
    start: on(-3, '04-01'),
    expectedEnd: on(4, '03-31'),
    durationDescription: 'Seven-year service contract.',
    contributionPounds: 890_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Parks contract officer.',
    resourcesAssets: null,
    resourcesInKind: null,
    sponsor: 'director-place',
    accountable: 'waste',
    partners: [member('council'), member('grounds')],
    representatives: [off('waste')],
    priorities: [{ priority: 'safe', how: 'Well-kept parks and open spaces.' }],
  },
  {
    name: 'Digital Brackenford',
    purpose: 'Free devices, data and help for residents who cannot get online, delivered with the voluntary sector, libraries and a broadband provider.',
    expectedOutcomes: '1,500 residents helped online; 800 refurbished laptops given out.',
    rationale: ['cross-cutting-issues', 'maximise-funds'],
    wellbeing: ['social', 'economic'],
    legalForm: 'informal',
    reach: 'dissolved',
    approval: decided('cabinet-member', on(-6, '10-30'), 'CMD/{year}/063', { makerName: 'Cabinet Member for Resources' }),
    notes: {
      'screen-in': 'The council, the college and local businesses would share work to improve digital skills and connectivity in the borough.',
      'start-exit': 'The programme met its targets and its funding ended; the partners agreed to wind it up under the exit strategy.',
    },
    start: on(-5, '01-01'),
    expectedEnd: on(-2, '12-31'),
    durationDescription: 'Three years, funded by a one-off grant; dissolved on completion.',
    contributionPounds: 25_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Digital inclusion officer (1 FTE, fixed term).',
    resourcesAssets: 'Library computers and rooms.',
    resourcesInKind: null,
    sponsor: 'chief-executive',
    accountable: 'digital',
    partners: [lead('council'), member('broadband'), member('age-uk'), member('citizens-advice'), member('cvs')],
    representatives: [off('digital')],
    priorities: [{ priority: 'council', how: 'More residents able to use the council’s online services.' }],
  },
  {
    name: 'Wealdshire Joint Emergency Planning Unit',
    purpose: 'A joint committee of the county and district councils that runs one emergency planning team for the councils’ duties as Category 1 responders under the Civil Contingencies Act 2004.',
    expectedOutcomes: 'Plans tested each year; a duty officer on call at all times; one voice for the councils in the local resilience forum.',
    rationale: ['statutory-requirement', 'too-large-alone'],
    wellbeing: ['social'],
    legalForm: 'joint-committee',
    reach: 'exiting',
    approval: decided('cabinet', on(-11, '01-17'), 'CAB/{year}/006'),
    notes: {
      'screen-in': 'The councils of Wealdshire share their duties under the Civil Contingencies Act 2004 through one emergency planning unit.',
      'start-exit': 'The county council is taking the unit in house; the borough leaves the partnership under its exit provisions.',
    },
    start: on(-10, '04-01'),
    expectedEnd: on(0, '12-31'),
    durationDescription: 'The council gave notice to leave; it will run its own team from next year.',
    contributionPounds: 68_000,
    withinApprovedBudget: true,
    resourcesStaff: 'Emergency Planning and Resilience Manager attends.',
    resourcesAssets: 'Emergency control centre equipment at the Town Hall.',
    resourcesInKind: null,
    sponsor: 'chief-executive',
    accountable: 'emergency-planning',
    // The ICB, a Category 1 responder since the Health and Care Act 2022, observes.
    partners: [lead('county'), member('council'), member('thornleigh'), member('ashcombe'), associate('fire', 'observer'), associate('police', 'observer'), associate('icb', 'observer')],
    representatives: [off('emergency-planning'), cllr('cabinet-safety')],
    priorities: [{ priority: 'safe', how: 'Keeps residents safe in floods, storms and other emergencies.' }],
  },
  {
    name: 'Brackenford Lettings Ltd',
    purpose: 'A proposed council-owned lettings agency offering private landlords a managed service and the council a supply of homes for homeless households.',
    expectedOutcomes: '150 private homes under management in three years; a surplus after year four.',
    rationale: ['maximise-funds'],
    wellbeing: ['economic', 'social'],
    legalForm: 'latco',
    reach: 'rejected',
    rejection: decided('cabinet', on(-1, '03-13'), 'CAB/{year}/022', {
      reason: 'The business case did not show that the company would cover its costs within five years, and the contribution was not within an approved budget.',
    }),
    notes: { 'screen-in': 'A company the council would own, letting homes to private tenants: the protocol applies to its governance.' },
    start: null,
    expectedEnd: null,
    durationDescription: null,
    contributionPounds: 180_000,
    withinApprovedBudget: false,
    resourcesStaff: 'Three lettings staff.',
    resourcesAssets: null,
    resourcesInKind: null,
    sponsor: 'director-people',
    accountable: 'housing',
    partners: [lead('council'), member('housing')],
    representatives: [cllr('cabinet-housing'), off('housing')],
    priorities: [{ priority: 'homes', how: 'Would have increased the supply of private rented homes for homeless households.' }],
  },
];
