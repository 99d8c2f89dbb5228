/** MurmurHash3's finaliser: a cheap, well-mixed 32-bit hash; with a seed xor-ed in, independent hash functions. */
export function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
