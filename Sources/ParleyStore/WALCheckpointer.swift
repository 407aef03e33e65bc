import Foundation
import GRDB
import Parley

/// Copies committed pages from the write-ahead log into the store file on a thread and connection of
/// its own while a bulk load writes.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses its threshold: the writer itself
/// copies the log and waits for two `fsync`s, about a quarter of its time in a bulk load. With the
/// automatic checkpoint off for the load, the writer only appends to the log, and this thread copies
/// what each commit added (a passive checkpoint, which never blocks the writer). ``finish()`` copies
/// the rest and empties the log.
final class WALCheckpointer: @unchecked Sendable {
    private let store: Store
    private let connection: DatabaseQueue
    private let condition = NSCondition()
    private var wanted = false
    private var stopping = false
    private var running = true

    /// Opens a second connection to the store's file, turns the writer's automatic checkpoint off
    /// and starts the thread.
    init(store: Store) throws {
        var config = Configuration()
        config.busyMode = .immediateError
        self.store = store
        connection = try DatabaseQueue(path: store.path, configuration: config)
        try store.automaticCheckpoints(false)
        let thread = Thread { [self] in loop() }
        thread.name = "parley-checkpoint"
        thread.start()
    }

    /// A commit added to the log: copy it when the thread is free.
    func nudge() {
        condition.lock()
        wanted = true
        condition.signal()
        condition.unlock()
    }

    /// Stops the thread, copies what is left and truncates the log, then gives the writer its automatic
    /// checkpoint back; a second call does nothing.
    /// Everything is committed already, so nothing waits on another program: while one reads, the
    /// log keeps what it could not copy until SQLite's next automatic checkpoint.
    func finish() {
        condition.lock()
        let first = !stopping
        stopping = true
        condition.signal()
        while running { condition.wait() }
        condition.unlock()
        guard first else { return }
        _ = try? connection.writeWithoutTransaction { db in
            try db.checkpoint(.passive)
            try db.checkpoint(.truncate)
        }
        try? store.automaticCheckpoints(true)
    }

    private func loop() {
        while true {
            condition.lock()
            while !wanted && !stopping { condition.wait() }
            let stop = stopping
            wanted = false
            condition.unlock()
            if stop { break }
            // One that cannot run now copies nothing; the next one, or finish(), does.
            _ = try? connection.writeWithoutTransaction { try $0.checkpoint(.passive) }
        }
        condition.lock()
        running = false
        condition.broadcast()
        condition.unlock()
    }
}
