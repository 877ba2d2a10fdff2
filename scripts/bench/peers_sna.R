#!/usr/bin/env Rscript
# The R side of scripts/bench-peers: Gould-Fernandez brokerage with sna::brokerage.
#   Rscript peers_sna.R EDGES.csv NODES.csv
# Load: read.csv of both files, ids matched to the node table's order, an sna edgelist
# (every tie two arcs, as spillover treats an undirected tie). Compute: sna::brokerage with
# the node table's `group` column. Prints `load=S compute=S nodes=N ties=M check=X`.
suppressPackageStartupMessages(library(sna))
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
edges <- read.csv(args[1], colClasses = "character")
nodes <- read.csv(args[2], colClasses = "character")
ids <- nodes$id
n <- length(ids)
s <- match(edges$source, ids)
t <- match(edges$target, ids)
el <- cbind(c(s, t), c(t, s), 1)
attr(el, "n") <- n
t1 <- proc.time()[["elapsed"]]
b <- brokerage(el, nodes$group)
t2 <- proc.time()[["elapsed"]]
cat(sprintf("load=%.6f compute=%.6f nodes=%d ties=%d check=%.6g\n", t1 - t0, t2 - t1, n, nrow(edges), sum(b$raw.nli[, "t"])))
