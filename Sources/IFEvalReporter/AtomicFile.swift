import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees a partial one, without changing what the
/// target is:
/// - a regular file (or a name not yet taken) is replaced atomically: the content goes to
///   a temporary file in the same folder, created with `O_CREAT|O_EXCL|O_NOFOLLOW` under
///   an unpredictable name, which is renamed over the target once complete (a failed
///   write leaves the target as it was and removes the temporary file);
/// - a symbolic link is followed and the file it names is replaced that way, in that
///   file's folder (the link stays a link);
/// - a device, FIFO or socket (`/dev/null`, `/dev/stdout`, a named pipe) is opened and
///   written through, never replaced;
/// - `-` is standard output.
/// Every temporary file and every folder a writer creates is listed in `Cleanup`, so that
/// an interrupted process can remove them (`Cleanup.removeAll()`).
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public let path: String
        public let reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        let writer = try Writer(path: path)
        try writer.append(Array(text.utf8))
        try writer.commit()
    }

    /// Where the bytes of a writer go.
    enum Target {
        /// A temporary file renamed over `final` (the path after following links).
        case replace(final: String, temporary: String)
        /// Written through an open descriptor (a device, FIFO or socket); `ownsDescriptor`
        /// is false for standard output.
        case through(ownsDescriptor: Bool)
    }

    /// Writes a large file in pieces: bytes go to a temporary file beside the target,
    /// which `commit()` renames over it; a writer dropped without `commit()` removes it.
    public final class Writer {
        let path: String
        let target: Target
        private var descriptor: Int32
        var buffer: [UInt8] = []
        var committed = false
        /// The digest of every byte appended (for the run folder's manifest).
        public private(set) var digest = ContentDigest()
        static let bufferSize = 256 << 10
        /// Pieces at least this large are written as they come (copying them to the
        /// buffer would only add a copy).
        static let directSize = 64 << 10

        public init(path: String) throws(WriteError) {
            self.path = path
            let resolved = try AtomicFile.resolve(path)
            switch resolved {
            case let .descriptor(fd):
                descriptor = fd
                target = .through(ownsDescriptor: false)
            case let .special(special):
                descriptor = open(special, O_WRONLY | O_CLOEXEC)
                guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
                target = .through(ownsDescriptor: true)
            case let .file(final, existingMode):
                let (fd, temporary) = try AtomicFile.createTemporary(beside: final, reportedAs: path)
                descriptor = fd
                target = .replace(final: final, temporary: temporary)
                // A replaced file keeps its permissions.
                if let existingMode { _ = fchmod(fd, existingMode) }
            }
        }

        /// Buffers small pieces; large ones are written at once, after what is buffered.
        public func append(_ bytes: [UInt8]) throws(WriteError) {
            digest.add(bytes)
            if bytes.count >= Self.directSize {
                try flush()
                try writeAll(bytes)
                return
            }
            if buffer.count + bytes.count > Self.bufferSize { try flush() }
            if buffer.capacity == 0 { buffer.reserveCapacity(Self.bufferSize) }
            buffer.append(contentsOf: bytes)
        }

        func flush() throws(WriteError) {
            try writeAll(buffer)
            buffer.removeAll(keepingCapacity: true)
        }

        /// Straight to the descriptor: no intermediate `Data` copy.
        private func writeAll(_ bytes: [UInt8]) throws(WriteError) {
            if let failure = AtomicFile.writeAll(descriptor, bytes) {
                throw WriteError(path: path, reason: String(cString: strerror(failure)))
            }
        }

        /// Writes what is buffered and closes the file; a failure removes the temporary file.
        /// After this, `install()` puts the file in place.
        public func finishWriting() throws(WriteError) {
            do throws(WriteError) {
                try flush()
            } catch {
                discard()
                throw error
            }
            if case .through(ownsDescriptor: false) = target { return }
            let closed = close(descriptor)
            let reason = String(cString: strerror(errno))
            descriptor = -1
            if closed != 0 {
                discard()
                throw WriteError(path: path, reason: reason)
            }
        }

        /// Renames the finished temporary file over its target (nothing for a device).
        /// Called inside `Cleanup.installing`, which holds the lock for all the files
        /// installed together.
        public func install() throws(WriteError) {
            guard !committed else { return }
            committed = true
            guard case let .replace(final, temporary) = target else { return }
            let renamed = rename(temporary, final) == 0
            let reason = String(cString: strerror(errno))
            if !renamed { unlink(temporary) }
            Cleanup.files.removeAll { $0 == temporary }
            if !renamed { throw WriteError(path: path, reason: reason) }
        }

        public func commit() throws(WriteError) {
            try finishWriting()
            try Cleanup.installing { () throws(WriteError) in try install() }
        }

        /// Removes the temporary file (also done when a writer is dropped uncommitted).
        public func discard() {
            guard !committed else { return }
            committed = true
            switch target {
            case let .replace(_, temporary):
                if descriptor >= 0 { close(descriptor) }
                unlink(temporary)
                Cleanup.forget(file: temporary)
            case .through(ownsDescriptor: true):
                if descriptor >= 0 { close(descriptor) }
            case .through(ownsDescriptor: false):
                break
            }
            descriptor = -1
        }

        deinit { discard() }
    }

    /// What a path names once links are followed.
    enum Resolved: Equatable {
        /// An open descriptor of this process (`-`, `/dev/stdout`, `/dev/fd/N`).
        case descriptor(Int32)
        /// A device, FIFO or socket, or a path through `/proc` (opened, never replaced).
        case special(String)
        /// A regular file to replace (or create), with the permissions it has now.
        case file(String, mode: mode_t?)
    }

    static func resolve(_ path: String) throws(WriteError) -> Resolved {
        switch path {
        case "-", "/dev/stdout": return .descriptor(1)
        case "/dev/stderr": return .descriptor(2)
        default: break
        }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let fd = Int32(path.dropFirst(prefix.count)) { return .descriptor(fd) }
        }
        guard !path.isEmpty else { throw WriteError(path: "\"\"", reason: "an empty file name") }
        var current = path
        for _ in 0..<40 {
            // /proc's links name kernel objects ("pipe:[123]"), which only open() follows.
            if current.hasPrefix("/proc/") { return .special(current) }
            var info = stat()
            guard lstat(current, &info) == 0 else {
                if errno == ENOENT { return .file(current, mode: nil) }
                throw WriteError(path: path, reason: String(cString: strerror(errno)))
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK:
                guard let destination = readLink(current) else {
                    throw WriteError(path: path, reason: "cannot read the symbolic link \(current)")
                }
                current = destination.hasPrefix("/") ? destination : directoryName(current) + "/" + destination
            case S_IFREG:
                return .file(current, mode: info.st_mode & 0o7777)
            case S_IFDIR:
                throw WriteError(path: path, reason: "it is a folder; give a file name")
            default:
                return .special(current)
            }
        }
        throw WriteError(path: path, reason: "too many levels of symbolic links")
    }

    static func readLink(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func directoryName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func baseName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// A new file `.NAME.tmp-<16 random hex digits>` beside `final`, created exclusively
    /// (never through a link or over an existing file) and listed in `Cleanup`.
    static func createTemporary(beside final: String, reportedAs path: String) throws(WriteError) -> (Int32, String) {
        let directory = directoryName(final)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<64 {
            let suffix = String(generator.next() as UInt64, radix: 16)
            let temporary = directory + "/." + baseName(final) + ".tmp-" + String(repeating: "0", count: 16 - suffix.count) + suffix
            let result: (Int32, Int32) = Cleanup.withLock {
                let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
                if fd >= 0 { Cleanup.files.append(temporary) }
                return (fd, errno)
            }
            if result.0 >= 0 { return (result.0, temporary) }
            if result.1 != EEXIST {
                throw WriteError(path: path, reason: "could not create a file in \(directory): \(String(cString: strerror(result.1))) (does the folder exist, and is it writable?)")
            }
        }
        throw WriteError(path: path, reason: "could not create a temporary file in \(directory)")
    }

    /// Writes every byte to `descriptor`, retrying short writes and EINTR; the errno of
    /// a failure (ENOSPC when a write makes no progress), or nil.
    public static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return ENOSPC }
                offset += written
            }
            return nil
        }
    }

    /// Creates `path` and its parents if needed; returns the folders it made, innermost
    /// first, which stay listed in `Cleanup` until `Cleanup.forget(directories:)`.
    @discardableResult
    public static func ensureDirectory(_ path: String) throws(WriteError) -> [String] {
        guard !path.isEmpty else { throw WriteError(path: "\"\"", reason: "an empty folder name") }
        var missing: [String] = []
        var folder = path
        while !folder.isEmpty && folder != "/" && folder != "." && access(folder, F_OK) != 0 {
            missing.append(folder)
            let parent = directoryName(folder)
            if parent == folder { break }
            folder = parent
        }
        for directory in missing.reversed() {
            let made: Int32 = Cleanup.withLock {
                if mkdir(directory, 0o777) != 0 { return errno }
                Cleanup.directories.append(directory)
                return 0
            }
            if made != 0 && made != EEXIST {
                throw WriteError(path: path, reason: "could not create the folder \(directory) (\(String(cString: strerror(made))))")
            }
        }
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else {
            throw WriteError(path: path, reason: "not a folder")
        }
        return missing
    }

    /// The temporary files and new folders of unfinished writes, for an interrupted process
    /// to remove. Installing files holds the lock, so an interruption waits for the last
    /// rename of a run folder rather than leaving some of its files old and some new.
    public enum Cleanup {
        nonisolated(unsafe) static var files: [String] = []
        /// Innermost last (created in that order), removed in reverse.
        nonisolated(unsafe) static var directories: [String] = []
        nonisolated(unsafe) private static var mutex: pthread_mutex_t = {
            var mutex = pthread_mutex_t()
            pthread_mutex_init(&mutex, nil)
            return mutex
        }()

        static func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            return try body()
        }

        static func forget(file: String) {
            withLock { files.removeAll { $0 == file } }
        }

        /// The folders a finished run keeps.
        public static func forget(directories kept: [String]) {
            withLock { directories.removeAll { kept.contains($0) } }
        }

        /// Runs `body` (renames of several files) so that `removeAll` cannot run in between.
        public static func installing<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
            try withLock(body)
        }

        /// Removes every temporary file and every folder writers created and have not kept
        /// (only if empty), then leaves the lock taken: the process is about to exit, and no
        /// writer may create or install a file after this.
        public static func removeAllAndHold() {
            // Renames take microseconds; a lock still held after a second belongs to a
            // thread that will not let go, and the files are removed without it.
            for _ in 0..<1000 where pthread_mutex_trylock(&mutex) != 0 { usleep(1000) }
            for file in files { unlink(file) }
            for directory in directories.reversed() { rmdir(directory) }
            files.removeAll()
            directories.removeAll()
        }

        /// What is listed now (for tests).
        public static var pending: (files: [String], directories: [String]) {
            withLock { (files, directories) }
        }
    }
}

