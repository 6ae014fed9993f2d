package vn.gov.antq.gateway.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void utf8WithByteOrderMarkCrlfAndQuotesWhereNeeded() {
        byte[] bytes = new CsvTable(List.of("code", "name", "total")).add(Arrays.asList("01", "Thành phố Hà Nội", new BigDecimal("1E+3")))
                .add(Arrays.asList("x", "Tổ \"an ninh\", ấp 1", null)).toBytes();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        assertEquals("code,name,total\r\n01,Thành phố Hà Nội,1000\r\nx,\"Tổ \"\"an ninh\"\", ấp 1\",\r\n",
                new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void aRowMustFitTheHeader() {
        assertThrows(IllegalArgumentException.class, () -> new CsvTable(List.of("a", "b")).add(List.of("1")));
    }
}
