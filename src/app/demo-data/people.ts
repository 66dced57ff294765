// The example council's officers and councillors, and a few partners' people. Every name is invented;
// email addresses use the reserved .example domain. None is linked to a user account.
import type { CouncilRole } from '../../domain/register/records.ts';

export interface DemoPerson {
  key: string;
  name: string;
  jobTitle: string;
  /** An organisation's key from organisations.ts, or 'council' for the council itself. */
  organisation: string;
  councilRole?: CouncilRole;
  email?: string;
}

const officer = (key: string, name: string, jobTitle: string, email: string): DemoPerson => ({ key, name, jobTitle, organisation: 'council', councilRole: 'officer', email });
const councillor = (key: string, name: string, jobTitle: string, email: string): DemoPerson => ({ key, name, jobTitle, organisation: 'council', councilRole: 'councillor', email });

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  // Council officers
  officer('chief-executive', 'Helen Marsh', 'Chief Executive', 'helen.marsh@brackenford.example'),
  officer('director-place', 'David Okafor', 'Director of Place', 'david.okafor@brackenford.example'),
  officer('director-people', 'Sarah Lindqvist', 'Director of Adult Social Care and Health', 'sarah.lindqvist@brackenford.example'),
  officer('director-children', 'Marcus Bennett', 'Director of Children’s Services', 'marcus.bennett@brackenford.example'),
  officer('s151', 'Priya Raman', 'Director of Finance (Section 151 Officer)', 'priya.raman@brackenford.example'),
  officer('monitoring-officer', 'Gareth Howells', 'Head of Legal and Democratic Services (Monitoring Officer)', 'gareth.howells@brackenford.example'),
  officer('community-safety', 'Joanne Whitfield', 'Head of Community Safety', 'joanne.whitfield@brackenford.example'),
  officer('waste', 'Tom Ashworth', 'Head of Waste and Street Scene', 'tom.ashworth@brackenford.example'),
  officer('economy', 'Aisha Mensah', 'Head of Economic Development and Regeneration', 'aisha.mensah@brackenford.example'),
  officer('housing', 'Liam O’Connor', 'Head of Housing Options', 'liam.oconnor@brackenford.example'),
  officer('public-health', 'Dr Fiona Grant', 'Consultant in Public Health', 'fiona.grant@brackenford.example'),
  officer('communities', 'Nadia Hussain', 'Voluntary Sector and Communities Manager', 'nadia.hussain@brackenford.example'),
  officer('climate', 'Ben Carter', 'Climate Change Programme Manager', 'ben.carter@brackenford.example'),
  officer('emergency-planning', 'Rachel Dunn', 'Emergency Planning and Resilience Manager', 'rachel.dunn@brackenford.example'),
  officer('building-control', 'Steve Patel', 'Building Control Manager', 'steve.patel@brackenford.example'),
  officer('digital', 'Hannah Price', 'Head of Digital and Customer Services', 'hannah.price@brackenford.example'),

  // Councillors
  councillor('leader', 'Cllr Margaret Ellis', 'Leader of the Council', 'cllr.margaret.ellis@brackenford.example'),
  councillor('deputy-leader', 'Cllr James Adeyemi', 'Deputy Leader; Cabinet Member for Finance and Resources', 'cllr.james.adeyemi@brackenford.example'),
  councillor('cabinet-safety', 'Cllr Rosa Martinez', 'Cabinet Member for Communities and Community Safety', 'cllr.rosa.martinez@brackenford.example'),
  councillor('cabinet-environment', 'Cllr Peter Holloway', 'Cabinet Member for Environment and Climate', 'cllr.peter.holloway@brackenford.example'),
  councillor('cabinet-health', 'Cllr Anjali Kapoor', 'Cabinet Member for Adult Social Care and Health', 'cllr.anjali.kapoor@brackenford.example'),
  councillor('cabinet-economy', 'Cllr Daniel Fraser', 'Cabinet Member for Economy and Town Centre', 'cllr.daniel.fraser@brackenford.example'),
  councillor('cabinet-housing', 'Cllr Chloe Barnes', 'Cabinet Member for Housing', 'cllr.chloe.barnes@brackenford.example'),
  councillor('scrutiny-chair', 'Cllr Graham Whitaker', 'Chair of Overview and Scrutiny Committee', 'cllr.graham.whitaker@brackenford.example'),

  // Partners' people
  { key: 'police-superintendent', name: 'Supt Kevin Doyle', jobTitle: 'Brackenford Local Policing Commander', organisation: 'police', email: 'kevin.doyle@wealdshire.police.example' },
  { key: 'fire-station-manager', name: 'Louise Harper', jobTitle: 'Group Manager, Prevention and Protection', organisation: 'fire', email: 'louise.harper@wealdshire-fire.example' },
  { key: 'icb-place-director', name: 'Dr Samuel Osei', jobTitle: 'Place Director for Brackenford', organisation: 'icb', email: 'samuel.osei@wealdshire-icb.example' },
  { key: 'cvs-chief-officer', name: 'Bridget Kelly', jobTitle: 'Chief Officer', organisation: 'cvs', email: 'bridget.kelly@brackenford-cvs.example' },
  { key: 'bid-manager', name: 'Oliver Grant', jobTitle: 'BID Manager', organisation: 'bid', email: 'oliver.grant@lovebrackenford.example' },
  { key: 'county-waste', name: 'Yvonne Clarke', jobTitle: 'Head of Waste Disposal', organisation: 'county', email: 'yvonne.clarke@wealdshire.example' },
  { key: 'thornleigh-legal', name: 'Andrew Spencer', jobTitle: 'Head of Shared Legal Services', organisation: 'thornleigh', email: 'andrew.spencer@thornleigh.example' },
  { key: 'housing-director', name: 'Meera Shah', jobTitle: 'Director of Communities', organisation: 'housing', email: 'meera.shah@wealdvalleyhousing.example' },
];
