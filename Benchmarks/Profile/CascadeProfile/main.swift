// A synchronous driver of spillover's Monte Carlo engine for `valgrind --tool=callgrind`
// (issue 9): valgrind 3.19 aborts on the `spillover` binary's async main, so this program
// starts the batch in a detached task from a plain main and waits on a semaphore.
//
//   swift build -c release --product CascadeProfile     (in Benchmarks/)
//   valgrind --tool=callgrind .build/release/CascadeProfile EDGES.csv ID1,ID2,... [RUNS] [THREADS]
//
// Prints the mean spread, the ties examined and the seconds of the batch.
import Dispatch
import Foundation
import SpilloverKit

final class Box: @unchecked Sendable {
    var mean = 0.0
    var examined = 0
}

let args = CommandLine.arguments
guard args.count >= 3 else {
    FileHandle.standardError.write(Data("usage: CascadeProfile EDGES.csv ID1,ID2,... [RUNS] [THREADS]\n".utf8))
    exit(64)
}
let graph = try ClusterGraph.load(edges: args[1])
let seeds = args[2].split(separator: ",").compactMap { graph.node(id: String($0)) }
let runs = args.count > 3 ? Int(args[3]) ?? 1000 : 1000
let threads = args.count > 4 ? Int(args[4]) ?? 1 : 1
let simulation = try DiffusionSimulation(graph: graph, model: .independentCascade(.uniform(0.05)), seeds: seeds)
let box = Box()
let done = DispatchSemaphore(value: 0)
let start = DispatchTime.now().uptimeNanoseconds
Task.detached {
    let result = try await simulation.run(budget: .runs(runs), seed: 1, threads: threads)
    box.mean = result.spread.mean
    box.examined = result.tieExaminations
    done.signal()
}
done.wait()
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) * 1e-9
print("spread=\(box.mean) examined=\(box.examined) seconds=\(seconds)")
