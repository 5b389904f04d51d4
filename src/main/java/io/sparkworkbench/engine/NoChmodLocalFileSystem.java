package io.sparkworkbench.engine;

import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's {@link RawLocalFileSystem} without its POSIX permission calls, for Windows. Without Hadoop's native
 * library (hadoop.dll), every file it creates and every folder it makes ends in {@code setPermission}, which
 * runs {@code winutils.exe chmod}: no winutils, no file written. The app ships neither; Windows files get
 * their folder's ACLs as with any other program, and Hadoop's Unix permission bits mean nothing there
 * (decision 0043). Owners are left alone for the same reason.
 */
public class NoChmodLocalFileSystem extends RawLocalFileSystem {

    @Override
    public void setPermission(Path p, FsPermission permission) {
        // Deliberately nothing: see the class comment.
    }

    @Override
    public void setOwner(Path p, String username, String groupname) {
        // Deliberately nothing: chown is winutils too, and a desktop app never changes owners.
    }
}
