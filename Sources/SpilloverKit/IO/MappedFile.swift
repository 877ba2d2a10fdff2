#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A read-only, memory-mapped view of a whole file.
///
/// Mapping (rather than reading into an array) keeps memory bounded on files larger than
/// RAM: pages are backed by the file and the kernel drops them as the scan moves on.
final class MappedFile {
    let path: String
    let bytes: UnsafeBufferPointer<UInt8>
    private let mapping: UnsafeMutableRawPointer?
    private let length: Int

    /// Maps `path`; throws ``InputError`` naming the file when it cannot be opened.
    init(path: String) throws(InputError) {
        self.path = path
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            throw InputError(file: path, message: "cannot open file: \(reason.lowercased())")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw InputError(file: path, message: "cannot read file: \(String(cString: strerror(errno)).lowercased())")
        }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw InputError(file: path, message: "not a regular file")
        }
        length = Int(info.st_size)
        if length == 0 {
            mapping = nil
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        let p = mmap(nil, length, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let p, p != MAP_FAILED else {
            throw InputError(file: path, message: "cannot map file: \(String(cString: strerror(errno)).lowercased())")
        }
        _ = madvise(p, length, MADV_SEQUENTIAL)
        mapping = p
        bytes = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt8.self), count: length)
    }

    /// Tells the kernel the pages before `offset` are not needed again, so that a long scan
    /// keeps only the pages near its position resident (the pages are backed by the file
    /// and would be read again if touched).
    func release(below offset: Int) {
        guard let mapping else { return }
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = min(offset, length) / page * page
        if end > 0 { _ = madvise(mapping, end, MADV_DONTNEED) }
    }

    deinit {
        if let mapping { munmap(mapping, length) }
    }
}
