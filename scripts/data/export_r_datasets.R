#!/usr/bin/env Rscript
# Regenerates every CSV under data/ (except the synthetic default cluster).
#
#   Rscript scripts/data/export_r_datasets.R [output-dir]     (default: data)
#
# Needs Debian's r-base-core and r-cran-network (apt-get install r-base-core
# r-cran-network). Output is deterministic: fixed row order, LF line ends,
# fields quoted only when they contain a comma, a double quote or a newline.
#
# Sources (details, citations and licences in data/README.md):
#   * EMON (Drabek et al. 1981) and the Florentine marriage matrix (Padgett):
#     read from the R package `network` (Debian r-cran-network, GPL-2+).
#   * Florentine business ties, Knoke & Kuklinski bureaucracies and the
#     Stokman-Ziegler interlocks: the UCINET matrices as shipped inside SocNetV
#     (Debian package socnetv 2.8-1, GPL-3; they are compiled into the program,
#     so they are transcribed below). scripts/data/verify_datasets.py checks
#     every transcribed matrix row against the strings of the socnetv binary.
#   * Florentine wealth / priorates / total ties: the Pajek version of the
#     UCINET PADGETT data (Batagelj & Mrvar, Pajek data sets, "WaFa/Padgett.paj").

suppressPackageStartupMessages(library(network))

args <- commandArgs(trailingOnly = TRUE)
out_root <- if (length(args) >= 1) args[[1]] else "data"

# ---------------------------------------------------------------- helpers ----

fmt_value <- function(x) {
  if (is.null(x) || length(x) == 0 || is.na(x)) return("")
  if (is.logical(x)) return(if (x) "true" else "false")
  if (is.numeric(x)) {
    return(format(x, scientific = FALSE, trim = TRUE, drop0trailing = TRUE))
  }
  as.character(x)
}

csv_field <- function(s) {
  if (grepl("[\",\r\n]", s)) paste0("\"", gsub("\"", "\"\"", s, fixed = TRUE), "\"") else s
}

# df: data.frame of columns; every cell formatted with fmt_value.
write_csv_plain <- function(df, path) {
  dir.create(dirname(path), recursive = TRUE, showWarnings = FALSE)
  lines <- character(nrow(df) + 1)
  lines[1] <- paste(vapply(names(df), csv_field, ""), collapse = ",")
  for (i in seq_len(nrow(df))) {
    cells <- vapply(seq_along(df), function(j) csv_field(fmt_value(df[[j]][[i]])), "")
    lines[i + 1] <- paste(cells, collapse = ",")
  }
  con <- file(path, open = "wb")
  writeLines(lines, con, sep = "\n", useBytes = TRUE)
  close(con)
  invisible(path)
}

# Parse whitespace-separated matrix rows into a numeric matrix.
rows_to_matrix <- function(rows) {
  m <- do.call(rbind, lapply(strsplit(trimws(rows), "[[:space:]]+"), as.numeric))
  stopifnot(nrow(m) == ncol(m))
  m
}

# Edge list from a matrix: directed -> every non-zero (i, j), i != j, in
# row-major order; undirected -> upper triangle only (matrix must be symmetric).
matrix_edges <- function(m, ids, type, directed, weighted = FALSE) {
  stopifnot(nrow(m) == length(ids))
  if (!directed) stopifnot(isSymmetric(unname(m)))
  src <- character(0); tgt <- character(0); w <- numeric(0)
  for (i in seq_len(nrow(m))) for (j in seq_len(ncol(m))) {
    if (i == j || m[i, j] == 0) next
    if (!directed && j < i) next
    src <- c(src, ids[i]); tgt <- c(tgt, ids[j])
    w <- c(w, if (weighted) m[i, j] else 1)
  }
  stopifnot(all(w > 0))
  data.frame(source = src, target = tgt, weight = w, type = type,
             stringsAsFactors = FALSE)
}

check <- function(ok, msg) if (!isTRUE(ok)) stop(msg, call. = FALSE)

# ------------------------------------------------------ 1. Florentine -------

flo_ids <- c("Acciaiuoli", "Albizzi", "Barbadori", "Bischeri", "Castellani",
             "Ginori", "Guadagni", "Lamberteschi", "Medici", "Pazzi", "Peruzzi",
             "Pucci", "Ridolfi", "Salviati", "Strozzi", "Tornabuoni")

