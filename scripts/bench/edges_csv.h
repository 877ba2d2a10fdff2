/*
 * The CSV edge-list parser of the C programs in scripts/bench (load_edges.c, peers.c):
 * mmap the file, split lines on ',' (no quoting: the benchmark files have none), intern
 * source/target ids with an open-addressing hash table (FNV-1a) over an arena, parse weights
 * with strtod, intern the type column. Header-only (static functions) so that each program
 * is one `gcc -O2` line.
 */
#ifndef SPILLOVER_BENCH_EDGES_CSV_H
#define SPILLOVER_BENCH_EDGES_CSV_H
#include <igraph.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    char *arena;
    size_t arena_len, arena_cap;
    size_t *starts; /* starts[k]..starts[k+1] is id k */
    uint64_t *hashes;
    int32_t *slots;
    size_t count, cap_ids, nslots;
} interner;

static void die(const char *msg) { fprintf(stderr, "load_edges: %s\n", msg); exit(65); }

static void *xrealloc(void *p, size_t n) {
    void *q = realloc(p, n);
    if (!q) die("out of memory");
    return q;
}

static uint64_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (size_t i = 0; i < n; i++) { h ^= (unsigned char)s[i]; h *= 1099511628211ULL; }
    return h ^ (h >> 29);
}

static void interner_init(interner *t, size_t slots) {
    memset(t, 0, sizeof *t);
    t->nslots = slots;
    t->slots = malloc(slots * sizeof(int32_t));
    memset(t->slots, 0xff, slots * sizeof(int32_t));
    t->cap_ids = 1024;
    t->starts = malloc((t->cap_ids + 1) * sizeof(size_t));
    t->hashes = malloc(t->cap_ids * sizeof(uint64_t));
    t->starts[0] = 0;
}

static void interner_grow(interner *t) {
    size_t n = t->nslots * 2;
    free(t->slots);
    t->slots = malloc(n * sizeof(int32_t));
    memset(t->slots, 0xff, n * sizeof(int32_t));
    t->nslots = n;
    for (size_t k = 0; k < t->count; k++) {
        size_t s = t->hashes[k] & (n - 1);
        while (t->slots[s] >= 0) s = (s + 1) & (n - 1);
        t->slots[s] = (int32_t)k;
    }
}

static int32_t intern(interner *t, const char *s, size_t n) {
    uint64_t h = hash_bytes(s, n);
    size_t mask = t->nslots - 1, slot = h & mask;
    for (;;) {
        int32_t k = t->slots[slot];
        if (k < 0) break;
        if (t->hashes[k] == h && t->starts[k + 1] - t->starts[k] == n &&
            memcmp(t->arena + t->starts[k], s, n) == 0)
            return k;
        slot = (slot + 1) & mask;
    }
    if (t->count == t->cap_ids) {
        t->cap_ids *= 2;
        t->starts = xrealloc(t->starts, (t->cap_ids + 1) * sizeof(size_t));
        t->hashes = xrealloc(t->hashes, t->cap_ids * sizeof(uint64_t));
    }
    if (t->arena_len + n > t->arena_cap) {
        t->arena_cap = (t->arena_cap + n) * 2;
        t->arena = xrealloc(t->arena, t->arena_cap);
    }
    memcpy(t->arena + t->arena_len, s, n);
    t->arena_len += n;
    int32_t k = (int32_t)t->count++;
    t->hashes[k] = h;
    t->starts[k + 1] = t->arena_len;
    t->slots[slot] = k;
    if (t->count * 2 > t->nslots) interner_grow(t);
    return k;
}

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* An edge list read from a CSV: ends[2e], ends[2e+1] are the interned firm numbers. */
typedef struct {
    interner ids, types;
    igraph_integer_t *ends;
    double *weights;
    int32_t *type_ids;
    size_t m;
} edge_csv;

