import SpilloverKit

/// How tie weights enter path lengths, said once per run: spillover reads weights as tie
/// strengths (length 1/weight), igraph and NetworkX as lengths, so the same weighted file
/// gives other betweenness and closeness in each unless the reader knows.
enum WeightConvention {
    nonisolated(unsafe) private static var announced = false

    /// The convention in one sentence, with the option that gives the other.
    static func sentence(_ weightAs: WeightInterpretation) -> String {
        switch weightAs {
        case .strength:
            "Weights are tie strengths: in path lengths (betweenness, closeness, harmonic) a tie of weight w has length 1/w, so strong ties are short; igraph and NetworkX take weights as lengths instead (`--weight-as distance` gives their numbers)."
        case .distance:
            "Weights are lengths (`--weight-as distance`, as igraph and NetworkX read them): in betweenness, closeness and harmonic centrality a heavy tie is a long one."
        }
    }

    /// Prints the sentence on standard error, once per process, for a weighted graph.
    static func announce(_ graph: ClusterGraph, _ weightAs: WeightInterpretation) {
        guard graph.isWeighted, !announced else { return }
        announced = true
        Terminal.note(sentence(weightAs).replacingOccurrences(of: "`", with: ""))
    }
}