/// POSIX `write(2)` (the name is taken inside `AtomicFile`).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// A 64-bit digest of a file's bytes, for the run folder's manifest: four multiply-rotate
/// lanes over 32-byte blocks (fast enough to run on every byte written), then the length.
/// It tells files of different runs apart; it is not a defence against a forger, who can
/// rewrite the manifest too.
public struct ContentDigest: Sendable {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F, 0x1656_67B1_9E37_79F9, 0x85EB_CA77_C2B2_AE63)
    private var pending: [UInt8] = []
    public private(set) var byteCount = 0

    public init() {}

    static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = (lane ^ word) &* prime
        return (mixed << 29) | (mixed >> 35)
    }

    public mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { add($0) }
    }

    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        byteCount += bytes.count
        var start = 0
        if !pending.isEmpty {
            let take = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            start = take
            guard pending.count == 32 else { return }
            let block = pending
            pending.removeAll(keepingCapacity: true)
            block.withUnsafeBytes { consumeBlocks($0) }
        }
        let whole = (bytes.count - start) / 32 * 32
        if whole > 0 { consumeBlocks(UnsafeRawBufferPointer(rebasing: bytes[start..<start + whole])) }
        if start + whole < bytes.count { pending.append(contentsOf: bytes[(start + whole)...]) }
    }

    private mutating func consumeBlocks(_ blocks: UnsafeRawBufferPointer) {
        var (a, b, c, d) = lanes
        var offset = 0
        while offset < blocks.count {
            a = Self.round(a, UInt64(littleEndian: blocks.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            b = Self.round(b, UInt64(littleEndian: blocks.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)))
            c = Self.round(c, UInt64(littleEndian: blocks.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)))
            d = Self.round(d, UInt64(littleEndian: blocks.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)))
            offset += 32
        }
        lanes = (a, b, c, d)
    }

    /// Sixteen hex digits.
    public var hex: String {
        var (a, b, c, d) = lanes
        for (i, byte) in pending.enumerated() {
            let word = UInt64(byte) << UInt64(8 * (i % 8))
            switch i / 8 {
            case 0: a = Self.round(a, word)
            case 1: b = Self.round(b, word)
            case 2: c = Self.round(c, word)
            default: d = Self.round(d, word)
            }
        }
        var h = Self.round(Self.round(Self.round(Self.round(UInt64(byteCount), a), b), c), d)
        h ^= h >> 31
        h = h &* Self.prime
        h ^= h >> 29
        let text = String(h, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    /// The digest and size of a file's bytes, or nil when it cannot be read.
    public static func ofFile(_ path: String) -> ContentDigest? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var digest = ContentDigest()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(fd, buffer.baseAddress, buffer.count)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return digest }
            digest.add(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }
}
