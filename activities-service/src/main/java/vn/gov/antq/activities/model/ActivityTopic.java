package vn.gov.antq.activities.model;

/** What a propaganda activity is about; an activity has one or more. */
public enum ActivityTopic implements Labelled {
    CRIME_PREVENTION("Phòng, chống tội phạm"),
    ONLINE_FRAUD("Lừa đảo qua mạng"),
    DRUGS("Ma túy"),
    TRAFFIC_SAFETY("An toàn giao thông"),
    FIRE_PREVENTION("Phòng cháy, chữa cháy"),
    WEAPONS_HANDOVER("Vận động giao nộp vũ khí, vật liệu nổ"),
    WANTED_PERSONS("Truy nã"),
    DOMESTIC_VIOLENCE("Bạo lực gia đình"),
    BORDER_SECURITY("An ninh biên giới"),
    ILLEGAL_RELIGION("Tà đạo, đạo lạ"),
    LAW_DISSEMINATION("Phổ biến, giáo dục pháp luật"),
    EPIDEMIC("Phòng, chống dịch bệnh"),
    REFUTING_HOSTILE_VIEWS("Đấu tranh phản bác quan điểm sai trái, thù địch"),
    OTHER("Khác");

    private final String labelVi;

    ActivityTopic(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
