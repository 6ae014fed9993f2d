package vn.gov.antq.models.model;

/** Where a model type is applied. */
public enum ModelSetting implements Labelled {
    RESIDENTIAL_AREA("Khu dân cư"),
    AGENCY("Cơ quan"),
    ENTERPRISE("Doanh nghiệp"),
    SCHOOL("Trường học"),
    BORDER_AREA("Khu vực biên giới"),
    RELIGIOUS_AREA("Vùng đồng bào tôn giáo"),
    ETHNIC_MINORITY_AREA("Vùng đồng bào dân tộc thiểu số"),
    INDUSTRIAL_ZONE("Khu công nghiệp"),
    TRANSPORT("Giao thông, vận tải"),
    OTHER("Khác");

    private final String labelVi;

    ModelSetting(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
