#ifndef SPILLOVER_CIGRAPH_SHIM_H
#define SPILLOVER_CIGRAPH_SHIM_H

// <stdlib.h> first: igraph's headers define _GNU_SOURCE, and without this a clean
// build fails on `fd_set` (see DESIGN.md, igraph gateway).
#include <stdlib.h>
#include <igraph.h>

#endif
