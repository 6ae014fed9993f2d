package vn.gov.antq.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Collects rows for one table in COPY text format and loads them with one {@code COPY … FROM STDIN} when closed. The
 * rows are spooled to a temporary file first: a connection runs one COPY at a time, and a parent table and its children
 * (tips and their status changes) are generated together.
 */
class CopyWriter implements AutoCloseable {

    private final Connection connection;
    private final String sql;
    private final Path spool;
    private final Writer out;
    private boolean firstField = true;
    private long rows;

    CopyWriter(Connection connection, String table, String columns) throws SQLException {
        this.connection = connection;
        this.sql = "copy " + table + " (" + columns + ") from stdin";
        try {
            spool = Files.createTempFile("antq-bench-" + table + "-", ".copy");
            out = new BufferedWriter(Files.newBufferedWriter(spool, StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CopyWriter add(Object value) {
        try {
            if (!firstField) {
                out.write('\t');
            }
            firstField = false;
            if (value == null) {
                out.write("\\N");
            } else {
                String text = value.toString();
                // Generated text never holds these, but a tab or newline would shift every later column.
                if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\\') >= 0) {
                    text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
                }
                out.write(text);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void endRow() {
        try {
            out.write('\n');
            firstField = true;
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            out.close();
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            try (InputStream in = Files.newInputStream(spool)) {
                copy.copyIn(sql, in, 1 << 16);
            }
        } finally {
            Files.deleteIfExists(spool);
        }
    }
}
