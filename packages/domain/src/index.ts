// The domain vocabulary (docs/GLOSSARY.md): one definition per enumeration, label map, limit and pure rule, read by
// the server, the web and the tests alike. Adding a value to an enumeration fails to compile wherever a label or
// handler for it is missing.
export * from './access.js';
export * from './deadlines.js';
export * from './decision-check.js';
export * from './dispute.js';
export * from './duty.js';
export * from './due.js';
export * from './events.js';
export * from './identity.js';
export * from './numerals.js';
export * from './org.js';
export * from './password.js';
export * from './petition.js';
export * from './reception.js';
export * from './stats.js';
export * from './time.js';
export * from './workflow.js';
