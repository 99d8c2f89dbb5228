// The domain vocabulary (docs/GLOSSARY.md): one definition per enumeration, label map, limit and pure rule, read by
// the server, the web and the tests alike. Adding a value to an enumeration fails to compile wherever a label or
// handler for it is missing.
export * from './petition.js';
export * from './events.js';