# Marriage: network::flo (symmetric 16x16 0/1 matrix with dimnames).
data(flo, package = "network", envir = environment())
check(identical(rownames(flo), flo_ids) && identical(colnames(flo), flo_ids),
      "network::flo: unexpected family names/order")
marriage <- matrix_edges(flo, flo_ids, "marriage", directed = FALSE)

# Cross-check: the same marriage matrix as transcribed in SocNetV's
# Padgett_Florentine_Families.paj ("*Matrix 1: Marital").
socnetv_marital <- c(
  "0 0 0 0 0 0 0 0 1 0 0 0 0 0 0 0", "0 0 0 0 0 1 1 0 1 0 0 0 0 0 0 0",
  "0 0 0 0 1 0 0 0 1 0 0 0 0 0 0 0", "0 0 0 0 0 0 1 0 0 0 1 0 0 0 1 0",
  "0 0 1 0 0 0 0 0 0 0 1 0 0 0 1 0", "0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
  "0 1 0 1 0 0 0 1 0 0 0 0 0 0 0 1", "0 0 0 0 0 0 1 0 0 0 0 0 0 0 0 0",
  "1 1 1 0 0 0 0 0 0 0 0 0 1 1 0 1", "0 0 0 0 0 0 0 0 0 0 0 0 0 1 0 0",
  "0 0 0 1 1 0 0 0 0 0 0 0 0 0 1 0", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
  "0 0 0 0 0 0 0 0 1 0 0 0 0 0 1 1", "0 0 0 0 0 0 0 0 1 1 0 0 0 0 0 0",
  "0 0 0 1 1 0 0 0 0 0 1 0 1 0 0 0", "0 0 0 0 0 0 1 0 1 0 0 0 1 0 0 0")
check(all(rows_to_matrix(socnetv_marital) == unname(flo)),
      "network::flo differs from the SocNetV marital matrix")

# Business: SocNetV Padgett_Florentine_Families.paj ("*Matrix 2: Business");
# identical to the *Arcs :1 "Business" list of the Pajek WaFa Padgett.paj.
socnetv_business <- c(
  "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
  "0 0 0 0 1 1 0 0 1 0 1 0 0 0 0 0", "0 0 0 0 0 0 1 1 0 0 1 0 0 0 0 0",
  "0 0 1 0 0 0 0 1 0 0 1 0 0 0 0 0", "0 0 1 0 0 0 0 0 1 0 0 0 0 0 0 0",
  "0 0 0 1 0 0 0 1 0 0 0 0 0 0 0 0", "0 0 0 1 1 0 1 0 0 0 1 0 0 0 0 0",
  "0 0 1 0 0 1 0 0 0 1 0 0 0 1 0 1", "0 0 0 0 0 0 0 0 1 0 0 0 0 0 0 0",
  "0 0 1 1 1 0 0 1 0 0 0 0 0 0 0 0", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
  "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0", "0 0 0 0 0 0 0 0 1 0 0 0 0 0 0 0",
  "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0", "0 0 0 0 0 0 0 0 1 0 0 0 0 0 0 0")
business <- matrix_edges(rows_to_matrix(socnetv_business), flo_ids, "business",
                         directed = FALSE)

check(nrow(marriage) == 20, sprintf("marriage ties: %d, expected 20", nrow(marriage)))
check(nrow(business) == 15, sprintf("business ties: %d, expected 15", nrow(business)))

# Vertex attributes from Pajek WaFa Padgett.paj: *Vector Wealth (net wealth in
# 1427, thousands of lira), *Vector #Priors (seats on the civic council,
# 1282-1344; -1 = missing), *Vector #Ties (business + marriage ties in the
# full 116-family data set).
flo_wealth    <- c(10, 36, 55, 44, 20, 32, 8, 42, 103, 48, 49, 3, 27, 10, 146, 48)
flo_priorates <- c(53, 65, -1, 12, 22, -1, 21, 0, 53, -1, 42, 0, 38, 35, 74, -1)
flo_totalties <- c(2, 3, 14, 9, 18, 9, 14, 14, 54, 7, 32, 1, 4, 5, 29, 7)
flo_priorates[flo_priorates < 0] <- NA

