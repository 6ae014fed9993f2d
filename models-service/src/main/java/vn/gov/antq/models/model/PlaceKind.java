package vn.gov.antq.models.model;

/** Where a site is: the place a model is applied. */
public enum PlaceKind implements Labelled {
    HAMLET("Thôn, ấp, bản"),
    RESIDENTIAL_GROUP("Tổ dân phố"),
    AGENCY("Cơ quan"),
    ENTERPRISE("Doanh nghiệp"),
    SCHOOL("Trường học"),
    RELIGIOUS_SITE("Cơ sở tôn giáo"),
    MARKET("Chợ"),
    ROAD_SEGMENT("Đoạn đường"),
    BORDER_AREA("Khu vực biên giới"),
    OTHER("Khác");

    private final String labelVi;

    PlaceKind(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
