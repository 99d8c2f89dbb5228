// Nothing here is used by another feature: only the composition (app.ts) wires this one.
export {};