/* Reads FILE (header with source, target and optionally weight, type columns). */
static void edge_csv_read(const char *path, edge_csv *out) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) die("cannot open file");
    struct stat st;
    fstat(fd, &st);
    size_t len = (size_t)st.st_size;
    const char *buf = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (buf == MAP_FAILED) die("cannot map file");
    madvise((void *)buf, len, MADV_SEQUENTIAL);
    const char *p = buf, *end = buf + len;

    /* Header: find the columns by name. */
    int col_source = -1, col_target = -1, col_weight = -1, col_type = -1, ncols = 0;
    {
        const char *line_end = memchr(p, '\n', end - p);
        if (!line_end) die("no header");
        const char *f = p;
        while (f <= line_end) {
            const char *e = f;
            while (e < line_end && *e != ',') e++;
            size_t n = e - f;
            if (n && f[n - 1] == '\r') n--;
            if (n == 6 && !memcmp(f, "source", 6)) col_source = ncols;
            else if (n == 6 && !memcmp(f, "target", 6)) col_target = ncols;
            else if (n == 6 && !memcmp(f, "weight", 6)) col_weight = ncols;
            else if (n == 4 && !memcmp(f, "type", 4)) col_type = ncols;
            ncols++;
            f = e + 1;
        }
        p = line_end + 1;
    }
    if (col_source < 0 || col_target < 0) die("no source/target column");

    interner ids, types;
    interner_init(&ids, 1 << 16);
    interner_init(&types, 16);
    size_t cap = len / 24 + 16, m = 0;
    igraph_integer_t *ends = malloc(2 * cap * sizeof(igraph_integer_t));
    double *weights = malloc(cap * sizeof(double));
    int32_t *type_ids = malloc(cap * sizeof(int32_t));

    char num[64];
    while (p < end) {
        const char *line_end = memchr(p, '\n', end - p);
        if (!line_end) line_end = end;
        const char *le = line_end;
        if (le > p && le[-1] == '\r') le--;
        if (le == p) { p = line_end + 1; continue; }
        if (m == cap) {
            cap *= 2;
            ends = xrealloc(ends, 2 * cap * sizeof(igraph_integer_t));
            weights = xrealloc(weights, cap * sizeof(double));
            type_ids = xrealloc(type_ids, cap * sizeof(int32_t));
        }
        int c = 0;
        double w = 1;
        int32_t ty = 0, s = -1, t = -1;
        const char *f = p;
        for (;;) {
            const char *e = memchr(f, ',', le - f);
            if (!e) e = le;
            size_t n = e - f;
            if (c == col_source) s = intern(&ids, f, n);
            else if (c == col_target) t = intern(&ids, f, n);
            else if (c == col_weight) {
                if (n == 0 || n >= sizeof num) die("bad weight");
                memcpy(num, f, n);
                num[n] = 0;
                char *stop;
                w = strtod(num, &stop);
                if (*stop || !(w > 0) || w > 1.7976931348623157e308) die("bad weight");
            } else if (c == col_type) ty = intern(&types, f, n);
            c++;
            if (e == le) break;
            f = e + 1;
        }
        if (c != ncols || s < 0 || t < 0) die("ragged row");
        ends[2 * m] = s;
        ends[2 * m + 1] = t;
        weights[m] = w;
        type_ids[m] = ty;
        m++;
        p = line_end + 1;
    }

    munmap((void *)buf, len);
    close(fd);
    out->ids = ids;
    out->types = types;
    out->ends = ends;
    out->weights = weights;
    out->type_ids = type_ids;
    out->m = m;
}

/* Looks an id up without inserting it; -1 when absent. */
static inline int32_t interner_find(const interner *t, const char *s, size_t n) {
    uint64_t h = hash_bytes(s, n);
    size_t mask = t->nslots - 1, slot = h & mask;
    for (;;) {
        int32_t k = t->slots[slot];
        if (k < 0) return -1;
        if (t->hashes[k] == h && t->starts[k + 1] - t->starts[k] == n &&
            memcmp(t->arena + t->starts[k], s, n) == 0)
            return k;
        slot = (slot + 1) & mask;
    }
}
#endif
