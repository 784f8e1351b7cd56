import Foundation

/// Reads lines of a regular file again by their locations, so that a first pass can
/// keep where each response is instead of its text: memory then does not grow with the
/// response file. Neighbouring lines are read with one `pread`.
final class LineFetcher: @unchecked Sendable {
    let path: String
    private let descriptor: Int32
    /// What the opened file is (device, inode, size, modification time).
    let identity: FileIdentity

    /// Runs of lines closer than this are read together (the gap is read and dropped).
    static let largestGap = 64 << 10
    /// A run stops growing at this size, so that a slice of scattered lines does not read
    /// the whole file.
    static let largestRun = 64 << 20

    /// Nil when `path` is not a regular file that can be opened (a pipe, a terminal):
    /// such input can only be read once.
    init?(path: String) {
        // The type first: opening a named pipe would wait for a writer.
        guard Self.isRegularFile(path) else { return nil }
        var status = stat()
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            return nil
        }
        self.path = path
        self.descriptor = descriptor
        identity = FileIdentity(status)
    }

    deinit { close(descriptor) }

    /// What the opened file is now (written to since it was opened: another size or
    /// modification time).
    func currentIdentity() -> FileIdentity? {
        var status = stat()
        return fstat(descriptor, &status) == 0 ? FileIdentity(status) : nil
    }

    /// The size of the file at `path` in bytes (0 when it cannot be read).
    static func size(of path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// The error for a file that no longer reads as it did in the first pass.
    static func changed(_ path: String, line: Int? = nil, _ what: String = "changed while it was read") -> InputError {
        InputError(file: path, line: line, message: "the file \(what) (it is read twice: once to match responses, once to score them)",
                   hint: "score a file that is not being moved or written to")
    }

    /// The device, inode, size and modification time of a file: the second pass checks
    /// that it reads the file the first pass read (not one moved over it, or written to
    /// since), which parsing alone would not notice when the new lines have the old lengths.
    struct FileIdentity: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modifiedSeconds: Int64
        var modifiedNanoseconds: Int64

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int64(status.st_size)
            #if canImport(Darwin)
            modifiedSeconds = Int64(status.st_mtimespec.tv_sec)
            modifiedNanoseconds = Int64(status.st_mtimespec.tv_nsec)
            #else
            modifiedSeconds = Int64(status.st_mtim.tv_sec)
            modifiedNanoseconds = Int64(status.st_mtim.tv_nsec)
            #endif
        }

        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            self.init(status)
        }
    }

    /// Whether `path` names a regular file (not a pipe, a terminal or a folder), which can
    /// be read more than once.
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    /// The bytes of each location, in the order given.
    func read(_ locations: [LineLocation]) throws(InputError) -> [ArraySlice<UInt8>] {
        var lines = [ArraySlice<UInt8>](repeating: [], count: locations.count)
        let order = locations.indices.sorted { locations[$0].offset < locations[$1].offset }
        var runStart = 0
        while runStart < order.count {
            // The run: following lines while the gap and the total stay small.
            let first = locations[order[runStart]]
            var end = first.offset + first.length
            var runEnd = runStart + 1
            while runEnd < order.count {
                let next = locations[order[runEnd]]
                let nextEnd = max(end, next.offset + next.length)
                guard next.offset - end <= Self.largestGap, nextEnd - first.offset <= Self.largestRun else { break }
                end = nextEnd
                runEnd += 1
            }
            let bytes = try readRange(first.offset..<end, line: first.line)
            for position in runStart..<runEnd {
                let location = locations[order[position]]
                let start = bytes.startIndex + (location.offset - first.offset)
                lines[order[position]] = bytes[start..<start + location.length]
            }
            runStart = runEnd
        }
        return lines
    }

    private func readRange(_ range: Range<Int>, line: Int) throws(InputError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        let failed: Bool = bytes.withUnsafeMutableBytes { buffer in
            while done < range.count {
                let count = pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return true }
                done += count
            }
            return false
        }
        if failed { throw Self.changed(path, line: line) }
        return bytes
    }
}
