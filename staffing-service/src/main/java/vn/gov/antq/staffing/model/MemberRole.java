package vn.gov.antq.staffing.model;

/** A member's place in a grassroots team. */
public enum MemberRole {
    LEADER("Tổ trưởng"),
    DEPUTY_LEADER("Tổ phó"),
    MEMBER("Tổ viên");

    private final String labelVi;

    MemberRole(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
