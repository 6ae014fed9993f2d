package vn.gov.antq.models.model;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of a model: PILOT → ACTIVE → SUSPENDED → DISSOLVED; dissolved is final. */
public enum ModelStatus implements Labelled {
    PILOT("Thí điểm"),
    ACTIVE("Đang hoạt động"),
    SUSPENDED("Tạm dừng"),
    DISSOLVED("Giải thể");

    private final String labelVi;

    ModelStatus(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    public Set<ModelStatus> next() {
        return switch (this) {
            case PILOT -> EnumSet.of(ACTIVE, DISSOLVED);
            case ACTIVE -> EnumSet.of(SUSPENDED, DISSOLVED);
            case SUSPENDED -> EnumSet.of(ACTIVE, DISSOLVED);
            case DISSOLVED -> EnumSet.noneOf(ModelStatus.class);
        };
    }

    public boolean canBecome(ModelStatus target) {
        return next().contains(target);
    }
}
