#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Synchronization

/// A failure to write an output file.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The file that could not be written, as given.
    public var path: String
    /// What went wrong (the system's reason).
    public var message: String
    /// `path: message`.
    public var description: String { "\(path): \(message)" }
}

/// Writes whole files atomically: the bytes go to a temporary file in the same folder,
/// which is flushed and then renamed over the target. Readers see the old file or the new
/// one, never a half-written one; after a failure no temporary file is left behind.
public enum AtomicFile {
    /// Writes `text` (UTF-8) to `path`.
    public static func write(_ text: String, to path: String) throws(OutputError) {
        // A native string's UTF-8 is contiguous: written without a copy (323 MB of CSV at
        // 10^6 firms).
        var text = text
        text.makeContiguousUTF8()
        var failure: OutputError?
        text.utf8.withContiguousStorageIfAvailable { utf8 in
            do throws(OutputError) { try write(bytes: UnsafeRawBufferPointer(utf8), to: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Writes `bytes` to `path`.
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let file = try AtomicFileWriter(path: path)
        try file.write(bytes)
        try file.commit()
    }

    /// Writes `bytes` to `path`.
    public static func write(bytes: UnsafeRawBufferPointer, to path: String) throws(OutputError) {
        let file = try AtomicFileWriter(path: path)
        try file.write(bytes)
        try file.commit()
    }

    /// Copies the file `source` to `path` atomically, 1 MB at a time (`analyze` writes the
    /// report's full ranking, 350 MB at 10^6 firms, once and copies it beside the report).
    package static func copy(_ source: String, to path: String) throws(OutputError) {
        let input = open(source, O_RDONLY)
        guard input >= 0 else { throw AtomicFileWriter.failure("cannot read \(source)", path: path) }
        defer { close(input) }
        let file = try AtomicFileWriter(path: path)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let r = read(input, buffer.baseAddress!, buffer.count)
            if r < 0 {
                if errno == EINTR { continue }
                throw AtomicFileWriter.failure("cannot read \(source)", path: path)
            }
            if r == 0 { break }
            try file.write(UnsafeRawBufferPointer(rebasing: buffer[0..<r]))
        }
        try file.commit()
    }
}

/// A file written atomically in pieces, for outputs too large to hold whole (a GEXF file of
/// 10^5 firms with every measure is 250 MB): ``write(_:)`` appends to a temporary file in the
/// target's folder, ``commit()`` flushes it and renames it over the target. A writer dropped
/// without a commit (an error on the way) removes its temporary file.
final class AtomicFileWriter {
    let path: String
    private let temporary: String
    private var fd: Int32

    /// Creates the temporary file beside `path`.
    init(path: String) throws(OutputError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).tmp-XXXXXX".utf8CString)
        fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard fd >= 0 else { throw Self.failure("cannot create a file in \(folder)", path: path) }
        TemporaryFiles.register(temporary)
    }

    deinit {
        guard fd >= 0 else { return }
        close(fd)
        unlink(temporary)
        TemporaryFiles.unregister(temporary)
    }

    /// `what` for `path`, with the system's reason for the last failed call (`errno`).
    static func failure(_ what: String, path: String) -> OutputError {
        OutputError(path: path, message: "\(what): \(String(cString: strerror(errno)).lowercased())")
    }

    /// Appends `bytes` to the temporary file.
    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        var written = 0
        while written < bytes.count {
            let r = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
            if r < 0 {
                if errno == EINTR { continue }
                throw Self.failure("cannot write", path: path)
            }
            written += r
        }
    }

    /// Appends `bytes` to the temporary file.
    func write(_ bytes: [UInt8]) throws(OutputError) {
        var failure: OutputError?
        bytes.withUnsafeBytes { raw in
            do throws(OutputError) { try write(raw) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Flushes the temporary file to disk and renames it over the target; the writer is
    /// finished afterwards (its temporary file gone, whether or not this succeeded).
    func commit() throws(OutputError) {
        defer { TemporaryFiles.unregister(temporary) }
        // mkstemp creates 0600; give the file the usual permissions (0666 less the umask).
        let mask = umask(0)
        umask(mask)
        fchmod(fd, 0o666 & ~mask)
        let synced = fsync(fd) == 0
        let closed = close(fd) == 0
        fd = -1
        guard synced, closed else {
            let error = Self.failure("cannot write", path: path)
            unlink(temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let error = Self.failure("cannot replace the file", path: path)
            unlink(temporary)
            throw error
        }
    }
}

/// Temporary files in flight, so that a signal handler can remove them before the process
/// exits (see the command line tool's interrupt handling).
package enum TemporaryFiles {
    /// Each path with its NUL-terminated bytes, made when registered so that the signal
    /// handler needs no allocation to pass it to `unlink`. The one `Synchronization.Mutex`
    /// of the package (everything else uses `Locked`, which ThreadSanitizer sees): its
    /// `withLockIfAvailable` is a single atomic compare-and-swap, safe in a signal handler,
    /// which `pthread_mutex_trylock` is not by POSIX.
    private static let paths = Mutex<[String: ContiguousArray<CChar>]>([:])

    static func register(_ path: String) {
        let bytes = ContiguousArray(path.utf8CString)
        paths.withLock { $0[path] = bytes }
    }

    static func unregister(_ path: String) {
        paths.withLock { _ = $0.removeValue(forKey: path) }
    }

    /// Removes every temporary file still in flight; call before exiting on a signal.
    /// Async-signal-safe: it never blocks (if the set is being changed at that instant, the
    /// one file being registered or finished is left to the rename in progress), allocates
    /// and frees nothing, and calls only `unlink`.
    package static func removeAll() {
        _ = paths.withLockIfAvailable { set in
            for bytes in set.values {
                bytes.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
            }
        }
    }
}
