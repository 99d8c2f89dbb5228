export function OrgsPage() { return null; }
