import type { Rating } from '@xinfang/domain';
import type { ApiAnswer, ApiBody, Schemas } from '../../../api/openapi';

/** An ALTCHA proof-of-work challenge as GET /api/public/challenge returns it. */
export type PortalChallenge = SubmitPayload['challenge'];

export type PortalSolution = SubmitPayload['solution'];

/** GET /api/public/orgs: a body of the public directory. */
export type PublicOrg = Schemas['PublicOrg'];

/** POST /api/public/petitions */
export type SubmitPayload = ApiBody<'/api/public/petitions'>;

/** What a submission answers: the query code is shown once and never again. */
export type SubmitResult = ApiAnswer<'/api/public/petitions', 'post'>;

export type PublicAttachment = ApiAnswer<'/api/public/attachments', 'post'>['attachment'];

/** An upload with the token its upload answered: only this browser has it, and a submission must show it. */
export type PublicUpload = PublicAttachment & { token: string };

/** An upload as a submission names it. */
export type UploadRef = NonNullable<SubmitPayload['attachments']>[number];

export type DecisionStage = 'handling' | 'review' | 'reexamination';
export type DecisionOutcome = 'support' | 'explain' | 'reject';
export type RatingValue = Rating;
export type RatingTarget = 'bureau' | 'handling';

export type PublicTimelineEntry = PublicPetition['timeline'][number];

export type PublicDecision = PublicPetition['decisions'][number];

export type PublicDocument = PublicPetition['documents'][number];

export type PublicRating = PublicPetition['rating'];

export type PublicReview = PublicPetition['review'];

/** What a petitioner sees of their matter: bodies, deadlines, public events, decisions; no staff names. */
export type PublicPetition = Schemas['PublicPetition'];
