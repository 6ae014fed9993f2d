package vn.gov.antq.models.model;

/** Interim review (sơ kết) or final review (tổng kết). */
public enum ReviewKind implements Labelled {
    INTERIM("Sơ kết"),
    FINAL("Tổng kết");

    private final String labelVi;

    ReviewKind(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
