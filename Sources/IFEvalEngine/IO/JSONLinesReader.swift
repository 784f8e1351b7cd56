import Foundation

/// Reads a JSON Lines file in chunks, so that memory does not grow with the file: one
/// JSON value per non-blank line. Accepts a UTF-8 byte-order mark at the start; lines end
/// where Python's text mode (universal newlines, how the official scripts read their
/// JSONL files) ends them: at LF, CR LF or a lone CR. Reports invalid UTF-8 or JSON with
/// the line number.
public struct JSONLinesReader: Sequence {
    public struct Line {
        public let number: Int
        public let value: JSONValue
        /// Where the line's JSON text is in the file (after a byte-order mark; without
        /// the line end), so that a later pass can read it again.
        public var location: LineLocation = LineLocation(offset: 0, length: 0, line: 0)
    }

    /// A raw line: its bytes (a leading byte-order mark removed), number and location.
    public typealias RawLine = (bytes: [UInt8], number: Int, offset: Int)

    public let path: String
    let chunkSize: Int

    public init(path: String, chunkSize: Int = 1 << 20) {
        self.path = path
        self.chunkSize = chunkSize
    }

    public func makeIterator() -> Iterator { Iterator(path: path, chunkSize: chunkSize) }

    /// Decodes one line: UTF-8, then JSON (the top-level members named `skipped` checked
    /// but not built; see `JSONParser.parse(_:skippingValuesOf:)`).
    public static func parse(_ bytes: [UInt8], line: Int, file: String, skipping skipped: String? = nil) -> Result<Line, InputError> {
        guard bytes.withUnsafeBufferPointer(UTF8Validation.isValid) else {
            return .failure(InputError(file: file, line: line, message: "the line is not valid UTF-8",
                                       hint: "re-encode the file as UTF-8"))
        }
        do {
            let value = try bytes.withUnsafeBufferPointer { (buffer) throws(JSONParser.Failure) -> JSONValue in
                if let skipped { return try JSONParser.parse(buffer, skippingValuesOf: skipped) }
                return try JSONParser.parse(buffer)
            }
            return .success(Line(number: line, value: value))
        } catch {
            return .failure(InputError(file: file, line: line, message: "invalid JSON: \(error.description)",
                                       hint: error.hint ?? "each line must be one complete JSON object"))
        }
    }

    /// Yields `.success(line)` for each non-blank line, or a `.failure` for a line that
    /// cannot be read (the iteration then continues with the next line, so that callers
    /// can report every bad line at once); a file that cannot be opened yields one failure.
    public struct Iterator: IteratorProtocol {
        let path: String
        let chunkSize: Int
        var file: ChunkedFileReader?
        var atEnd = false
        var lineNumber = 0

        init(path: String, chunkSize: Int) {
            self.path = path
            self.chunkSize = chunkSize
        }

        public mutating func next() -> Result<Line, InputError>? {
            do {
                guard let (bytes, number, _) = try nextNonBlankLine() else { return nil }
                return JSONLinesReader.parse(bytes, line: number, file: path)
            } catch {
                return .failure(error)
            }
        }

        /// The next non-blank line's bytes (a leading byte-order mark removed), number and
        /// offset, for callers that parse lines in parallel with `JSONLinesReader.parse`.
        /// Throws once if the file cannot be opened or read.
        public mutating func nextNonBlankLine() throws(InputError) -> RawLine? {
            if file == nil {
                guard !atEnd else { return nil }
                do {
                    file = try ChunkedFileReader(path: path, chunkSize: chunkSize)
                } catch {
                    atEnd = true
                    throw error
                }
            }
            while true {
                let raw: (bytes: [UInt8], offset: Int)?
                do {
                    raw = try file!.nextLine()
                } catch {
                    file = nil
                    atEnd = true
                    throw error
                }
                guard let (lineBytes, lineOffset) = raw else {
                    file = nil
                    atEnd = true
                    return nil
                }
                lineNumber += 1
                var bytes = lineBytes
                var offset = lineOffset
                if lineNumber == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                    bytes.removeFirst(3)
                    offset += 3
                }
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }) { continue }
                return (bytes, lineNumber, offset)
            }
        }
    }
}

/// A file read front to back in large chunks with `read(2)` into one reused buffer
/// (Foundation's `FileHandle` reads 4 KiB per system call into a new buffer each time).
final class ChunkedFileReader {
    let path: String
    private let descriptor: Int32
    private let chunkSize: Int
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The unread bytes are `storage[start..<end]`; `storage[start..<scanned]` holds no line end.
    private var start = 0
    private var scanned = 0
    private var end = 0
    /// The first LF at or after `scanned`, or `end` when there is none; below `scanned`
    /// when not known.
    private var lineFeed = -1
    /// The file offset of `storage[start]`.
    private var startOffset = 0
    private var atEnd = false

