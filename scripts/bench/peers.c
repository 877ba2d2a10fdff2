/*
 * The C side of scripts/bench-peers: each workload as a careful C programmer would write it,
 * over libigraph for the igraph-backed measures (the floor for spillover's wrappers) and as
 * plain loops for the measures spillover computes in Swift (effective size & co., brokerage,
 * independent cascade).
 *
 *   gcc -O2 -o peers peers.c $(pkg-config --cflags --libs igraph) -lm
 *   ./peers WORKLOAD EDGES.csv [NODES.csv] [K]
 *
 * WORKLOAD: load | pagerank (degree + PageRank) | betweenness | betweenness-sample (K
 * sources) | constraint | eigenvector (weighted, undirected, scaled to max 1) | effsize (effective size, efficiency, hierarchy, local constraint)
 * | brokerage (Gould-Fernandez counts, groups from NODES.csv's `group` column) | cascade
 * (1000 independent-cascade runs, p = 0.05, from the seed ids given as K, comma-separated:
 * the driver passes the 10 firms of highest PageRank; with per-firm reach counts, arrival-step
 * sums and the per-step curve, as spillover's engine keeps them) | cascade-bare (the same
 * runs, spread only).
 *
 * Prints `load=S compute=S nodes=N ties=M check=X`: load is the CSV to graph time (the parser
 * of edges_csv.h + igraph_create), compute the workload alone, as `spillover metrics
 * --timings` reports them; check is a number derived from the result, so that no work can be
 * skipped. For the igraph-backed workloads compute includes an igraph_create from the parsed
 * ends, as spillover builds its igraph_t inside each measure. Weights enter as spillover uses them: PageRank and constraint weights, betweenness
 * lengths 1/weight.
 */
#include "edges_csv.h"
#include <math.h>
#include "spillover_rng.h"

/* CSR of the undirected graph: each tie in both rows, rows sorted by neighbour. */
typedef struct {
    int64_t *off;
    int32_t *nb;
    double *w;
    int32_t n;
} csr;

