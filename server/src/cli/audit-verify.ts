import { checkpointStore } from '../audit/audit.checkpoints.js';
import { auditService, type AnchorProblem } from '../audit/audit.service.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';

/**
 * npm run audit:verify: walk the hash chain and compare it with the server's signed checkpoints (it writes none
 * itself); print OK with the count, or every problem found. Exit code 2 when anything is wrong.
 */
const config = loadConfig();
const store = checkpointStore(config.dataDir, config.auditCheckpointKey);

const explain: Record<AnchorProblem['reason'], (p: AnchorProblem) => string> = {
  checkpoint_hash_mismatch: (p) =>
    `audit event seq ${p.seq} differs from the checkpoint of ${p.at}: it or an event before it was rewritten.`,
  chain_shorter_than_checkpoint: (p) =>
    `the checkpoint of ${p.at} saw audit events up to seq ${p.seq}, which are gone: events were deleted.`,
  checkpoint_row_missing: (p) => `audit event seq ${p.seq}, seen by the checkpoint of ${p.at}, is missing.`,
  checkpoint_invalid: (p) => `line ${p.line} of ${store.file} is not a validly signed checkpoint (forged or damaged).`,
  checkpoint_sequence_broken: (p) => `line ${p.line} of ${store.file} does not follow the line before it: a checkpoint was removed.`,
  checkpoints_missing: () =>
    `no checkpoint file at ${store.file}, yet the audit trail is older than ten minutes (start the server to write one).`,
  checkpoint_key_missing: () => `checkpoints exist but their key (AUDIT_CHECKPOINT_KEY or ${store.keyFile}) is missing.`,
};

// Beside a running server, its database; otherwise the embedded one is started for the check.
const conn = await connect(config, () => undefined, { shareRunning: true });
let code = 0;
try {
  const result = await auditService.verify(conn.db, store);
  const { anchor } = result;
  if (result.firstBroken) {
    const b = result.firstBroken;
    console.log(`BROKEN at audit event seq ${b.seq} (${b.reason}); ${result.count} events before it are intact.`);
  } else console.log(`OK: ${result.count} audit events, hash chain intact.`);
  for (const p of anchor.problems) console.log(`CHECKPOINT: ${explain[p.reason](p)}`);
  if (anchor.latest) {
    console.log(
      `Checkpoints: ${anchor.checked} checked; the latest (${anchor.latest.at}) covers events up to seq ${anchor.latest.seq}; ${anchor.uncovered} after it are covered by the hash chain only.`,
    );
  } else if (!anchor.problems.length) console.log('Checkpoints: none yet; the server writes one every five minutes and when it stops.');
  if (!result.ok) code = 2;
} finally {
  await conn.close();
}
process.exit(code);