flo_nodes <- data.frame(id = flo_ids, label = flo_ids, group = "family",
                        wealth = flo_wealth, priorates = flo_priorates,
                        total_ties = flo_totalties, stringsAsFactors = FALSE)
write_csv_plain(flo_nodes, file.path(out_root, "florentine", "nodes.csv"))
write_csv_plain(rbind(marriage, business), file.path(out_root, "florentine", "edges.csv"))

# ------------------------------------------------------------ 2. EMON -------

data(emon, package = "network", envir = environment())
emon_attr_cols <- c(                       # network attribute -> CSV column
  Command.Rank.Score  = "command_rank_score",
  Decision.Rank.Score = "decision_rank_score",
  Formalization       = "formalization",
  Location            = "location",
  Paid.Staff          = "paid_staff",
  Volunteer.Staff     = "volunteer_staff")

for (nm in names(emon)) {
  net <- emon[[nm]]
  check(is.directed(net), paste(nm, "is not directed"))
  ids <- net %v% "vertex.names"
  check(!anyDuplicated(ids), paste(nm, "has duplicate vertex names"))
  nodes <- data.frame(id = ids,
                      label = trimws(gsub("[.]+", " ", ids)),
                      group = net %v% "Sponsorship",
                      stringsAsFactors = FALSE)
  for (a in names(emon_attr_cols)) nodes[[emon_attr_cols[[a]]]] <- net %v% a

  # Edges in the package's own order (edge id); tails send, heads receive.
  eids <- valid.eids(net)
  tail <- vapply(net$mel[eids], function(e) e$outl[1], 0)
  head <- vapply(net$mel[eids], function(e) e$inl[1], 0)
  f    <- vapply(net$mel[eids], function(e) as.numeric(e$atl$Frequency), 0)
  check(all(f %in% 1:4), paste(nm, ": Frequency must be 1..4 on every edge"))
  check(all(tail != head), paste(nm, "has self-loops"))
  check(!anyDuplicated(paste(tail, head)), paste(nm, "has duplicate edges"))
  el <- cbind(tail, head)
  edges <- data.frame(source = ids[el[, 1]], target = ids[el[, 2]],
                      weight = 5 - f,            # 1 (daily or less) .. 4 (continuous)
                      type = "interaction", stringsAsFactors = FALSE)
  write_csv_plain(nodes, file.path(out_root, "emon", nm, "nodes.csv"))
  write_csv_plain(edges, file.path(out_root, "emon", nm, "edges.csv"))
}

# ----------------------------------------------------------- 3. Knoke -------
# SocNetV Knoke_Bureaucracies_Network.pajek (UCINET KNOKBUR: KNOKI, KNOKM).
# Row = sender, column = receiver.

knoke_ids <- c("COUN", "COMM", "EDUC", "INDU", "MAYR", "WRO", "NEWS", "UWAY",
               "WELF", "WEST")
knoke_info <- c(
  "0 1 0 0 1 0 1 0 1 0", "1 0 1 1 1 0 1 1 1 0", "0 1 0 1 1 1 1 0 0 1",
  "1 1 0 0 1 0 1 0 0 0", "1 1 1 1 0 0 1 1 1 1", "0 0 1 0 0 0 1 0 1 0",
  "0 1 0 1 1 0 0 0 0 0", "1 1 0 1 1 0 1 0 1 0", "0 1 0 0 1 0 1 0 0 0",
  "1 1 1 0 1 0 1 0 0 0")
knoke_money <- c(
  "0 0 1 0 1 0 0 1 1 1", "0 0 1 0 0 0 0 0 0 0", "0 0 0 0 0 0 0 1 0 0",
  "0 1 1 0 0 0 1 1 1 0", "0 1 1 0 0 0 0 1 1 0", "0 0 0 0 0 0 0 0 0 0",
  "0 1 0 0 0 0 0 1 0 0", "0 0 0 0 0 0 0 0 1 1", "0 0 1 0 0 0 0 1 0 0",
  "0 0 0 0 0 0 0 0 0 0")
k_info  <- matrix_edges(rows_to_matrix(knoke_info),  knoke_ids, "information", directed = TRUE)
k_money <- matrix_edges(rows_to_matrix(knoke_money), knoke_ids, "money",       directed = TRUE)
check(nrow(k_info) == 49 && nrow(k_money) == 22, "Knoke tie counts changed")
write_csv_plain(data.frame(id = knoke_ids, label = knoke_ids, group = "organisation",
                           stringsAsFactors = FALSE),
                file.path(out_root, "knoke", "nodes.csv"))