static int cmp_pair(const void *a, const void *b) {
    const int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

static csr make_csr(const edge_csv *c) {
    csr g;
    int32_t n = (int32_t)c->ids.count;
    size_t m = c->m;
    g.n = n;
    g.off = calloc((size_t)n + 1, sizeof *g.off);
    for (size_t e = 0; e < m; e++) { g.off[c->ends[2 * e] + 1]++; g.off[c->ends[2 * e + 1] + 1]++; }
    for (int32_t v = 0; v < n; v++) g.off[v + 1] += g.off[v];
    /* (neighbour << 32 | edge) per entry so that a row sorts by neighbour with its weight. */
    int64_t *key = malloc(2 * m * sizeof *key), *cur = malloc((size_t)n * sizeof *cur);
    memcpy(cur, g.off, (size_t)n * sizeof *cur);
    for (size_t e = 0; e < m; e++) {
        int64_t u = c->ends[2 * e], v = c->ends[2 * e + 1];
        key[cur[u]++] = v << 32 | (int64_t)e;
        key[cur[v]++] = u << 32 | (int64_t)e;
    }
    g.nb = malloc(2 * m * sizeof *g.nb);
    g.w = malloc(2 * m * sizeof *g.w);
    for (int32_t v = 0; v < n; v++) {
        qsort(key + g.off[v], (size_t)(g.off[v + 1] - g.off[v]), sizeof *key, cmp_pair);
        for (int64_t i = g.off[v]; i < g.off[v + 1]; i++) {
            g.nb[i] = (int32_t)(key[i] >> 32);
            g.w[i] = c->weights[key[i] & 0xffffffff];
        }
    }
    free(key);
    free(cur);
    return g;
}

/* Burt's measures in one pass per firm, the same arithmetic as spillover's StructuralHoles. */
static double effsize(const csr *g) {
    int32_t n = g->n;
    double *tot = malloc(n * sizeof *tot), *mx = malloc(n * sizeof *mx);
    double *p = calloc(n, sizeof *p), *ind = calloc(n, sizeof *ind), *red = calloc(n, sizeof *red);
    double *local = malloc(g->off[n] * sizeof *local), *con = malloc(n * sizeof *con);
    double *es = malloc(n * sizeof *es), *eff = malloc(n * sizeof *eff), *hier = malloc(n * sizeof *hier);
    for (int32_t i = 0; i < n; i++) {
        double s = 0, m = 0;
        for (int64_t e = g->off[i]; e < g->off[i + 1]; e++) { s += g->w[e]; if (g->w[e] > m) m = g->w[e]; }
        tot[i] = s; mx[i] = m;
    }
    double check = 0;
    for (int32_t i = 0; i < n; i++) {
        int64_t a = g->off[i], b = g->off[i + 1];
        con[i] = es[i] = eff[i] = hier[i] = NAN;
        if (a == b) continue;
        for (int64_t e = a; e < b; e++) p[g->nb[e]] = g->w[e] / tot[i];
        for (int64_t e = a; e < b; e++) {
            int32_t q = g->nb[e];
            double piq = p[q], toP = piq / tot[q];
            for (int64_t f = g->off[q]; f < g->off[q + 1]; f++) {
                int32_t j = g->nb[f];
                if (!(p[j] > 0)) continue;
                ind[j] += toP * g->w[f];
                red[j] += piq * g->w[f] / mx[j];
            }
        }
        double c = 0, size = 0, cnt = (double)(b - a);
        for (int64_t e = a; e < b; e++) {
            int32_t j = g->nb[e];
            double x = (p[j] + ind[j]) * (p[j] + ind[j]);
            local[e] = x; c += x; size += 1 - red[j];
        }
        con[i] = c; es[i] = size; eff[i] = size / cnt;
        if (b - a > 1) {
            double h = 0;
            for (int64_t e = a; e < b; e++) { double r = local[e] / (c / cnt); if (r > 0) h += r * log(r); }
            hier[i] = h / (cnt * log(cnt));
        }
        for (int64_t e = a; e < b; e++) { int32_t j = g->nb[e]; p[j] = ind[j] = red[j] = 0; }
        check += es[i];
    }
    return check;
}

static int has(const int32_t *nb, int64_t lo, int64_t hi, int32_t x) {
    while (lo < hi) {
        int64_t mid = (lo + hi) >> 1;
        if (nb[mid] == x) return 1;
        if (nb[mid] < x) lo = mid + 1; else hi = mid;
    }
    return 0;
}

/* Gould-Fernandez counts over 2-paths i->j->k (each tie two arcs), no tie i-k, i != k.
 * The definition pair by pair, the naive "same work" reference (Σ_j d_j² look-ups). spillover
 * computes the same integers by another algorithm (Sources/SpilloverKit/Brokerage/
 * BrokerageCounting.swift): all ordered pairs per role from per-group neighbour counts, minus
 * the tied pairs of the triangles listed in degree order, so the brokerage row compares
 * algorithms as well as implementations. */
static double brokerage(const csr *g, const int32_t *cls) {
    int32_t n = g->n;
    double *out = malloc(6 * (size_t)n * sizeof *out), check = 0;
    for (int32_t j = 0; j < n; j++) {
        long c[5] = {0, 0, 0, 0, 0};
        int32_t gj = cls[j];
        for (int64_t a = g->off[j]; a < g->off[j + 1]; a++) {
            int32_t i = g->nb[a], gi = cls[i];
            for (int64_t b = g->off[j]; b < g->off[j + 1]; b++) {
                int32_t k = g->nb[b];
                if (k == i || has(g->nb, g->off[i], g->off[i + 1], k)) continue;
                int32_t gk = cls[k];
                if (gi == gj) { if (gj == gk) c[0]++; else c[2]++; }
                else if (gj == gk) c[3]++;
                else if (gi == gk) c[1]++;
                else c[4]++;
            }
        }
        for (int r = 0; r < 5; r++) out[6 * j + r] = (double)c[r];
        out[6 * j + 5] = (double)(c[0] + c[1] + c[2] + c[3] + c[4]);
        check += out[6 * j + 5];
    }
    return check;
}


/* 1000 cascades. With `tallies`, each run also leaves what spillover's engine keeps: per firm
 * the runs that reached it and the sum of its arrival steps, and per run the count of firms
 * newly reached at each step (the adoption curve, appended to one growing array). That is the
 * fair comparison with `spillover diffuse` (its result needs them); without `tallies` it is
 * the bare loop (spread only). */
__attribute__((noinline)) static double cascade(const csr *g, const int32_t *seeds, int ns, double p, long runs, long *examined, int tallies) {
    int32_t n = g->n;
    uint64_t thr = (uint64_t)ceil(p * 9007199254740992.0);
    uint32_t *mark = calloc(n, sizeof *mark), epoch = 0;
    int32_t *order = malloc(n * sizeof *order), *step = malloc(n * sizeof *step);
    int64_t *reach = calloc(n, sizeof *reach), *arrival = calloc(n, sizeof *arrival);
    size_t ccap = 1024, clen = 0;
    int32_t *curve = malloc(ccap * sizeof *curve);
    int64_t *curve_off = malloc(((size_t)runs + 1) * sizeof *curve_off);
    curve_off[0] = 0;
    double total = 0;
    *examined = 0;
    for (long r = 0; r < runs; r++) {
        rng_t rg = stream(1, (uint64_t)r);
        epoch++;
        long count = 0, head = 0;
        for (int k = 0; k < ns; k++) { mark[seeds[k]] = epoch; step[seeds[k]] = 0; order[count++] = seeds[k]; }
        while (head < count) {
            int32_t u = order[head++], nx = step[u] + 1;
            for (int64_t i = g->off[u]; i < g->off[u + 1]; i++) {
                int32_t v = g->nb[i];
                if (mark[v] != epoch) {
                    (*examined)++;
                    if ((next(&rg) >> 11) < thr) { mark[v] = epoch; step[v] = nx; order[count++] = v; }
                }
            }
        }
        if (tallies) {
            int32_t current = 0, newcomers = 0;
            for (long k = 0; k < count; k++) {
                int32_t v = order[k], t = step[v];
                reach[v]++;
                arrival[v] += t;
                while (current < t) {
                    if (clen == ccap) curve = realloc(curve, (ccap *= 2) * sizeof *curve);
                    curve[clen++] = newcomers; newcomers = 0; current++;
                }
                newcomers++;
            }
            if (clen == ccap) curve = realloc(curve, (ccap *= 2) * sizeof *curve);
            curve[clen++] = newcomers;
            curve_off[r + 1] = (int64_t)clen;
        }
        total += count;
    }
    if (tallies) total += (double)(reach[seeds[0]] + arrival[seeds[0]] + curve[clen - 1]) * 1e-12;
    return total / runs;
}

static int32_t *read_groups(const char *path, const interner *ids) {
    FILE *f = fopen(path, "r");
    if (!f) die("cannot open node table");
    char line[4096];
    if (!fgets(line, sizeof line, f)) die("empty node table");
    int col_id = -1, col_group = -1, c = 0;
    for (char *tok = strtok(line, ",\r\n"); tok; tok = strtok(NULL, ",\r\n"), c++) {
        if (!strcmp(tok, "id")) col_id = c;
        if (!strcmp(tok, "group")) col_group = c;
    }
    if (col_id < 0 || col_group < 0) die("node table needs id and group columns");
    int32_t *cls = malloc(ids->count * sizeof *cls);
    for (size_t i = 0; i < ids->count; i++) cls[i] = -1;
    interner groups;
    interner_init(&groups, 64);
    while (fgets(line, sizeof line, f)) {
        char *fields[64];
        int nf = 0;
        char *s = line;
        fields[nf++] = s;
        for (; *s && *s != '\n' && *s != '\r'; s++) if (*s == ',' && nf < 64) { *s = 0; fields[nf++] = s + 1; }
        *s = 0;
        if (nf <= col_id || nf <= col_group) continue;
        int32_t k = interner_find(ids, fields[col_id], strlen(fields[col_id]));
        if (k >= 0) cls[k] = intern(&groups, fields[col_group], strlen(fields[col_group]));
    }
    fclose(f);
    int32_t none = intern(&groups, "", 0); /* firms missing from the table: one group, as sna */
    for (size_t i = 0; i < ids->count; i++) if (cls[i] < 0) cls[i] = none;
    return cls;
}

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: peers WORKLOAD EDGES.csv [NODES.csv] [K]\n"); return 64; }
    const char *work = argv[1];
    double t0 = now();
    edge_csv csv;
    edge_csv_read(argv[2], &csv);
    igraph_vector_int_t edges;
    igraph_vector_int_view(&edges, csv.ends, 2 * csv.m);
    igraph_t g;
    if (igraph_create(&g, &edges, (igraph_integer_t)csv.ids.count, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        die("igraph_create failed");
    double t1 = now(), tload = t1 - t0;
    igraph_vector_t w, res;
    igraph_vector_view(&w, csv.weights, (igraph_integer_t)csv.m);
    igraph_vector_init(&res, 0);
    double check = 0, t2 = t1;
    /* spillover keeps its own CSR and builds the igraph_t inside each igraph-backed measure,
     * so for those workloads the C program builds it again inside the timed compute, from the
     * parsed ends: graph construction is counted the same way on both sides. */
    int igraph_work = !strcmp(work, "pagerank") || !strcmp(work, "betweenness") || !strcmp(work, "betweenness-sample")
                      || !strcmp(work, "constraint") || !strcmp(work, "eigenvector");
    if (igraph_work) {
        igraph_destroy(&g);
        t1 = now();
        if (igraph_create(&g, &edges, (igraph_integer_t)csv.ids.count, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
            die("igraph_create failed");
    }
    if (!strcmp(work, "load")) {
        check = (double)igraph_ecount(&g);
    } else if (!strcmp(work, "pagerank")) {
        igraph_vector_int_t deg;
        igraph_vector_int_init(&deg, 0);
        igraph_degree(&g, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS);
        igraph_real_t value;
        igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), 0, 0.85, &w, NULL);
        t2 = now();
        check = VECTOR(res)[0] + VECTOR(deg)[0];
    } else if (!strcmp(work, "betweenness") || !strcmp(work, "betweenness-sample")) {
        igraph_vector_t len;
        igraph_vector_init(&len, (igraph_integer_t)csv.m);
        for (size_t e = 0; e < csv.m; e++) VECTOR(len)[e] = 1 / csv.weights[e];
        if (!strcmp(work, "betweenness")) {
            igraph_betweenness(&g, &res, igraph_vss_all(), 0, &len);
        } else {
            long k = argc > 4 ? atol(argv[4]) : 100;
            igraph_vector_int_t src;
            igraph_vector_int_init(&src, k);
            uint64_t x = 1;
            for (long i = 0; i < k; i++) VECTOR(src)[i] = (igraph_integer_t)(splitmix(&x) % (uint64_t)csv.ids.count);
            igraph_vector_int_sort(&src);
            igraph_vector_int_t uniq;
            igraph_vector_int_init(&uniq, 0);
            for (long i = 0; i < k; i++) if (i == 0 || VECTOR(src)[i] != VECTOR(src)[i - 1]) igraph_vector_int_push_back(&uniq, VECTOR(src)[i]);
            igraph_betweenness_subset(&g, &res, igraph_vss_all(), 0, igraph_vss_vector(&uniq), igraph_vss_all(), &len);
        }
        t2 = now();
        check = igraph_vector_sum(&res);
    } else if (!strcmp(work, "constraint")) {
        igraph_constraint(&g, &res, igraph_vss_all(), &w);
        t2 = now();
        check = VECTOR(res)[0];
    } else if (!strcmp(work, "eigenvector")) {
        igraph_real_t value;
        igraph_arpack_options_t options;
        igraph_arpack_options_init(&options);
        igraph_eigenvector_centrality(&g, &res, &value, 0, 1, &w, &options);
        t2 = now();
        check = igraph_vector_sum(&res);
    } else if (!strcmp(work, "effsize")) {
        csr c = make_csr(&csv); /* adjacency, as spillover's loader builds it: not timed */
        t1 = now();
        check = effsize(&c);
        t2 = now();
    } else if (!strcmp(work, "brokerage")) {
        if (argc < 4) die("brokerage needs NODES.csv");
        csr c = make_csr(&csv);
        int32_t *cls = read_groups(argv[3], &csv.ids);
        t1 = now();
        check = brokerage(&c, cls);
        t2 = now();
    } else if (!strcmp(work, "cascade") || !strcmp(work, "cascade-bare")) {
        if (argc < 5) die("cascade needs the seed ids: peers cascade EDGES NODES ID1,ID2,...");
        csr c = make_csr(&csv);
        int32_t seeds[1024];
        int ns = 0;
        for (char *tok = strtok(argv[4], ","); tok && ns < 1024; tok = strtok(NULL, ",")) {
            int32_t k = interner_find(&csv.ids, tok, strlen(tok));
            if (k < 0) die("unknown seed id");
            seeds[ns++] = k;
        }
        long examined;
        t1 = now();
        check = cascade(&c, seeds, ns, 0.05, 1000, &examined, !strcmp(work, "cascade"));
        t2 = now();
        printf("examined=%ld ", examined);
    } else {
        die("unknown workload");
    }
    printf("load=%.6f compute=%.6f nodes=%ld ties=%ld check=%.6g\n", tload, t2 - t1,
           (long)igraph_vcount(&g), (long)igraph_ecount(&g), check);
    (void)t0;
    return 0;
}
