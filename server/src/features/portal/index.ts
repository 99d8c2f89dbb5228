// What other features may use of the portal: the proof of work of a public write and its fields, and the lock-out
// of a key after wrong codes (约访 codes are guarded as query codes are).
export { createProof, type Proof, type ProofService } from './portal.proof.js';
export { proofFields } from './portal.schema.js';
export { codeGuard } from './portal.codes.js';
