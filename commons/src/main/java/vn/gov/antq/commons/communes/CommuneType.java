package vn.gov.antq.commons.communes;

import java.util.Optional;

/**
 * Kinds of commune-level unit. Since the 2025-07-01 reform: xã, phường and đặc khu (special zone). Before it there were
 * also thị trấn (townships); they only appear as old communes of the reform's successions.
 */
public enum CommuneType {
    XA("Xã"),
    PHUONG("Phường"),
    DAC_KHU("Đặc khu"),
    THI_TRAN("Thị trấn");

    private final String labelVi;

    CommuneType(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }

    /** Whether units of this type exist after the reform. */
    public boolean current() {
        return this != THI_TRAN;
    }

    /** The type named by a list's cell: its Vietnamese label in any case ("xã", "Phường") or its code ("DAC_KHU"). */
    public static Optional<CommuneType> parse(String value) {
        String folded = VietnameseText.fold(value);
        for (CommuneType type : values()) {
            if (folded.equals(VietnameseText.fold(type.labelVi)) || folded.equals(VietnameseText.fold(type.name()))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The type an old commune's name starts with ("Thị trấn Mường Lát"), if any: the edges list has no type column. */
    public static Optional<CommuneType> ofName(String name) {
        String words = VietnameseText.foldWords(name);
        for (CommuneType type : values()) {
            if (words.startsWith(VietnameseText.foldWords(type.labelVi) + " ")) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
