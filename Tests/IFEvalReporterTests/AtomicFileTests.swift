import Foundation
import IFEvalEngine
import Testing
@testable import IFEvalReporter
#if canImport(Glibc)
import Glibc
#endif

/// Output targets: what `AtomicFile` does with devices, FIFOs, links and planted files.
@Suite struct AtomicFileTests {
    final class Folder {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func read(_ name: String) -> String? { FileManager.default.contents(atPath: path + "/" + name).map { String(decoding: $0, as: UTF8.self) } }
        func kind(_ name: String) -> mode_t {
            var info = stat()
            lstat(path + "/" + name, &info)
            return info.st_mode & S_IFMT
        }
        var entries: [String] { (try? FileManager.default.contentsOfDirectory(atPath: path).sorted()) ?? [] }
    }

    static var isRoot: Bool { geteuid() == 0 }

    @Test func characterDeviceIsWrittenThroughNotReplaced() throws {
        guard Self.isRoot else {
            print("skipped: mknod needs root")
            return
        }
        let folder = try Folder()
        // A copy of /dev/null (major 1, minor 3), made in the scratch folder.
        #expect(mknod(folder.path + "/null", S_IFCHR | 0o666, linuxDevice(1, 3)) == 0)
        try AtomicFile.write("report\n", to: folder.path + "/null")
        #expect(folder.kind("null") == S_IFCHR, "before: the device became a regular file")
        #expect(folder.entries == ["null"], "no temporary file is left")
    }

    @Test func fullDeviceFailsWithTheReason() throws {
        guard Self.isRoot else {
            print("skipped: mknod needs root")
            return
        }
        let folder = try Folder()
        #expect(mknod(folder.path + "/full", S_IFCHR | 0o666, linuxDevice(1, 7)) == 0)
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("report\n", to: folder.path + "/full") }
        #expect(folder.kind("full") == S_IFCHR)
    }

    @Test func fifoIsWrittenThrough() throws {
        let folder = try Folder()
        let fifo = folder.path + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let received = folder.path + "/received"
        let reader = Thread {
            let handle = FileHandle(forReadingAtPath: fifo)!
            let data = handle.readDataToEndOfFile()
            try? data.write(to: URL(fileURLWithPath: received))
        }
        reader.start()
        try AtomicFile.write("through the pipe\n", to: fifo)
        while folder.read("received") == nil { usleep(10_000) }
        #expect(folder.read("received") == "through the pipe\n")
        #expect(folder.kind("pipe") == S_IFIFO, "before: the FIFO became a regular file")
    }

    @Test func symlinkStaysALinkAndItsTargetIsReplaced() throws {
        let folder = try Folder()
        try FileManager.default.createDirectory(atPath: folder.path + "/real", withIntermediateDirectories: true)
        try "old\n".write(toFile: folder.path + "/real/target.md", atomically: false, encoding: .utf8)
        chmod(folder.path + "/real/target.md", 0o640)
        #expect(symlink("real/target.md", folder.path + "/link.md") == 0)
        #expect(symlink("link.md", folder.path + "/link2.md") == 0)
        try AtomicFile.write("new\n", to: folder.path + "/link2.md")
        #expect(folder.kind("link.md") == S_IFLNK && folder.kind("link2.md") == S_IFLNK)
        #expect(folder.read("real/target.md") == "new\n")
        var info = stat()
        stat(folder.path + "/real/target.md", &info)
        #expect(info.st_mode & 0o777 == 0o640, "a replaced file keeps its permissions")
        #expect(folder.entries == ["link.md", "link2.md", "real"])
        // A dangling link: the file it names is created.
        #expect(symlink("real/new.md", folder.path + "/dangling.md") == 0)
        try AtomicFile.write("made\n", to: folder.path + "/dangling.md")
        #expect(folder.read("real/new.md") == "made\n")
    }

    @Test func aPlantedLinkAtThePidNameIsNotFollowed() throws {
        let folder = try Folder()
        try "victim\n".write(toFile: folder.path + "/victim", atomically: false, encoding: .utf8)
        // The name the writer used before (".NAME.tmp-PID", opened with O_TRUNC).
        #expect(symlink(folder.path + "/victim", folder.path + "/.out.md.tmp-\(getpid())") == 0)
        try AtomicFile.write("report\n", to: folder.path + "/out.md")
        #expect(folder.read("victim") == "victim\n", "before: the link's target was overwritten")
        #expect(folder.kind("out.md") == S_IFREG)
        #expect(folder.read("out.md") == "report\n")
    }

    @Test func temporaryNamesAreUnpredictableAndListedUntilInstalled() throws {
        let folder = try Folder()
        let first = try AtomicFile.Writer(path: folder.path + "/a.txt")
        let second = try AtomicFile.Writer(path: folder.path + "/a.txt")
        guard case let .replace(_, one) = first.target, case let .replace(_, two) = second.target else {
            Issue.record("a regular file is replaced")
            return
        }
        #expect(one != two)
        #expect(!one.hasSuffix("-\(getpid())"))
        #expect(AtomicFile.Cleanup.pending.files.contains(one))
        try first.append(Array("x".utf8))
        try first.commit()
        #expect(!AtomicFile.Cleanup.pending.files.contains(one))
        second.discard()
        #expect(!AtomicFile.Cleanup.pending.files.contains(two))
        #expect(folder.entries == ["a.txt"])
    }

    @Test func folderAndEmptyNamesAreRefused() throws {
        let folder = try Folder()
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: folder.path) }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: "") }
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.ensureDirectory("") }
    }

    @Test func ensureDirectoryListsTheFoldersItMade() throws {
        let folder = try Folder()
        let made = try AtomicFile.ensureDirectory(folder.path + "/a/b/c")
        #expect(made == [folder.path + "/a/b/c", folder.path + "/a/b", folder.path + "/a"])
        #expect(try AtomicFile.ensureDirectory(folder.path + "/a/b/c").isEmpty)
        AtomicFile.Cleanup.forget(directories: made)
    }

    @Test func digestIsTheSameHoweverTheBytesAreSplit() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var whole = ContentDigest()
        whole.add(bytes)
        for split in [1, 7, 31, 32, 33, 999] {
            var pieces = ContentDigest()
            var start = 0
            while start < bytes.count {
                pieces.add(Array(bytes[start..<min(start + split, bytes.count)]))
                start += split
            }
            #expect(pieces.hex == whole.hex, "split \(split)")
            #expect(pieces.byteCount == 1000)
        }
        var changed = ContentDigest()
        changed.add(bytes.dropLast() + [bytes.last! ^ 1])
        #expect(changed.hex != whole.hex)
        var shorter = ContentDigest()
        shorter.add(Array(bytes.dropLast()))
        #expect(shorter.hex != whole.hex)
    }
}

/// Linux's makedev for small numbers (a C macro, not imported): /dev/null is (1, 3),
/// /dev/full (1, 7).
func linuxDevice(_ major: UInt32, _ minor: UInt32) -> dev_t { dev_t((major << 8) | minor) }
