package vn.gov.antq.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets the manifests use but do not contain, as deploy/README.md documents them for the operator who
 * creates them (table headed "| Secret | keys |"), and those CloudNativePG creates for each Cluster.
 */
record OperatorSecrets(Map<String, Set<String>> keys, Map<String, String> descriptions) {

    /** Keys of the Secret CloudNativePG generates for a cluster's application owner: {@code <cluster>-app}. */
    static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "password", "host", "port", "dbname", "uri",
            "jdbc-uri", "pgpass", "fqdn-uri", "fqdn-jdbc-uri");

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    static OperatorSecrets fromReadme(Path readme) {
        try {
            return parse(Files.readString(readme));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OperatorSecrets parse(String markdown) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("| Secret | keys |")) {
                inTable = true;
                continue;
            }
            if (inTable && !line.startsWith("|")) {
                break;
            }
            if (inTable && !line.startsWith("|---")) {
                String[] cells = line.split("\\|");
                Matcher name = CODE.matcher(cells[1]);
                if (!name.find()) {
                    continue;
                }
                Set<String> secretKeys = new LinkedHashSet<>();
                Matcher key = CODE.matcher(cells[2]);
                while (key.find()) {
                    secretKeys.add(key.group(1));
                }
                keys.put(name.group(1), secretKeys);
                descriptions.put(name.group(1), cells.length > 3 ? cells[3] : "");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("deploy/README.md has no table of Secrets (header '| Secret | keys |')");
        }
        return new OperatorSecrets(keys, descriptions);
    }
}
