package vn.gov.antq.staffing.model;

/** Whether a training record is one course or the totals reported for a period (which no course may then repeat). */
public enum TrainingKind {
    COURSE("Lớp tập huấn"),
    REPORTED_TOTAL("Tổng số liệu báo cáo");

    private final String labelVi;

    TrainingKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
