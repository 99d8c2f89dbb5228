import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, projectRoot } from './config.js';

const base = { DATA_DIR: '/tmp/xinfang-config-test', SESSION_SECRET: 's'.repeat(40) };

describe('config', () => {
  it('has working defaults and resolves relative paths from the project root', () => {
    const c = loadConfig({ SESSION_SECRET: base.SESSION_SECRET });
    expect(c).toMatchObject({ port: 3000, env: 'development', demoData: true, databaseUrl: undefined });
    expect(c.dataDir).toBe(`${projectRoot}/data`);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ ...base, PORT: 'abc', DATABASE_URL: 'mysql://x', SESSION_SECRET: 'short', NODE_ENV: 'staging' });
      throw new Error('should have failed');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const key of ['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'NODE_ENV']) expect(problems).toContain(key);
    }
  });

  it('turns demo data off in production unless asked for', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).demoData).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'production', DEMO_DATA: 'true' }).demoData).toBe(true);
  });

  it('generates a session secret under DATA_DIR once and keeps it', () => {
    const dir = `/tmp/xinfang-config-secret-${process.pid}`;
    const a = loadConfig({ DATA_DIR: dir }).sessionSecret;
    expect(a.length).toBeGreaterThanOrEqual(48);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(a);
  });
});
