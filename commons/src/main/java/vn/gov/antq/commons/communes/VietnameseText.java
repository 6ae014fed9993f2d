package vn.gov.antq.commons.communes;

import java.text.Normalizer;
import java.util.Locale;

/** Text handling for Vietnamese names from the official lists. */
final class VietnameseText {

    private VietnameseText() {
    }

    /**
     * NFC form. The lists mix precomposed and decomposed diacritics ("Phường" written two ways); stored names and search
     * terms must use one, or equal names would differ and the database's unaccent would miss decomposed marks.
     */
    static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }

    /** Letters and digits only, without diacritics, lower case: "Tỉnh Bắc Ninh" → "tinhbacninh". */
    static String fold(String value) {
        return foldWords(value).replace(" ", "");
    }

    /** As {@link #fold}, keeping single spaces between words: "Thị  trấn Mường Lát" → "thi tran muong lat". */
    static String foldWords(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** Whether a province name from a list names this province, with or without "Tỉnh"/"Thành phố" in front. */
    static boolean sameProvinceName(String listed, String known) {
        return withoutProvincePrefix(fold(listed)).equals(withoutProvincePrefix(fold(known)));
    }

    private static String withoutProvincePrefix(String folded) {
        for (String prefix : new String[] { "tinh", "thanhpho" }) {
            if (folded.startsWith(prefix)) {
                return folded.substring(prefix.length());
            }
        }
        return folded;
    }
}
