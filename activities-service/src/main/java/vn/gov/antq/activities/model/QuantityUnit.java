package vn.gov.antq.activities.model;

/** What a handover quantity counts: whole pieces, or kilograms with up to three decimals. */
public enum QuantityUnit implements Labelled {
    PIECE("cái"),
    KILOGRAM("kg");

    private final String labelVi;

    QuantityUnit(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
