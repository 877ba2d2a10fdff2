/* A plain C loop doing the same independent cascade as spillover's Swift engine, for the
 * throughput comparison of issue 5: the same CSR layout (firms numbered by first appearance
 * in the edge list, rows sorted by neighbour), the same per-run xoshiro256** streams seeded
 * from (seed, run), the same 53-bit Bernoulli thresholds and epoch-stamped marks. With the
 * same seeds in the same order it reproduces the Swift spreads exactly.
 *
 *   gcc -O2 -o /tmp/bench-cascade scripts/bench-cascade.c -lm
 *   /tmp/bench-cascade EDGES.csv P RUNS SEED ID1,ID2,...
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "bench/spillover_rng.h"

static int cmp_int(const void *a, const void *b) { return *(const int32_t *)a - *(const int32_t *)b; }

int main(int argc, char **argv) {
    if (argc < 6) { fprintf(stderr, "usage: %s EDGES.csv P RUNS SEED IDS\n", argv[0]); return 64; }
    double p = atof(argv[2]);
    long runs = atol(argv[3]);
    uint64_t seed = strtoull(argv[4], 0, 10);
    FILE *f = fopen(argv[1], "r");
    if (!f) { perror(argv[1]); return 66; }
    char line[256];
    fgets(line, sizeof line, f); /* header */
    size_t cap = 1 << 20, m = 0;
    long *a = malloc(cap * sizeof *a), *b = malloc(cap * sizeof *b), maxid = 0;
    while (fgets(line, sizeof line, f)) {
        if (m == cap) { cap *= 2; a = realloc(a, cap * sizeof *a); b = realloc(b, cap * sizeof *b); }
        if (sscanf(line, "%ld,%ld", &a[m], &b[m]) == 2) {
            if (a[m] > maxid) maxid = a[m];
            if (b[m] > maxid) maxid = b[m];
            m++;
        }
    }
    fclose(f);
    /* Number firms by first appearance, as the Swift reader does. */
    int32_t *index = malloc((maxid + 1) * sizeof *index), n = 0;
    long *idOf = malloc((maxid + 1) * sizeof *idOf);
    for (long i = 0; i <= maxid; i++) index[i] = -1;
    for (size_t e = 0; e < m; e++) {
        if (index[a[e]] < 0) { idOf[n] = a[e]; index[a[e]] = n++; }
        if (index[b[e]] < 0) { idOf[n] = b[e]; index[b[e]] = n++; }
    }
    long *off = calloc(n + 1, sizeof *off);
    for (size_t e = 0; e < m; e++) { off[index[a[e]] + 1]++; off[index[b[e]] + 1]++; }
    for (int v = 0; v < n; v++) off[v + 1] += off[v];
    int32_t *nb = malloc(2 * m * sizeof *nb);
    long *cur = malloc(n * sizeof *cur);
    memcpy(cur, off, n * sizeof *cur);
    for (size_t e = 0; e < m; e++) {
        int32_t u = index[a[e]], v = index[b[e]];
        nb[cur[u]++] = v; nb[cur[v]++] = u;
    }
    for (int v = 0; v < n; v++) qsort(nb + off[v], off[v + 1] - off[v], sizeof *nb, cmp_int);
    uint64_t thr = p <= 0 ? 0 : p >= 1 ? (1ULL << 53) : (uint64_t)__builtin_ceil(p * 9007199254740992.0);
    uint64_t *th = malloc(2 * m * sizeof *th); /* per-entry thresholds, as in Swift */
    for (size_t i = 0; i < 2 * m; i++) th[i] = thr;
    int32_t seeds[1024], ns = 0;
    for (char *tok = strtok(argv[5], ","); tok && ns < 1024; tok = strtok(0, ",")) seeds[ns++] = index[atol(tok)];

    uint32_t *mark = calloc(n, sizeof *mark), epoch = 0;
    int32_t *order = malloc(n * sizeof *order), *step = malloc(n * sizeof *step);
    long examined = 0;
    double total = 0;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (long r = 0; r < runs; r++) {
        rng_t g = stream(seed, (uint64_t)r);
        epoch++;
        long count = 0, head = 0;
        for (int k = 0; k < ns; k++) { mark[seeds[k]] = epoch; step[seeds[k]] = 0; order[count++] = seeds[k]; }
        while (head < count) {
            int32_t u = order[head++], nx = step[u] + 1;
            for (long i = off[u]; i < off[u + 1]; i++) {
                int32_t v = nb[i];
                if (mark[v] != epoch) {
                    examined++;
                    if ((next(&g) >> 11) < th[i]) { mark[v] = epoch; step[v] = nx; order[count++] = v; }
                }
            }
        }
        total += count;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) * 1e-9;
    printf("C: n=%d ties=%zu runs=%ld mean spread=%.6f examinations=%ld time=%.3f s throughput=%.3g examinations/s\n",
           n, m, runs, total / runs, examined, secs, examined / secs);
    return 0;
}
