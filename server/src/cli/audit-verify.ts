import { auditService } from '../audit/audit.service.js';
import { loadConfig } from '../config.js';
import { connect } from '../db/connect.js';

/** npm run audit:verify: walk the hash chain; print OK with the count, or the first broken row. */
const config = loadConfig();
// Beside a running server, its database; otherwise the embedded one is started for the check.
const conn = await connect(config, () => undefined, { shareRunning: true });
let code = 0;
try {
  const result = await auditService.verify(conn.db);
  if (result.ok) console.log(`OK: ${result.count} audit events, hash chain intact.`);
  else {
    const b = result.firstBroken!;
    console.log(`BROKEN at audit event seq ${b.seq} (${b.reason}); ${result.count} events before it are intact.`);
    code = 2;
  }
} finally {
  await conn.close();
}
process.exit(code);
