package vn.gov.antq.models.model;

/** The verdict of a yearly safe-unit recognition. */
public enum RecognitionResult implements Labelled {
    PASSED("Đạt"),
    FAILED("Không đạt");

    private final String labelVi;

    RecognitionResult(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
