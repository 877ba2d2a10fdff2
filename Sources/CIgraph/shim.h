#ifndef SPILLOVER_CIGRAPH_SHIM_H
#define SPILLOVER_CIGRAPH_SHIM_H

// <stdlib.h> first: igraph's headers define _GNU_SOURCE, and without this a clean
// build fails on `fd_set` (see the Architecture article of the DocC catalog,
// Sources/SpilloverKit/SpilloverKit.docc/Architecture.md, "The igraph gateway").
#include <stdlib.h>
#include <igraph.h>
#include <dlfcn.h>

// Debian's igraph runs PRPACK (igraph_pagerank) in an OpenMP parallel region, and libgomp's
// threads spin-wait at its barriers. On a busy machine with few cores (the benchmark VM: 2
// cores shared with other jobs) that turned a 1,000-firm PageRank from 0.02 s into 1-3 s
// (perf: 80 % of samples spinning in libgomp; Benchmarks/RESULTS.md). spillover runs its own
// work in parallel and igraph under one lock, so igraph's OpenMP regions get one thread: the
// calling thread's nthreads ICV is set to 1 before every igraph call. Looked up at run time so
// that an igraph built without OpenMP needs nothing.
static inline void spillover_igraph_single_thread(void) {
    typedef void (*set_threads_fn)(int);
    static set_threads_fn set_threads = 0;
    static int looked_up = 0;
    if (!looked_up) {
        set_threads = (set_threads_fn)dlsym(RTLD_DEFAULT, "omp_set_num_threads");
        looked_up = 1;
    }
    if (set_threads) set_threads(1);
}

#endif
