/*
 * The floor for scripts/bench-load: load an edge list CSV with string ids into igraph
 * the way a careful C programmer would.
 *
 *   gcc -O2 -o load_edges load_edges.c $(pkg-config --cflags --libs igraph)
 *   ./load_edges FILE
 *
 * The parser is edges_csv.h (shared with peers.c): mmap, split on ',', intern ids in an
 * open-addressing hash table over an arena, strtod, intern the type column; then
 * igraph_create an undirected graph. Weights and types are kept in vectors as edge data
 * (igraph_create takes no attributes).
 * Prints `seconds=… nodes=… ties=…` (time of the load, not of process start).
 */
#include "edges_csv.h"

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: load_edges FILE\n"); return 64; }
    double t0 = now();
    edge_csv csv;
    edge_csv_read(argv[1], &csv);
    size_t m = csv.m;
    double *weights = csv.weights;
    interner types = csv.types;
    igraph_vector_int_t edges;
    igraph_vector_int_view(&edges, csv.ends, 2 * m);
    igraph_t g;
    if (igraph_create(&g, &edges, (igraph_integer_t)csv.ids.count, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS)
        die("igraph_create failed");
    double elapsed = now() - t0;
    double wsum = 0;
    for (size_t i = 0; i < m; i++) wsum += weights[i];
    printf("seconds=%.4f nodes=%ld ties=%ld weight_sum=%.1f types=%zu\n", elapsed,
           (long)igraph_vcount(&g), (long)igraph_ecount(&g), wsum, types.count);
    igraph_destroy(&g);
    return 0;
}
