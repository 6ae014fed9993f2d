package vn.gov.antq.commons.communes;

import java.util.Locale;
import java.util.Optional;

/** How an old commune went into a current one on 2025-07-01 (the edges list's {@code kind}). */
public enum SuccessionKind {
    /** Merged whole into the current commune. */
    FULL("Nhập toàn bộ"),
    /** Split: this part went to the current commune, other parts to others. */
    PARTIAL("Nhập một phần"),
    /** Kept its territory and code. */
    UNCHANGED("Giữ nguyên"),
    /** Kept its territory, changed name or type (e.g. thị trấn → xã). */
    RENAME_OR_RETYPE("Đổi tên hoặc loại hình"),
    /** The current unit took in an area that was no commune (e.g. a whole island district); there is no old code. */
    NO_OLD_COMMUNE("Khu vực không thuộc xã cũ");

    private final String labelVi;

    SuccessionKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }

    /** The spelling of the official list: {@code full}, {@code partial}, … */
    public String listValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SuccessionKind> parse(String value) {
        for (SuccessionKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
