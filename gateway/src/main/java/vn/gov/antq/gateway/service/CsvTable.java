package vn.gov.antq.gateway.service;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as CSV (RFC 4180: comma, CRLF, quotes where needed) in UTF-8 with a byte-order mark, so spreadsheet
 * software reads Vietnamese names right. Unknown figures are empty cells, never 0.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final List<List<String>> rows = new ArrayList<>();

    public CsvTable(List<String> header) {
        rows.add(List.copyOf(header));
    }

    public CsvTable add(List<?> values) {
        if (values.size() != rows.get(0).size()) {
            throw new IllegalArgumentException("row of " + values.size() + " cells under " + rows.get(0).size() + " columns");
        }
        rows.add(values.stream().map(CsvTable::text).toList());
        return this;
    }

    public byte[] toBytes() {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                csv.append(i == 0 ? "" : ",").append(quoted(row.get(i)));
            }
            csv.append("\r\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        return bytes;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
