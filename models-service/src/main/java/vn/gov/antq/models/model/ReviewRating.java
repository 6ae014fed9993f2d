package vn.gov.antq.models.model;

/** How a review rated a model. */
public enum ReviewRating implements Labelled {
    EXCELLENT("Xuất sắc"),
    GOOD("Tốt"),
    AVERAGE("Trung bình"),
    WEAK("Yếu");

    private final String labelVi;

    ReviewRating(String labelVi) {
        this.labelVi = labelVi;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }
}
