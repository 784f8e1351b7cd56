import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader never sees a partial one: the content goes to a
/// temporary file in the same folder, which is then renamed over the target.
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

    /// Writes a large file in pieces: bytes go to a temporary file beside the target,
    /// which `commit()` renames over it; a writer dropped without `commit()` removes it.
    public final class Writer {
        let path: String
        let temporary: String
        private let descriptor: Int32
        var buffer: [UInt8] = []
        var committed = false
        static let bufferSize = 256 << 10
        /// Pieces at least this large are written as they come (copying them to the
        /// buffer would only add a copy).
        static let directSize = 64 << 10

        public init(path: String) throws(WriteError) {
            let url = URL(fileURLWithPath: path)
            let directory = url.deletingLastPathComponent().path
            self.path = path
            temporary = directory + "/." + url.lastPathComponent + ".tmp-\(getpid())"
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else {
                throw WriteError(path: path, reason: "could not create a file in \(directory) (does the folder exist, and is it writable?)")
            }
        }

        /// Buffers small pieces; large ones are written at once, after what is buffered.
        public func append(_ bytes: [UInt8]) throws(WriteError) {
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
            let failure: Int32? = bytes.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return errno
                    }
                    offset += written
                }
                return nil
            }
            if let failure { throw WriteError(path: path, reason: String(cString: strerror(failure))) }
        }

        public func commit() throws(WriteError) {
            try flush()
            committed = true
            if close(descriptor) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw WriteError(path: path, reason: reason)
            }
            if rename(temporary, path) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw WriteError(path: path, reason: reason)
            }
        }

        /// Removes the temporary file (also done when a writer is dropped uncommitted).
        public func discard() {
            guard !committed else { return }
            committed = true
            close(descriptor)
            unlink(temporary)
        }

        deinit { discard() }
    }

    /// Creates `path` and its parents if needed.
    public static func ensureDirectory(_ path: String) throws(WriteError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: "could not create the folder (\(error.localizedDescription))")
        }
    }
}

/// POSIX `write(2)` (the name is taken inside `AtomicFile`).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
