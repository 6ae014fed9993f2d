package vn.gov.antq.activities.model;

/** How weapons, explosives or firecrackers came to the police. */
public enum HandoverSource implements Labelled {
    VOLUNTARY_HANDOVER("Tự nguyện giao nộp"),
    SEIZURE("Thu giữ");

    private final String labelVi;

    HandoverSource(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
