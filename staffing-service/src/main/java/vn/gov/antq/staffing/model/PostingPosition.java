package vn.gov.antq.staffing.model;

/** The positions of a commune police unit a regular officer is posted to. */
public enum PostingPosition {
    CHIEF("Trưởng Công an xã"),
    DEPUTY("Phó Trưởng Công an xã"),
    OFFICER("Công an viên");

    private final String labelVi;

    PostingPosition(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
