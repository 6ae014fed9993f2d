package vn.gov.antq.commons.communes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.antq.commons.problem.ProblemException;

class CsvFileTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirFirstLine() {
        CsvFile csv = parse("\uFEFFa,b\r\n1,\"x, \"\"y\"\"\"\r\n2,\"two\nlines\"\n\n3,\"\"\n");
        assertEquals(List.of("a", "b"), csv.header());
        assertEquals(List.of(List.of("1", "x, \"y\""), List.of("2", "two\nlines"), List.of("3", "")),
                csv.rows().stream().map(CsvFile.Row::values).toList());
        assertEquals(List.of(2, 3, 6), csv.rows().stream().map(CsvFile.Row::line).toList());
    }

    @Test
    void aLastLineWithoutLineEndIsARow() {
        assertEquals(List.of(List.of("1", "2")), parse("a,b\n1,2").rows().stream().map(CsvFile.Row::values).toList());
    }

    @Test
    void anUnreadableFileIsRefusedWhole() {
        ProblemException unterminated = assertThrows(ProblemException.class, () -> parse("a,b\n1,\"open\n2,3\n"));
        assertEquals("a quoted field starting on line 2 is never closed", unterminated.errors().get(0).message());
        assertThrows(ProblemException.class, () -> parse(""));
        assertThrows(ProblemException.class, () -> CsvFile.parse(new byte[] { 'a', (byte) 0xC3, '\n' }));
    }

    @Test
    void theHeaderMustMatchExactlyAndInOrder() {
        CsvFile swapped = parse("b,a\n");
        ProblemException wrong = assertThrows(ProblemException.class, () -> swapped.requireHeader(List.of("a", "b")));
        assertEquals("header", wrong.errors().get(0).field());
        assertEquals("the header must be exactly: a,b; the columns are in the wrong order", wrong.errors().get(0).message());
        parse(" a , b \n").requireHeader(List.of("a", "b"));
    }

    @Test
    void typesAndKindsAreReadAsTheListsSpellThem() {
        assertEquals(CommuneType.DAC_KHU, CommuneType.parse("đặc khu").orElseThrow());
        assertEquals(CommuneType.PHUONG, CommuneType.parse(" Phường ").orElseThrow());
        assertEquals(CommuneType.XA, CommuneType.parse("XA").orElseThrow());
        assertEquals(CommuneType.THI_TRAN, CommuneType.ofName("Thị trấn Mường Lát").orElseThrow());
        assertEquals(CommuneType.PHUONG, CommuneType.ofName("phường Bồ Đề").orElseThrow());
        assertEquals(true, CommuneType.ofName("Xuân Phương").isEmpty());
        assertEquals(SuccessionKind.RENAME_OR_RETYPE, SuccessionKind.parse("rename_or_retype").orElseThrow());
        assertEquals(true, VietnameseText.sameProvinceName("Tỉnh Khánh Hoà", "Khánh Hòa"));
    }

    private static CsvFile parse(String text) {
        return CsvFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }
}
