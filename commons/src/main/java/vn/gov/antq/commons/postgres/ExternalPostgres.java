package vn.gov.antq.commons.postgres;

/**
 * An operator-provided PostgreSQL server, configured by environment variables. When {@code ANTQ_PG_URL} is set
 * (a JDBC URL to a database the user may connect to, usually {@code postgres}), the local launcher and the tests
 * use that server instead of the embedded one; the user must be allowed to create databases.
 */
public record ExternalPostgres(String adminUrl, String user, String password) {

    public static final String URL_VARIABLE = "ANTQ_PG_URL";
    public static final String USER_VARIABLE = "ANTQ_PG_USER";
    public static final String PASSWORD_VARIABLE = "ANTQ_PG_PASSWORD";

    /** The configured server, or {@code null} when the embedded default applies. */
    public static ExternalPostgres fromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return null;
        }
        return new ExternalPostgres(url.trim(),
                System.getenv().getOrDefault(USER_VARIABLE, "postgres"),
                System.getenv().getOrDefault(PASSWORD_VARIABLE, ""));
    }
}
