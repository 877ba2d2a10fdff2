import SpilloverLock

/// The process-wide lock of the igraph gateway. It is a ``Locked`` (a pthread mutex that
/// ThreadSanitizer sees), error-checking so that igraph code re-entering the gateway from the
/// thread that holds the lock stops the process with `EDEADLK` instead of hanging.
typealias IGraphLock = Locked<Void>
