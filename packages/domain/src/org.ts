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
/** Kind names as clerks write them (the bodies' import file takes these too). */
export const ORG_KIND_ZH: Record<OrgKind, string> = {
  bureau: '信访部门',
  department: '职能部门',
  government: '人民政府',
  township: '乡镇街道',
  village: '村居',
  court: '人民法院',
  procuratorate: '人民检察院',
  discipline: '纪检监察机关',
  arbitration: '仲裁机构',
  reconsideration: '行政复议机关',
};

/** Bodies of these kinds are statutory routes, not petition handlers: petitions are not sent there. */
export const ROUTE_ONLY_KINDS: readonly OrgKind[] = ['court', 'procuratorate', 'arbitration', 'reconsideration'];
