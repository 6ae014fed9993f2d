package vn.gov.antq.staffing.model;

/** What a participant figure counts: persons, or trainee-times ("lượt"), where one person trained twice counts twice. */
public enum ParticipantCount {
    PERSONS("người"),
    TRAINEE_TIMES("lượt người");

    private final String labelVi;

    ParticipantCount(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
