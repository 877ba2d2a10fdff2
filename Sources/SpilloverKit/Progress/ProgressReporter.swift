import Synchronization

/// Where long computations say how far they are.
///
/// The library reports stages (``ProgressStage``) to the reporter bound to the current task
/// with `ProgressReporter.$current.withValue(reporter) { … }`; with none bound, reporting
/// costs one task-local read per stage and nothing per step. What is shown, and where, is
/// the caller's choice: the command line draws a bar with an estimate of the time left on a
/// terminal, and a one-line summary of each long stage otherwise. Progress never changes a
/// result.
///
/// Stages nest: a stage begun while another is running (the betweenness pass of the
/// measures of an analysis) is reported with the outer stages' names in ``Event/path``.
public final class ProgressReporter: Sendable {
    /// What happened to a stage.
    public enum Kind: Sendable, Equatable {
        /// The stage began; `total` steps are expected (`nil`: unknown).
        case started
        /// `completed` of `total` steps are done.
        case advanced
        /// The stage ended after `seconds`.
        case finished(seconds: Double)
    }

    /// One report of a stage.
    public struct Event: Sendable {
        /// What happened to the stage.
        public var kind: Kind
        /// The stage and the stages it runs in, outermost first (`["analysis", "measures",
        /// "betweenness"]`).
        public var path: [String]
        /// Steps done so far.
        public var completed: Int
        /// Steps expected in all; `nil` when unknown.
        public var total: Int?
        /// Seconds since the stage began.
        public var elapsed: Double

        /// The stage's own name.
        public var stage: String { path.last ?? "" }
    }

    private let handler: @Sendable (Event) -> Void

    /// A reporter that passes every event to `handler` (called from any thread, one event
    /// at a time per stage).
    public init(_ handler: @escaping @Sendable (Event) -> Void) {
        self.handler = handler
    }

    /// The reporter of the current task; `nil` when nobody listens.
    @TaskLocal public static var current: ProgressReporter?

    /// The names of the stages the current task is in, outermost first.
    @TaskLocal static var enclosing: [String] = []

    func send(_ event: Event) { handler(event) }
}

/// One stage of a computation, reported to ``ProgressReporter/current``.
///
/// ```swift
/// try ProgressStage.run("betweenness", total: sources.count) { stage in
///     for s in sources { …; stage.advance() }
/// }
/// ```
/// `advance` may be called from any thread (parallel workers share one stage).
public final class ProgressStage: Sendable {
    private let reporter: ProgressReporter?
    private let path: [String]
    private let total: Int?
    private let completed = Atomic<Int>(0)
    private let start = ContinuousClock.now

    private init(reporter: ProgressReporter?, path: [String], total: Int?) {
        self.reporter = reporter
        self.path = path
        self.total = total
    }

    /// Runs `body` as the stage `name` of `total` steps (`nil`: unknown), nested in the
    /// stages already running in this task.
    public static func run<T, E: Error>(_ name: String, total: Int? = nil, _ body: (ProgressStage) throws(E) -> T) throws(E) -> T {
        let stage = begin(name, total: total)
        defer { stage.finish() }
        // Through a Result: `withValue` rethrows untyped errors only.
        let result: Result<T, E> = ProgressReporter.$enclosing.withValue(stage.path) {
            do throws(E) { return .success(try body(stage)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The asynchronous form of ``run(_:total:_:)``.
    public static func run<T, E: Error>(
        _ name: String, total: Int? = nil, isolation: isolated (any Actor)? = #isolation,
        _ body: (ProgressStage) async throws(E) -> T
    ) async throws(E) -> T {
        let stage = begin(name, total: total)
        defer { stage.finish() }
        let result: Result<T, E> = await ProgressReporter.$enclosing.withValue(stage.path) {
            do throws(E) { return .success(try await body(stage)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    private static func begin(_ name: String, total: Int?) -> ProgressStage {
        let stage = ProgressStage(reporter: ProgressReporter.current, path: ProgressReporter.enclosing + [name], total: total)
        stage.reporter?.send(.init(kind: .started, path: stage.path, completed: 0, total: total, elapsed: 0))
        return stage
    }

    private var elapsed: Double { (ContinuousClock.now - start) / .seconds(1) }

    /// `steps` more steps are done.
    public func advance(by steps: Int = 1) {
        guard let reporter else { return }
        let done = completed.wrappingAdd(steps, ordering: .relaxed).newValue
        reporter.send(.init(kind: .advanced, path: path, completed: done, total: total, elapsed: elapsed))
    }

    /// `done` steps are done in all (for callers that count themselves).
    public func set(completed done: Int) {
        guard let reporter else { return }
        completed.store(done, ordering: .relaxed)
        reporter.send(.init(kind: .advanced, path: path, completed: done, total: total, elapsed: elapsed))
    }

    private func finish() {
        guard let reporter else { return }
        reporter.send(
            .init(
                kind: .finished(seconds: elapsed), path: path, completed: completed.load(ordering: .relaxed), total: total, elapsed: elapsed))
    }
}
