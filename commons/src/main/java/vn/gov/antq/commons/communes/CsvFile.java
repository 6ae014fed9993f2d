package vn.gov.antq.commons.communes;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * A CSV upload as the official lists come (RFC 4180: comma-separated, fields with commas or quotes in double quotes,
 * CRLF or LF line ends), UTF-8 with or without a byte-order mark. Rows keep the line they start on, for the report.
 * A file that cannot be read at all (not UTF-8, an unterminated quote, no header) is a 400 before anything is written.
 */
final class CsvFile {

    private static final char BOM = '\uFEFF';

    private final List<String> header;
    private final List<Row> rows;

    record Row(int line, List<String> values) {

        String get(int column) {
            return values.get(column);
        }
    }

    private CsvFile(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    static CsvFile parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalidField("body", "the file is not UTF-8 text; save it as \"CSV UTF-8\"");
        }
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        List<Row> records = split(text);
        if (records.isEmpty()) {
            throw ProblemException.invalidField("body", "the file is empty; it must start with the header line");
        }
        List<String> header = records.get(0).values().stream().map(String::strip).toList();
        return new CsvFile(header, List.copyOf(records.subList(1, records.size())));
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** 400 unless the header has exactly these columns in this order: a different file must not be half-imported. */
    void requireHeader(List<String> expected) {
        if (!header.equals(expected)) {
            List<String> missing = expected.stream().filter(c -> !header.contains(c)).toList();
            List<String> unexpected = header.stream().filter(c -> !expected.contains(c)).toList();
            String message = "the header must be exactly: " + String.join(",", expected)
                    + (missing.isEmpty() ? "" : "; missing: " + String.join(",", missing))
                    + (unexpected.isEmpty() ? "" : "; unexpected: " + String.join(",", unexpected))
                    + (missing.isEmpty() && unexpected.isEmpty() ? "; the columns are in the wrong order" : "");
            throw ProblemException.invalidField("header", message);
        }
    }

    private static List<Row> split(String text) {
        List<Row> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
                if (!(fields.size() == 1 && fields.get(0).isBlank())) {
                    records.add(new Row(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (quoted) {
            throw ProblemException.invalidField("body", "a quoted field starting on line " + recordLine + " is never closed");
        }
        fields.add(field.toString());
        if (!(fields.size() == 1 && fields.get(0).isBlank())) {
            records.add(new Row(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
