// The example council's partner organisations: a fictional borough, Brackenford, in a fictional county,
// Wealdshire. Contact details use the reserved .example domain and Ofcom's drama telephone numbers
// (01632 960000–960999), so nothing here reaches a real person or organisation.
import type { Sector } from '../../domain/register/vocabulary.ts';

export interface DemoOrganisation {
  key: string;
  name: string;
  sector: Sector;
  companyNumber?: string;
  charityNumber?: string;
  address?: string;
  website?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  // Public sector: councils, blue-light services and national agencies
  { key: 'county', name: 'Wealdshire County Council', sector: 'public', address: 'County Hall, Castle Street, Wealdbury WD1 1AA', website: 'https://www.wealdshire.example', contactName: 'Partnerships team', contactEmail: 'partnerships@wealdshire.example', contactPhone: '01632 960101' },
  { key: 'thornleigh', name: 'Thornleigh District Council', sector: 'public', address: 'Council Offices, Market Place, Thornleigh TH4 2BB', website: 'https://www.thornleigh.example', contactName: 'Democratic services', contactEmail: 'democratic.services@thornleigh.example', contactPhone: '01632 960102' },
  { key: 'ashcombe', name: 'Ashcombe District Council', sector: 'public', address: 'Ashcombe House, Station Road, Ashcombe AC2 7CC', website: 'https://www.ashcombe.example', contactName: 'Chief executive’s office', contactEmail: 'ceo@ashcombe.example', contactPhone: '01632 960103' },
  { key: 'police', name: 'Wealdshire Police', sector: 'public', address: 'Police Headquarters, Ridgeway, Wealdbury WD3 4DD', website: 'https://www.wealdshire.police.example', contactName: 'Brackenford Neighbourhood Policing Team', contactEmail: 'brackenford.npt@wealdshire.police.example', contactPhone: '01632 960104' },
  { key: 'pcc', name: 'Office of the Police and Crime Commissioner for Wealdshire', sector: 'public', address: 'Ridgeway House, Wealdbury WD3 4DE', website: 'https://www.wealdshire-pcc.example', contactEmail: 'opcc@wealdshire-pcc.example', contactPhone: '01632 960105' },
  { key: 'fire', name: 'Wealdshire Fire and Rescue Service', sector: 'public', address: 'Fire Service Headquarters, Brigade Way, Wealdbury WD2 5EE', website: 'https://www.wealdshire-fire.example', contactName: 'Community risk reduction', contactEmail: 'prevention@wealdshire-fire.example', contactPhone: '01632 960106' },
  { key: 'probation', name: 'Wealdshire Probation Delivery Unit', sector: 'public', address: 'Probation Office, 14 Bridge Street, Brackenford BK1 3FF', contactEmail: 'wealdshire.pdu@probation.example', contactPhone: '01632 960107' },
  { key: 'jobcentre', name: 'Jobcentre Plus Brackenford', sector: 'public', address: '2 Victoria Road, Brackenford BK1 4GG', contactName: 'Employer and partnership manager', contactEmail: 'brackenford.partnerships@dwp.example', contactPhone: '01632 960108' },
  { key: 'environment-agency', name: 'Environment Agency (Wealdshire area)', sector: 'public', address: 'Riverside Offices, Wealdbury WD5 6HH', contactEmail: 'wealdshire@environment-agency.example', contactPhone: '01632 960109' },
  { key: 'latco', name: 'Brackenford Commercial Services Ltd', sector: 'public', companyNumber: '09876543', address: 'Brackenford Town Hall, High Street, Brackenford BK1 1AA', website: 'https://www.brackenford-commercial.example', contactName: 'Managing director', contactEmail: 'info@brackenford-commercial.example', contactPhone: '01632 960110' },

  // Health
  { key: 'icb', name: 'NHS Wealdshire Integrated Care Board', sector: 'health', address: 'Wealdbury Business Park, Wealdbury WD6 7JJ', website: 'https://www.wealdshire-icb.example', contactName: 'Place director for Brackenford', contactEmail: 'brackenford.place@wealdshire-icb.example', contactPhone: '01632 960111' },
  { key: 'hospital', name: 'Brackenford Hospitals NHS Foundation Trust', sector: 'health', address: 'Brackenford General Hospital, Hospital Lane, Brackenford BK3 8KK', website: 'https://www.brackenford-hospitals.example', contactEmail: 'communications@brackenford-hospitals.example', contactPhone: '01632 960112' },
  { key: 'mental-health', name: 'Wealdshire Mental Health NHS Trust', sector: 'health', address: 'Oakwood House, Wealdbury WD7 9LL', contactEmail: 'partnerships@wealdshire-mh.example', contactPhone: '01632 960113' },
  { key: 'gp-federation', name: 'Brackenford GP Federation', sector: 'health', companyNumber: '10234567', address: 'Unit 4, Mill Yard, Brackenford BK2 1MM', contactEmail: 'admin@brackenford-gpfed.example', contactPhone: '01632 960114' },
  { key: 'healthwatch', name: 'Healthwatch Brackenford', sector: 'health', companyNumber: '08765432', address: '21 Church Street, Brackenford BK1 2NN', contactEmail: 'enquiries@healthwatch-brackenford.example', contactPhone: '01632 960115' },

