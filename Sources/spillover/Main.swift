import ArgumentParser
import SpilloverKit

#if canImport(Glibc)
    import Glibc
#endif

/// Our own entry point, so that errors map to the documented exit statuses: 65 for bad
/// input data, 1 for runtime failures, 64 for usage errors (argument-parser's own, and the
/// library's parameter errors that reach here unmapped), each as one `spillover: error:` line.
@main
enum Main {
    static func main() async {
        installSignalHandlers()
        let display = ProgressDisplay(interactive: Terminal.stderrIsInteractive)
        await ProgressReporter.$current.withValue(display.reporter) { await execute(display) }
    }

    private static func execute(_ display: ProgressDisplay) async {
        do {
            let command = try Spillover.parseAsRoot()
            let common = (command as? HasCommonOptions)?.common
            if common?.quiet == true { display.silence() }
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await WorkerPool.$threads.withValue(common?.threads ?? WorkerPool.cores) { try await run(&asyncCommand) }
            } else {
                var command = command
                try command.run()
            }
        } catch let error as InputError {
            Terminal.error(error.description(naming: \.flag))
            exit(ExitStatus.dataError)
        } catch let error as GraphBuildError {
            Terminal.error(error.description)
            exit(ExitStatus.dataError)
        } catch let error as CLIError {
            Terminal.error(error.message)
            exit(error.status)
        } catch let error as OutputError {
            Terminal.error(error.description)
            exit(ExitStatus.failure)
        } catch let error as IGraphError {
            Terminal.error(error.description)
            exit(ExitStatus.failure)
        } catch let error as MetricsError {
            Terminal.error(error.description)
            exit(ExitStatus.usage)
        } catch let error as DiffusionError {
            let mapped = CLIError(error)
            Terminal.error(mapped.message)
            exit(mapped.status)
        } catch let error as FocalError {
            Terminal.error(error.description(naming: \.flag))
            exit(error == .emptyGraph ? ExitStatus.dataError : ExitStatus.usage)
        } catch let error as DOTError {
            Terminal.error(error.description)
            exit(ExitStatus.failure)
        } catch let error as RenderError {
            Terminal.error(error.description)
            exit(ExitStatus.failure)
        } catch {
            Spillover.exit(withError: error)
        }
    }

    private static func run<C: AsyncParsableCommand>(_ command: inout C) async throws {
        try await command.run()
    }
}
