package io.sparkworkbench.testing.fxio;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * The JVM's default file system provider for the tests: it passes every call to the built-in one and
 * tells {@link FxThreadIo} about those made on the JavaFX thread. The JVM builds it at the first use of
 * the default file system, through the constructor taking the built-in provider.
 */
public final class RecordingFileSystemProvider extends FileSystemProvider {

    private final FileSystemProvider delegate;
    private final RecordingFileSystem fileSystem;

    public RecordingFileSystemProvider(FileSystemProvider delegate) {
        this.delegate = delegate;
        this.fileSystem = new RecordingFileSystem(this, delegate.getFileSystem(URI.create("file:///")));
    }

    private static Path unwrap(Path path) {
        return RecordingPath.unwrap(path);
    }

    @Override
    public String getScheme() {
        return delegate.getScheme();
    }

    @Override
    public FileSystem newFileSystem(URI uri, Map<String, ?> env) throws IOException {
        return delegate.newFileSystem(uri, env);
    }

    @Override
    public FileSystem newFileSystem(Path path, Map<String, ?> env) throws IOException {
        return delegate.newFileSystem(unwrap(path), env);
    }

    @Override
    public FileSystem getFileSystem(URI uri) {
        return fileSystem;
    }

    @Override
    public Path getPath(URI uri) {
        return fileSystem.wrap(delegate.getPath(uri));
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        FxThreadIo.record("newByteChannel " + options, path);
        return delegate.newByteChannel(unwrap(path), options, attrs);
    }

    @Override
    public FileChannel newFileChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        FxThreadIo.record("newFileChannel " + options, path);
        return delegate.newFileChannel(unwrap(path), options, attrs);
    }

    @Override
    public AsynchronousFileChannel newAsynchronousFileChannel(Path path, Set<? extends OpenOption> options,
                                                              ExecutorService executor, FileAttribute<?>... attrs)
            throws IOException {
        FxThreadIo.record("newAsynchronousFileChannel", path);
        return delegate.newAsynchronousFileChannel(unwrap(path), options, executor, attrs);
    }

    @Override
    public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        FxThreadIo.record("newInputStream", path);
        return delegate.newInputStream(unwrap(path), options);
    }

    @Override
    public OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        FxThreadIo.record("newOutputStream", path);
        return delegate.newOutputStream(unwrap(path), options);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        FxThreadIo.record("newDirectoryStream", dir);
        DirectoryStream<Path> stream = delegate.newDirectoryStream(unwrap(dir), p -> filter.accept(fileSystem.wrap(p)));
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                Iterator<Path> paths = stream.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return paths.hasNext();
                    }

                    @Override
                    public Path next() {
                        return fileSystem.wrap(paths.next());
                    }
                };
            }

            @Override
            public void close() throws IOException {
                stream.close();
            }
        };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        FxThreadIo.record("createDirectory", dir);
        delegate.createDirectory(unwrap(dir), attrs);
    }

    @Override
    public void createSymbolicLink(Path link, Path target, FileAttribute<?>... attrs) throws IOException {
        FxThreadIo.record("createSymbolicLink", link);
        delegate.createSymbolicLink(unwrap(link), unwrap(target), attrs);
    }

    @Override
    public void createLink(Path link, Path existing) throws IOException {
        FxThreadIo.record("createLink", link);
        delegate.createLink(unwrap(link), unwrap(existing));
    }

    @Override
    public Path readSymbolicLink(Path link) throws IOException {
        FxThreadIo.record("readSymbolicLink", link);
        return fileSystem.wrap(delegate.readSymbolicLink(unwrap(link)));
    }

    @Override
    public void delete(Path path) throws IOException {
        FxThreadIo.record("delete", path);
        delegate.delete(unwrap(path));
    }

    @Override
    public boolean deleteIfExists(Path path) throws IOException {
        FxThreadIo.record("deleteIfExists", path);
        return delegate.deleteIfExists(unwrap(path));
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) throws IOException {
        FxThreadIo.record("copy to " + target, source);
        delegate.copy(unwrap(source), unwrap(target), options);
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) throws IOException {
        FxThreadIo.record("move to " + target, source);
        delegate.move(unwrap(source), unwrap(target), options);
    }

    @Override
    public boolean isSameFile(Path path, Path path2) throws IOException {
        FxThreadIo.record("isSameFile " + path2, path);
        return delegate.isSameFile(unwrap(path), unwrap(path2));
    }

    @Override
    public boolean isHidden(Path path) throws IOException {
        FxThreadIo.record("isHidden", path);
        return delegate.isHidden(unwrap(path));
    }

    @Override
    public FileStore getFileStore(Path path) throws IOException {
        FxThreadIo.record("getFileStore", path);
        return delegate.getFileStore(unwrap(path));
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        FxThreadIo.record("checkAccess", path);
        delegate.checkAccess(unwrap(path), modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        FxThreadIo.record("getFileAttributeView", path);
        return delegate.getFileAttributeView(unwrap(path), type, options);
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        FxThreadIo.record("readAttributes", path);
        return delegate.readAttributes(unwrap(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        FxThreadIo.record("readAttributes " + attributes, path);
        return delegate.readAttributes(unwrap(path), attributes, options);
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) throws IOException {
        FxThreadIo.record("setAttribute " + attribute, path);
        delegate.setAttribute(unwrap(path), attribute, value, options);
    }
}
