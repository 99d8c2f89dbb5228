import type { PetitionStatus, PetitionType } from '@xinfang/domain';

/** Mirrors server/src/features/portal/portal.schema.ts (dates as ISO strings). */

/** An ALTCHA proof-of-work challenge as GET /api/public/challenge returns it. */
export interface PortalChallenge {
  parameters: Record<string, unknown>;
  signature?: string;
  [key: string]: unknown;
}

export interface PortalSolution {
  counter: number;
  derivedKey: string;
}

/** GET /api/public/orgs: a body of the public directory. */
export interface PublicOrg {
  id: number;
  name: string;
  parentName: string | null;
}

/** POST /api/public/petitions */
export interface SubmitPayload {
  challenge: PortalChallenge;
  solution: PortalSolution;
  type: PetitionType;
  title: string;
  content: string;
  placeRegionCode: string;
  placeAddress: string | null;
  accusedPerson: string | null;
  /** The accused body from the public directory; null when the petitioner is not sure. */
  accusedOrgId: number | null;
  anonymous: boolean;
  name: string | null;
  idNumber: string | null;
  phone: string | null;
  email: string | null;
  notifySms: boolean;
  notifyEmail: boolean;
  attachments: UploadRef[];
}

/** What a submission answers: the query code is shown once and never again. */
export interface SubmitResult {
  number: string;
  queryCode: string;
  /** The petition bureau that received it. */
  body: string;
  receivedAt: string;
  token: string;
}

export interface PublicAttachment {
  id: number;
  filename: string;
  mime: string;
  size: number;
}

/** An upload with the token its upload answered: only this browser has it, and a submission must show it. */
export interface PublicUpload extends PublicAttachment {
  token: string;
}

/** An upload as a submission names it. */
export interface UploadRef {
  id: number;
  token: string;
}

export type DecisionStage = 'handling' | 'review' | 'reexamination';
export type DecisionOutcome = 'support' | 'explain' | 'reject';
export type RatingValue = 'satisfied' | 'basically_satisfied' | 'dissatisfied';
export type RatingTarget = 'bureau' | 'handling';

export interface PublicTimelineEntry {
  at: string;
  kind: string;
  body: string | null;
  toBody: string | null;
  detail: Record<string, unknown>;
}

export interface PublicDecision {
  stage: DecisionStage;
  body: string;
  outcome: DecisionOutcome;
  request: string;
  facts: string;
  reasons: string;
  basis: string;
  reviewBody: string | null;
  issuedAt: string;
  deliveredOn: string | null;
}

export interface PublicDocument {
  id: number;
  kind: string;
  title: string;
  number: string;
  createdAt: string;
}

export interface PublicRating {
  state: 'not_yet' | 'awaiting' | 'rated' | 'expired';
  until: string | null;
  targets: { target: RatingTarget; body: string; rating: RatingValue | null; reasons: string | null }[];
}

export interface PublicReview {
  state: 'not_available' | 'available' | 'requested' | 'expired' | 'final';
  kind: 'review' | 'reexamination' | null;
  body: string | null;
  until: string | null;
}

/** What a petitioner sees of their matter: bodies, deadlines, public events, decisions; no staff names. */
export interface PublicPetition {
  number: string;
  title: string;
  type: PetitionType;
  receivedAt: string;
  status: PetitionStatus | string;
  body: { id: number; name: string };
  deadlines: { key: string; label: string; dueAt: string; grade: string | null }[];
  timeline: PublicTimelineEntry[];
  decisions: PublicDecision[];
  documents: PublicDocument[];
  rating: PublicRating;
  review: PublicReview;
}
