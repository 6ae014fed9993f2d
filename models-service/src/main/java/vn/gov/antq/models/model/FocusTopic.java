package vn.gov.antq.models.model;

/** What a model type works on. */
public enum FocusTopic implements Labelled {
    CRIME_PREVENTION("Phòng, chống tội phạm"),
    PUBLIC_ORDER("Giữ gìn trật tự"),
    TRAFFIC_SAFETY("An toàn giao thông"),
    DRUGS("Phòng, chống ma túy"),
    BORDER_SECURITY("An ninh biên giới"),
    RELIGION("Tôn giáo"),
    ETHNIC_AFFAIRS("Dân tộc"),
    WANTED_PERSONS("Truy nã"),
    DOMESTIC_VIOLENCE("Bạo lực gia đình"),
    LAW_DISSEMINATION("Phổ biến pháp luật"),
    REFUTING_HOSTILE_VIEWS("Phản bác quan điểm sai trái"),
    FIRE_PREVENTION("Phòng cháy, chữa cháy"),
    OTHER("Khác");

    private final String labelVi;

    FocusTopic(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
