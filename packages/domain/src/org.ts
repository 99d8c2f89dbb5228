/** Kinds of bodies (机构类别, docs/GLOSSARY.md). */
export const ORG_KINDS = [
  'bureau',
  'department',
  'government',
  'township',
  'village',
  'court',
  'procuratorate',
  'discipline',
  'arbitration',
  'reconsideration',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Bodies of these kinds are statutory routes, not petition handlers: petitions are not sent there. */
export const ROUTE_ONLY_KINDS: readonly OrgKind[] = ['court', 'procuratorate', 'arbitration', 'reconsideration'];
