package vn.gov.antq.activities.model;

import java.util.EnumSet;
import java.util.Set;

/** RECEIVED → VERIFYING → VALUABLE | NOT_VALUABLE; VALUABLE → FORWARDED | CLOSED; FORWARDED, NOT_VALUABLE → CLOSED. */
public enum TipStatus implements Labelled {
    RECEIVED("Đã tiếp nhận"),
    VERIFYING("Đang xác minh"),
    VALUABLE("Có giá trị"),
    NOT_VALUABLE("Không có giá trị"),
    FORWARDED("Đã chuyển cơ quan chức năng"),
    CLOSED("Đã kết thúc");

    private final String labelVi;

    TipStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    public Set<TipStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(VERIFYING);
            case VERIFYING -> EnumSet.of(VALUABLE, NOT_VALUABLE);
            case VALUABLE -> EnumSet.of(FORWARDED, CLOSED);
            case NOT_VALUABLE, FORWARDED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(TipStatus.class);
        };
    }

    public boolean canBecome(TipStatus target) {
        return next().contains(target);
    }

    /** Outcomes (cases solved, arrests) only make sense for a tip found to be of value. */
    public boolean takesOutcomes() {
        return this == VALUABLE || this == FORWARDED || this == CLOSED;
    }
}
