package vn.gov.antq.gateway.service;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Orders Vietnamese names as a reader expects (Đ after D, tones secondary), not by UTF-16 code unit. */
final class VietnameseCollation {

    static final Comparator<String> COMPARATOR;

    static {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        collator.setStrength(Collator.SECONDARY);
        COMPARATOR = collator::compare;
    }

    private VietnameseCollation() {
    }
}