write_csv_plain(rbind(k_info, k_money), file.path(out_root, "knoke", "edges.csv"))

# ---------------------------------------------- 4. Stokman-Ziegler ----------
# SocNetV Stokman_Ziegler_Corporate_Interlocks_{Netherlands,West_Germany}.dl
# (UCINET SZCID / SZCIG). Symmetric, valued; weight = the matrix value.

sz_nl_ids <- c("ABN", "AMRO", "ENNIA", "NS", "BUHRT", "AGO", "AKZO", "NB", "SHV",
               "FGH", "HEINK", "PHLPS", "NATND", "OGEM", "RSV", "NSU")
sz_nl <- c(
  "0 0 0 1 2 1 2 1 1 1 2 1 4 0 0 0", "0 0 3 2 1 2 1 2 2 0 3 1 2 1 2 0",
  "0 3 0 3 1 0 1 0 1 0 0 0 0 1 1 0", "1 2 3 0 0 0 1 1 2 0 0 0 1 0 2 0",
  "2 1 1 0 0 0 1 0 0 1 0 0 0 1 0 0", "1 2 0 0 0 0 0 2 1 0 1 1 0 0 0 0",
  "2 1 1 1 1 0 0 1 2 1 0 1 1 0 2 0", "1 2 0 1 0 2 1 0 1 0 1 1 1 0 0 0",
  "1 2 1 2 0 1 2 1 0 0 0 0 1 0 1 0", "1 0 0 0 1 0 1 0 0 0 0 1 0 1 0 0",
  "2 3 0 0 0 1 0 1 0 0 0 1 0 1 1 0", "1 1 0 0 0 1 1 1 0 1 1 0 1 0 1 0",
  "4 2 0 1 0 0 1 1 1 0 0 1 0 0 0 0", "0 1 1 0 1 0 0 0 0 1 1 0 0 0 1 0",
  "0 2 1 2 0 0 2 0 1 0 1 1 0 1 0 0", "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0")
sz_de_ids <- c("VAG", "DEUBK", "ALINZ", "SIEMN", "RUHRK", "DIMLR", "HAPAG", "KRUPP",
               "RWE", "KREDT", "THYSN", "MANES", "DRESB", "KARST", "VEBA")
sz_de <- c(
  "0 2 1 0 2 0 0 2 2 2 2 1 1 1 0", "2 0 3 3 1 4 2 0 2 1 1 2 0 2 0",
  "1 3 0 6 1 2 2 1 2 0 2 2 1 1 0", "0 3 6 0 2 2 1 0 0 0 4 3 1 0 0",
  "2 1 1 2 0 1 1 2 1 1 2 1 1 0 0", "0 4 2 2 1 0 1 2 2 0 2 0 1 0 0",
  "0 2 2 1 1 1 0 1 1 0 1 0 2 1 0", "2 0 1 0 2 2 1 0 2 1 2 0 2 0 0",
  "2 2 2 0 1 2 1 2 0 3 3 0 1 1 0", "2 1 0 0 1 0 0 1 3 0 3 1 0 1 0",
  "2 1 2 4 2 2 1 2 3 3 0 0 1 0 0", "1 2 2 3 1 0 0 0 0 1 0 0 0 0 0",
  "1 0 1 1 1 1 2 2 1 0 1 0 0 1 0", "1 2 1 0 0 0 1 0 1 1 0 0 1 0 0",
  "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0")
for (cfg in list(list("netherlands", sz_nl_ids, sz_nl, "Netherlands"),
                 list("west_germany", sz_de_ids, sz_de, "West Germany"))) {
  e <- matrix_edges(rows_to_matrix(cfg[[3]]), cfg[[2]], "interlock",
                    directed = FALSE, weighted = TRUE)
  write_csv_plain(data.frame(id = cfg[[2]], label = cfg[[2]], group = cfg[[4]],
                             stringsAsFactors = FALSE),
                  file.path(out_root, "interlocks", cfg[[1]], "nodes.csv"))
  write_csv_plain(e, file.path(out_root, "interlocks", cfg[[1]], "edges.csv"))
}

cat("wrote datasets under", normalizePath(out_root), "\n")
