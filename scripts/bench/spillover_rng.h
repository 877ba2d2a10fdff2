/* The random streams of spillover's Monte Carlo engine, for the C peers that reproduce it:
 * run r of seed S uses xoshiro256** (Blackman & Vigna) filled from SplitMix64 seeded with
 * S ^ SplitMix64(r · 0xD1B54A32D192ED03), as Sources/SpilloverKit/Diffusion/RandomSource.swift. */
#ifndef SPILLOVER_RNG_H
#define SPILLOVER_RNG_H
#include <stdint.h>

static uint64_t splitmix(uint64_t *s) {
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}
static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
typedef struct { uint64_t s[4]; } rng_t;
static inline uint64_t next(rng_t *r) {
    uint64_t *s = r->s, result = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 45);
    return result;
}
static rng_t stream(uint64_t seed, uint64_t run) {
    uint64_t m = run * 0xD1B54A32D192ED03ULL, x = seed ^ splitmix(&m);
    rng_t r;
    for (int i = 0; i < 4; i++) r.s[i] = splitmix(&x);
    return r;
}
#endif
