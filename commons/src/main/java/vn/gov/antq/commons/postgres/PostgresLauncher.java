package vn.gov.antq.commons.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Command line used by {@code deploy/run-local.sh}: provides one database per service and writes their JDBC
 * settings to an env file the script sources.
 *
 * <ul>
 * <li>Embedded (default): starts PostgreSQL on {@code --data-dir}, creates missing databases, writes the env file,
 * prints {@code READY} and keeps the server up until this process gets SIGTERM/SIGINT, then stops it cleanly.</li>
 * <li>External ({@code ANTQ_PG_URL} set, with {@code ANTQ_PG_USER}/{@code ANTQ_PG_PASSWORD}): creates missing databases
 * on that server, writes the env file and exits.</li>
 * </ul>
 *
 * Usage: {@code PostgresLauncher --data-dir DIR --databases a,b,c --env-file FILE}
 */
public final class PostgresLauncher {

    private PostgresLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        List<String> databases = List.of(require(options, "databases").split(","));
        Path envFile = Path.of(require(options, "env-file"));
        ExternalPostgres external = ExternalPostgres.fromEnvironment();

        if (external != null) {
            Map<String, String> urls = new LinkedHashMap<>();
            for (String db : databases) {
                EmbeddedPostgres.DatabaseAdmin.createIfMissing(external.adminUrl(), external.user(), external.password(), db);
                urls.put(db, EmbeddedPostgres.DatabaseAdmin.withDatabase(external.adminUrl(), db));
            }
            writeEnv(envFile, urls, external.user(), external.password());
            System.out.println("READY external " + external.adminUrl());
            return;
        }

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .dataDir(Path.of(require(options, "data-dir")))
                .port(Integer.parseInt(options.getOrDefault("port", "0")))
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            postgres.close();
            stopped.countDown();
        }, "postgres-stop"));
        postgres.start();
        Map<String, String> urls = new LinkedHashMap<>();
        for (String db : databases) {
            postgres.createDatabaseIfMissing(db);
            urls.put(db, postgres.jdbcUrl(db));
        }
        // READY first: the launching script waits for the env file, then reads this line.
        System.out.println("READY embedded 127.0.0.1:" + postgres.port());
        System.out.flush();
        writeEnv(envFile, urls, EmbeddedPostgres.SUPERUSER, "");
        stopped.await();
    }

    private static void writeEnv(Path envFile, Map<String, String> urls, String user, String password) throws IOException {
        List<String> lines = new ArrayList<>();
        urls.forEach((db, url) -> lines.add("ANTQ_JDBC_URL_" + db.toUpperCase() + "='" + url + "'"));
        lines.add("ANTQ_JDBC_USER='" + user + "'");
        lines.add("ANTQ_JDBC_PASSWORD='" + password.replace("'", "'\\''") + "'");
        Path directory = envFile.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // Written aside and moved into place: the launching script polls for the file and must never read half of it.
        Path partial = Files.createTempFile(directory, envFile.getFileName().toString(), ".partial");
        Files.write(partial, lines, StandardCharsets.UTF_8);
        Files.move(partial, envFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing --" + name);
        }
        return value;
    }
}
