package vn.gov.antq.models.model;

/** Kinds of units recognised as safe for security and order each year. */
public enum SafeUnitKind implements Labelled {
    RESIDENTIAL_AREA("Khu dân cư"),
    COMMUNE("Xã, phường, đặc khu"),
    AGENCY("Cơ quan"),
    ENTERPRISE("Doanh nghiệp"),
    SCHOOL("Trường học");

    private final String labelVi;

    SafeUnitKind(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
