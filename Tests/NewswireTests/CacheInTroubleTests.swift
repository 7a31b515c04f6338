import Foundation
import Testing

/// Caches that can be read but not written: a read-only file system, another user's file,
/// a full disk. Reads work as always; every write is refused with an error naming the cache.
@Suite struct CacheInTroubleTests {
    /// The Okabe story with its first quotation bookmarked; gives the story's id.
    private func bookmarkedCache(_ cli: Newswire) throws -> String {
        let id = try cli.importOkabe()
        #expect(try cli.run(["bookmark", "add", "\(id).0", "--note", "for the column"]).status == 0)
        return id
    }

    private func reads(_ id: String) -> [[String]] { [["list"], ["bookmarks", "--json"], ["show", id]] }
    private func writes(_ id: String) -> [[String]] {
        [["bookmark", "add", "\(id).1"], ["bookmark", "rm", "1"], ["import", Newswire.fixture("two-stories.txt")]]
    }

    private func expectReadsWork(_ results: ArraySlice<Newswire.Run>) {
        let (list, bookmarks, show) = (results[results.startIndex], results[results.startIndex + 1], results[results.startIndex + 2])
        #expect(list.status == 0 && list.stdout.contains("Tokyo and Beijing trade barbs"), "\(list.stderr)")
        #expect(bookmarks.status == 0 && bookmarks.stdout.contains("for the column"), "\(bookmarks.stderr)")
        #expect(show.status == 0 && show.stdout.contains("The door to dialogue is open"), "\(show.stderr)")
    }

    @Test(.enabled(if: PrivateMount.isAvailable, "needs a mount namespace (root or user namespaces)"))
    func aCacheOnAReadOnlyFileSystemIsReadAndRefusesWrites() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try bookmarkedCache(cli)
        let mount = PrivateMount(cli: cli)
        let results = try mount.run(kilobytes: 4096, setup: "mount -o remount,bind,ro \"$1\"", reads(id) + writes(id))
        expectReadsWork(results.prefix(3))
        for write in results.dropFirst(3) {
            #expect(write.status == 1)
            #expect(write.stderr.hasSuffix("error: \(mount.cache): the cache is read-only (it is on a read-only file system): "
                                           + "it can be read, but nothing can be saved in it\n"), "\(write.stderr)")
        }
    }

    /// SQLite reported every command on a full disk, reads included, as "disk I/O error": the
    /// readers' index of the log (`-shm`) could not be created.
    @Test(.enabled(if: PrivateMount.isAvailable, "needs a mount namespace (root or user namespaces)"))
    func aFullDiskStillReadsAndSaysItIsFull() throws {
        let cli = try Newswire()
        defer { cli.remove() }
        let id = try bookmarkedCache(cli)
        let mount = PrivateMount(cli: cli)
        let fill = "dd if=/dev/zero of=\"$1/fill\" bs=4k 2>/dev/null || true"
        let results = try mount.run(kilobytes: 2048, setup: fill, reads(id) + writes(id))
        expectReadsWork(results.prefix(3))
        for write in results.dropFirst(3) {
            #expect(write.status == 1)
            #expect(write.stderr.hasSuffix("error: \(mount.cache): the disk is full: the cache can be read, "
                                           + "but nothing can be saved in it until some space is freed\n"), "\(write.stderr)")
        }
    }

    /// As root: the commands run as `nobody` on root's cache; otherwise the file and its
    /// folder lose their write permission.
    @Test func anotherUsersCacheIsReadAndRefusesWrites() throws {
        let cli = try Newswire()
        defer {
            chmod(cli.folder.path, 0o755)
            cli.remove()
        }
        let id = try bookmarkedCache(cli)
        let user: Newswire
        if getuid() == 0 {
            let installed = try Newswire.install(to: cli.folder.appendingPathComponent("newswire"), folder: cli.folder)
            chmod(cli.folder.path, 0o755)
            user = Newswire(binary: URL(fileURLWithPath: "/usr/bin/setpriv"), folder: cli.folder,
                            prefix: ["--reuid=65534", "--regid=65534", "--clear-groups", installed.binary.path])
        } else {
            chmod(cli.cache, 0o444)
            chmod(cli.folder.path, 0o555)
            user = cli
        }
        expectReadsWork(ArraySlice(try reads(id).map { try user.run($0) }))
        for write in writes(id) {
            let result = try user.run(write)
            #expect(result.status == 1)
            #expect(result.stderr.hasSuffix("error: \(cli.cache): the cache is read-only (you have no write permission on it): "
                                            + "it can be read, but nothing can be saved in it\n"), "\(result.stderr)")
        }
        #expect(try cli.run(["bookmarks"]).stdout.contains("for the column"), "the bookmark is still there")
    }
}
