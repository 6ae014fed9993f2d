package vn.gov.antq.staffing.model;

/** The residential unit a grassroots team serves: rural hamlets or urban residential groups. */
public enum HamletKind {
    HAMLET("Thôn, ấp, bản, làng, buôn, sóc"),
    RESIDENTIAL_GROUP("Tổ dân phố, khu phố");

    private final String labelVi;

    HamletKind(String labelVi) {
        this.labelVi = labelVi;
    }

    public String labelVi() {
        return labelVi;
    }
}
