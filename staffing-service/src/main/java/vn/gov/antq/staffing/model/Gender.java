package vn.gov.antq.staffing.model;

public enum Gender {
    MALE("Nam"),
    FEMALE("Nữ");

    private final String labelVi;

    Gender(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
