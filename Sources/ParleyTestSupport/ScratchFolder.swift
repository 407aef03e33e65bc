import Foundation

/// Folders for the files the tests write: each a fresh folder inside one folder of the test process
/// (`parley-tests-PID` in the temporary directory), which goes when the process exits, so that a test
/// run leaves nothing behind in /tmp.
public enum ScratchFolder {
    /// A new empty folder named `prefix-UUID`.
    public static func make(_ prefix: String) -> URL {
        let dir = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    private static func rootURL() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("parley-tests-\(getpid())")
    }

    private static let root: URL = {
        let url = rootURL()
        // a folder under this id outlived an earlier process that crashed
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.rootURL()) }
        return url
    }()
}
