// A synchronous driver of `MetricsTable.compute` for `valgrind --tool=callgrind` (issue 9):
// valgrind 3.19 aborts on the `spillover` binary's async main, so the measures run from a
// plain main here.
//
//   swift build -c release --product MetricsProfile     (in Benchmarks/)
//   valgrind --tool=callgrind .build/release/MetricsProfile EDGES.csv NODES.csv MEASURES [REPS]
//
// MEASURES: column names (e.g. effective_size,broker_total), or `brokerage` for the six counts
// and their z-scores. The instructions of one warm computation are the difference between the
// counts with REPS 2 and REPS 1 (the first one also pays one-off costs). Prints the best
// seconds of REPS computations.
import Dispatch
import Foundation
import SpilloverKit

let args = CommandLine.arguments
guard args.count >= 4 else {
    FileHandle.standardError.write(Data("usage: MetricsProfile EDGES.csv NODES.csv MEASURES [REPS]\n".utf8))
    exit(64)
}
let graph = try ClusterGraph.load(edges: args[1], nodes: args[2])
var options = MetricsOptions()
options.measures = args[3].split(separator: ",").flatMap { name -> [Measure] in
    if name == "brokerage" { return Measure.brokerage(.count) + Measure.brokerage(.zScore) }
    guard let m = Measure(rawValue: String(name)) else {
        FileHandle.standardError.write(Data("unknown measure '\(name)'\n".utf8))
        exit(64)
    }
    return [m]
}
let reps = args.count > 4 ? Int(args[4]) ?? 1 : 1
var best = Double.infinity
for _ in 0..<reps {
    let start = DispatchTime.now().uptimeNanoseconds
    let table = try MetricsTable.compute(graph, options: options)
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9)
    _ = table.columns.count
}
print("best=\(best)")