    /// The bytes read into the buffer so far (`storage[0..<end]`).
    private var filled: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: end) }

    init(path: String, chunkSize: Int) throws(InputError) {
        self.path = path
        self.chunkSize = max(chunkSize, 1)
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        var status = stat()
        guard descriptor >= 0, fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else {
            let missing = descriptor < 0 && errno == ENOENT
            if descriptor >= 0 { close(descriptor) }
            throw InputError(file: path, message: missing ? "no such file" : "cannot read this file (is it a directory, or unreadable?)",
                             hint: "check the path")
        }
        self.descriptor = descriptor
        capacity = self.chunkSize
        storage = .allocate(capacity: capacity)
    }

    deinit {
        close(descriptor)
        storage.deallocate()
    }

    /// The next line's bytes and file offset; nil at the end. A line ends at LF, CR LF or
    /// a lone CR, as in Python's universal newlines (`open(path)`, `for line in file`;
    /// not `str.splitlines`, which also splits at VT, FF, U+2028 and others). The CR of a
    /// CR LF stays in the line (JSON white space), as it always has.
    func nextLine() throws(InputError) -> (bytes: [UInt8], offset: Int)? {
        while true {
            if lineFeed < scanned {
                // Where the next LF is, searched once per buffer rather than once per line
                // (a file of CR-only lines has none).
                lineFeed = ByteSearch.firstIndex(of: 0x0A, in: filled, scanned..<end) ?? end
            }
            if let carriageReturn = ByteSearch.firstIndex(of: 0x0D, in: filled, scanned..<max(scanned, lineFeed)) {
                if carriageReturn + 1 < end {
                    return storage[carriageReturn + 1] == 0x0A
                        ? take(upTo: carriageReturn + 1, skipping: 1) : take(upTo: carriageReturn, skipping: 1)
                }
                if atEnd { return take(upTo: carriageReturn, skipping: 1) }
                // A CR that ends the buffer: read on to see whether an LF follows it.
                scanned = carriageReturn
                lineFeed = -1
                try fill()
                continue
            }
            if lineFeed < end { return take(upTo: lineFeed, skipping: 1) }
            scanned = end
            if atEnd {
                return start < end ? take(upTo: end, skipping: 0) : nil
            }
            lineFeed = -1
            try fill()
        }
    }

    private func take(upTo lineEnd: Int, skipping separator: Int) -> (bytes: [UInt8], offset: Int) {
        let line = Array(UnsafeBufferPointer(start: storage + start, count: lineEnd - start))
        let offset = startOffset
        startOffset += lineEnd + separator - start
        start = lineEnd + separator
        scanned = start
        return (line, offset)
    }

    /// Moves the partial line to the front, grows the buffer if that line fills most of
    /// it, and reads the next chunk after it.
    private func fill() throws(InputError) {
        if start > 0 {
            let kept = end - start
            if kept > 0 { memmove(storage, storage + start, kept) }
            scanned -= start
            end = kept
            start = 0
        }
        if capacity - end < (chunkSize + 1) / 2 {
            let grownCapacity = max(capacity * 2, end + chunkSize)
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: grownCapacity)
            grown.update(from: storage, count: end)
            storage.deallocate()
            storage = grown
            capacity = grownCapacity
        }
        while true {
            let count = read(descriptor, storage + end, capacity - end)
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                let reason = String(cString: strerror(errno))
                atEnd = true
                throw InputError(file: path, message: "reading failed after \(startOffset + end) bytes: \(reason)",
                                 hint: "check that the file is readable and complete")
            }
            if count == 0 { atEnd = true }
            end += count
            return
        }
    }
}

extension JSONLinesReader {
    /// Reads the file a batch of lines at a time, decodes each batch on `parallelism`
    /// threads, and hands the results to `consume` in file order. The next batch is read
    /// from the file while the current one is decoded; memory stays bounded by two
    /// batches. Throws only when the file cannot be opened; bad lines come to `consume`
    /// as failures.
    public static func decodeInParallel<Decoded: Sendable>(
        path: String, parallelism: Int, batchSize: Int = 1024, skipping skipped: String? = nil,
        decode: @escaping @Sendable (Line) -> Result<Decoded, InputError>,
        consume: (Result<Decoded, InputError>) -> Void
    ) throws(InputError) {
        let source = BatchSource(path: path, batchSize: batchSize)
        var pending = source.fetch()
        while true {
            let batch = try pending.value().get()
            let finished = batch.count < batchSize
            if !finished { pending = source.fetch() }
            let decoded = ParallelMap.map(batch, parallelism: parallelism, chunkSize: 16) { bytes, number, offset -> Result<Decoded, InputError> in
                switch parse(bytes, line: number, file: path, skipping: skipped) {
                case let .failure(error): return .failure(error)
                case var .success(line):
                    line.location = LineLocation(offset: offset, length: bytes.count, line: number)
                    return decode(line)
                }
            }
            decoded.forEach(consume)
            if finished { return }
        }
    }
}

/// Reads batches of raw lines on its own serial queue, one batch ahead of the decoder.
private final class BatchSource: @unchecked Sendable {
    typealias Batch = [JSONLinesReader.RawLine]
    /// A batch being read; `value()` blocks until it is there.
    typealias Pending = BackgroundWork<Result<Batch, InputError>>

    /// Touched only on `queue`.
    private var lines: JSONLinesReader.Iterator
    private let batchSize: Int
    private let queue = DispatchQueue(label: "ifeval.jsonl-reader")

    init(path: String, batchSize: Int) {
        lines = JSONLinesReader(path: path).makeIterator()
        self.batchSize = batchSize
    }

    func fetch() -> Pending {
        Pending(on: queue) { [self] in
            var batch: Batch = []
            batch.reserveCapacity(batchSize)
            do throws(InputError) {
                while batch.count < batchSize, let line = try lines.nextNonBlankLine() { batch.append(line) }
                return .success(batch)
            } catch {
                return .failure(error)
            }
        }
    }
}

/// Where a line's text is in its file.
public struct LineLocation: Sendable, Equatable {
    public var offset: Int
    public var length: Int
    public var line: Int

    public init(offset: Int, length: Int, line: Int) {
        self.offset = offset
        self.length = length
        self.line = line
    }
}
