package vn.gov.antq.commons.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from the Maven Central binaries: {@code initdb} on first use of a data directory,
 * {@code pg_ctl start} on 127.0.0.1 and a free (or given) port, {@code pg_ctl stop} on {@link #close()}.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM is root the server runs as an unprivileged OS user
 * ({@code nobody} unless configured) through {@code runuser}, and the data directory is handed to that user.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final Pattern SAFE_DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Path binaries;
    private final Path dataDir;
    private final String serverUser;
    private final List<String> extraSettings;
    private int port;
    private boolean running;

    private EmbeddedPostgres(Builder builder) {
        this.binaries = PostgresBinaries.extract(builder.cacheRoot);
        this.dataDir = builder.dataDir.toAbsolutePath().normalize();
        this.serverUser = runningAsRoot() ? builder.serverUser : null;
        this.extraSettings = List.copyOf(builder.settings);
        this.port = builder.port;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Initialises the data directory if it is new, then starts the server and waits until it accepts connections. */
    public synchronized EmbeddedPostgres start() {
        if (running) {
            return this;
        }
        try {
            Files.createDirectories(dataDir);
            handToServerUser(dataDir);
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                initdb();
            }
            stopLeftoverServer();
            if (port == 0) {
                port = freePort();
            }
            Path logFile = dataDir.resolve("postgres.log");
            run(Duration.ofSeconds(90), pgCommand("pg_ctl", "-D", dataDir.toString(), "-l", logFile.toString(),
                    "-o", "-p " + port, "-w", "-t", "60", "start"));
            running = true;
            LOG.infof("PostgreSQL started on 127.0.0.1:%d (data %s)", port, dataDir);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fast shutdown: open sessions are ended, the server process is gone and the port free when this returns. */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        run(Duration.ofSeconds(60), pgCommand("pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "50", "stop"));
        running = false;
        LOG.infof("PostgreSQL on port %d stopped", port);
    }

    /**
     * Stops whatever server runs on this data directory (ours or one left by a killed process) and deletes the
     * directory: for throw-away clusters such as the one tests use.
     */
    public synchronized void destroy() {
        if (running) {
            close();
        } else {
            stopLeftoverServer();
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", dataDir, e.getMessage());
        }
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isRunning() {
        return running;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database if it does not exist yet; returns whether it was created. */
    public boolean createDatabaseIfMissing(String database) {
        return DatabaseAdmin.createIfMissing(jdbcUrl("postgres"), SUPERUSER, "", database);
    }

    private void initdb() throws IOException {
        run(Duration.ofMinutes(2), pgCommand("initdb", "-D", dataDir.toString(), "-U", SUPERUSER, "-A", "trust",
                "-E", "UTF8", "--locale=C", "--no-instructions"));
        List<String> settings = new ArrayList<>(List.of(
                "listen_addresses = '127.0.0.1'",
                // TCP only: no socket file in a directory the server user may not own.
                "unix_socket_directories = ''",
                "max_connections = 200",
                "shared_buffers = 128MB",
                "log_min_messages = warning"));
        settings.addAll(extraSettings);
        Path conf = dataDir.resolve("postgresql.conf");
        Files.writeString(conf, "\n# antq embedded defaults\n" + String.join("\n", settings) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    /** A server left running on this data directory by a killed process is stopped before we start ours. */
    private void stopLeftoverServer() {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            LOG.warnf("Found postmaster.pid in %s: stopping a server left behind by an earlier run", dataDir);
            runQuietly(pgCommand("pg_ctl", "-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "30", "stop"));
        }
    }

    private List<String> pgCommand(String program, String... args) {
        List<String> command = new ArrayList<>();
        if (serverUser != null) {
            command.addAll(List.of("runuser", "-u", serverUser, "--"));
        }
        command.add(binaries.resolve("bin").resolve(program).toString());
        command.addAll(List.of(args));
        return command;
    }

    private void handToServerUser(Path dir) throws IOException {
        if (serverUser == null) {
            return;
        }
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal user = lookup.lookupPrincipalByName(serverUser);
        PosixFileAttributeView view = Files.getFileAttributeView(dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (!Objects.equals(view.getOwner(), user)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) paths::iterator) {
                    Files.setOwner(p, user);
                }
            }
        }
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        // The server user must be able to traverse every parent of the data directory.
        for (Path parent = dir.getParent(); parent != null; parent = parent.getParent()) {
            if (!Files.isDirectory(parent)) {
                continue;
            }
            var perms = Files.getPosixFilePermissions(parent);
            if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("The PostgreSQL user '" + serverUser + "' cannot reach " + dir + " because "
                        + parent + " is not traversable by others; put the data directory under the system temp directory");
            }
        }
    }

    private static void run(Duration timeout, List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (exit " + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + String.join(" ", command), e);
        }
    }

    private static void runQuietly(List<String> command) {
        try {
            run(Duration.ofSeconds(40), command);
        } catch (RuntimeException e) {
            LOG.debugf("Ignored: %s", e.getMessage());
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void requireSafeName(String database) {
        if (!SAFE_DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a safe database name: " + database);
        }
    }

    /** Plain JDBC administration of a server (embedded or external): create and drop databases. */
    public static final class DatabaseAdmin {
        private DatabaseAdmin() {
        }

        public static boolean createIfMissing(String adminJdbcUrl, String user, String password, String database) {
            requireSafeName(database);
            try (Connection c = DriverManager.getConnection(adminJdbcUrl, user, password)) {
                try (PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, database);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            return false;
                        }
                    }
                }
                try (Statement create = c.createStatement()) {
                    create.execute("create database " + database + " encoding 'UTF8' template template0");
                }
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create database " + database + " via " + adminJdbcUrl + ": " + e.getMessage(), e);
            }
        }

        public static void dropIfExists(String adminJdbcUrl, String user, String password, String database) {
            requireSafeName(database);
            try (Connection c = DriverManager.getConnection(adminJdbcUrl, user, password);
                    Statement drop = c.createStatement()) {
                drop.execute("drop database if exists " + database + " with (force)");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop database " + database + ": " + e.getMessage(), e);
            }
        }

        /** The same server and credentials, another database: replaces the database part of a JDBC URL. */
        public static String withDatabase(String jdbcUrl, String database) {
            int slash = jdbcUrl.indexOf('/', "jdbc:postgresql://".length());
            if (!jdbcUrl.startsWith("jdbc:postgresql://") || slash < 0) {
                throw new IllegalArgumentException("Expected jdbc:postgresql://host[:port]/database[?params], got " + jdbcUrl);
            }
            int query = jdbcUrl.indexOf('?', slash);
            return jdbcUrl.substring(0, slash + 1) + database + (query < 0 ? "" : jdbcUrl.substring(query));
        }
    }

    public static final class Builder {
        private Path cacheRoot = Path.of(System.getProperty("java.io.tmpdir"), "antq-postgres-" + System.getProperty("user.name"));
        private Path dataDir;
        private String serverUser = System.getenv().getOrDefault("ANTQ_PG_OS_USER", "nobody");
        private int port;
        private final List<String> settings = new ArrayList<>();

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        public Builder cacheRoot(Path cacheRoot) {
            this.cacheRoot = cacheRoot;
            return this;
        }

        /** OS user the server runs as when this JVM is root. */
        public Builder serverUser(String serverUser) {
            this.serverUser = serverUser;
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** A postgresql.conf line written when the data directory is initialised, e.g. {@code fsync = off}. */
        public Builder setting(String line) {
            settings.add(line);
            return this;
        }

        public EmbeddedPostgres build() {
            Objects.requireNonNull(dataDir, "dataDir");
            return new EmbeddedPostgres(this);
        }
    }
}
