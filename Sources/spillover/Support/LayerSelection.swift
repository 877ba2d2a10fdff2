import Foundation
import SpilloverKit

/// `--layer TYPE[,TYPE…]` and `--drop-layer TYPE[,TYPE…]`: which channels (tie types) of the
/// edge list to keep. Naming a type the file does not have, or leaving no channel, is a usage
/// error that lists the types present. A selected channel whose rows make no tie (self-loops
/// only) is kept, empty.
struct LayerSelection {
    var keep: String?
    var drop: String?

    func apply(to source: ClusterSource, file: String) throws -> ClusterSource {
        guard keep != nil || drop != nil else { return source }
        let present = source.channels
        let listed = present.isEmpty ? "it has no tie types (no type column)" : "its types are \(present.joined(separator: ", "))"
        func parse(_ text: String?, _ option: String) throws -> [String]? {
            guard let text else { return nil }
            let names = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !names.isEmpty else { throw CLIError.usage("\(option): name at least one tie type; \(file): \(listed)") }
            let absent = names.filter { !present.contains($0) }
            guard absent.isEmpty else {
                throw CLIError.usage("\(option): no tie type \(absent.map { "'\($0)'" }.joined(separator: ", ")) in \(file); \(listed)")
            }
            return names
        }
        var kept = Set(present)
        if let names = try parse(keep, "--layer") { kept = Set(names) }
        if let names = try parse(drop, "--drop-layer") { kept.subtract(names) }
        guard !kept.isEmpty else {
            throw CLIError.usage("--layer/--drop-layer leave no channel of \(file) (\(listed)); keep at least one")
        }
        return source.removing(types: Set(source.edges.tieTypes.filter { !kept.contains($0) }))
    }
}
