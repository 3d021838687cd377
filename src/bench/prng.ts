// mulberry32: a tiny, fast, seedable PRNG, so generated archives (the benchmark's, the tests') are the same
// on every machine and run. https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
export function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
