/** The migrated database every test file starts from. */
export const TEMPLATE_DB = 'xinfang_template';