  // Education
  { key: 'university', name: 'University of Brackenford', sector: 'education', address: 'Chancellor’s Building, University Road, Brackenford BK4 1PP', website: 'https://www.brackenford-university.example', contactName: 'Civic engagement office', contactEmail: 'civic@brackenford-university.example', contactPhone: '01632 960116' },
  { key: 'college', name: 'Brackenford College', sector: 'education', address: 'Fenwick Road, Brackenford BK2 5QQ', website: 'https://www.brackenford-college.example', contactEmail: 'employers@brackenford-college.example', contactPhone: '01632 960117' },
  { key: 'schools', name: 'Brackenford Schools Alliance', sector: 'education', address: 'c/o Riverside Primary School, Quay Road, Brackenford BK1 6RR', contactEmail: 'alliance@brackenford-schools.example', contactPhone: '01632 960118' },

  // Voluntary, community and social enterprise
  { key: 'cvs', name: 'Brackenford Council for Voluntary Service', sector: 'vcse', charityNumber: '1098765', companyNumber: '04567890', address: 'The Volunteer Centre, 8 Granary Lane, Brackenford BK1 7SS', website: 'https://www.brackenford-cvs.example', contactName: 'Chief officer', contactEmail: 'info@brackenford-cvs.example', contactPhone: '01632 960119' },
  { key: 'housing', name: 'Weald Valley Housing Association', sector: 'vcse', companyNumber: 'RS007654', address: 'Valley House, 40 Kings Road, Brackenford BK3 2TT', website: 'https://www.wealdvalleyhousing.example', contactName: 'Director of communities', contactEmail: 'communities@wealdvalleyhousing.example', contactPhone: '01632 960120' },
  { key: 'citizens-advice', name: 'Citizens Advice Brackenford', sector: 'vcse', charityNumber: '1076543', address: '3 Corn Exchange, Brackenford BK1 8UU', contactEmail: 'advice@ca-brackenford.example', contactPhone: '01632 960121' },
  { key: 'foodbank', name: 'Brackenford Foodbank', sector: 'vcse', charityNumber: '1154321', address: 'St Mark’s Church Hall, Brackenford BK2 9VV', contactEmail: 'hello@brackenford-foodbank.example', contactPhone: '01632 960122' },
  { key: 'age-uk', name: 'Age Concern Brackenford', sector: 'vcse', charityNumber: '1034567', address: '12 Abbey Walk, Brackenford BK1 9WW', contactEmail: 'info@ageconcern-brackenford.example', contactPhone: '01632 960123' },
  { key: 'leisure-trust', name: 'Active Brackenford Leisure Trust', sector: 'vcse', charityNumber: '1123456', companyNumber: '06543210', address: 'Brackenford Leisure Centre, Park Avenue, Brackenford BK4 3XX', website: 'https://www.active-brackenford.example', contactEmail: 'partnerships@active-brackenford.example', contactPhone: '01632 960124' },
  { key: 'youth-trust', name: 'Brackenford Youth Trust', sector: 'vcse', charityNumber: '1187654', address: 'The Hub, 5 Foundry Street, Brackenford BK2 4YY', contactEmail: 'team@brackenford-youth.example', contactPhone: '01632 960125' },
  { key: 'shelter-project', name: 'Brackenford Night Shelter', sector: 'vcse', charityNumber: '1165432', address: '27 Wharf Road, Brackenford BK1 5ZZ', contactEmail: 'shelter@brackenford-nightshelter.example', contactPhone: '01632 960126' },

  // Private sector
  { key: 'chamber', name: 'Wealdshire Chamber of Commerce', sector: 'private', companyNumber: '02345678', address: 'Enterprise House, Wealdbury WD1 3AB', website: 'https://www.wealdshire-chamber.example', contactName: 'Policy manager', contactEmail: 'policy@wealdshire-chamber.example', contactPhone: '01632 960127' },
  { key: 'waste-contractor', name: 'Greenline Environmental Services Ltd', sector: 'private', companyNumber: '03456789', address: 'Greenline Depot, Canal Road, Wealdbury WD8 2CD', contactName: 'Contract manager (Wealdshire)', contactEmail: 'wealdshire.contract@greenline.example', contactPhone: '01632 960128' },
  { key: 'developer', name: 'Riverside Developments plc', sector: 'private', companyNumber: '05678901', address: '1 Riverside Quay, Brackenford BK1 2EF', contactName: 'Regeneration director', contactEmail: 'regeneration@riverside-developments.example', contactPhone: '01632 960129' },
  { key: 'grounds', name: 'Evergreen Grounds Care Ltd', sector: 'private', companyNumber: '07890123', address: 'Unit 9, Thornleigh Trading Estate, Thornleigh TH4 6GH', contactEmail: 'contracts@evergreen-grounds.example', contactPhone: '01632 960130' },
  { key: 'broadband', name: 'Fibrewave Networks Ltd', sector: 'private', companyNumber: '11223344', address: '6 Digital Way, Wealdbury WD4 1JK', contactEmail: 'community@fibrewave.example', contactPhone: '01632 960131' },

  // Other: social enterprises and community bodies of their own kind
  { key: 'bid', name: 'Brackenford Town Centre BID CIC', sector: 'other', companyNumber: '12345678', address: '18 High Street, Brackenford BK1 1BD', website: 'https://www.lovebrackenford.example', contactName: 'BID manager', contactEmail: 'manager@lovebrackenford.example', contactPhone: '01632 960132' },
  { key: 'energy-cic', name: 'Brackenford Community Energy CIC', sector: 'other', companyNumber: '13579246', address: 'The Old Mill, Mill Lane, Brackenford BK2 8LM', contactEmail: 'members@brackenford-energy.example', contactPhone: '01632 960133' },
  { key: 'faith-forum', name: 'Brackenford Faith and Community Forum', sector: 'other', address: 'c/o Brackenford Minster, Minster Yard, Brackenford BK1 3NP', contactEmail: 'secretary@brackenford-faiths.example', contactPhone: '01632 960134' },
];
