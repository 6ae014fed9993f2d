package vn.gov.antq.staffing.repository;

import java.time.LocalDate;

import vn.gov.antq.staffing.model.TraineeGroup;
import vn.gov.antq.staffing.model.TrainingKind;

/**
 * Filters of the training listing; null means "any". {@code provinceCode} is the current province (it also carries
 * the caller's scope), {@code reportedProvinceCode} the code as reported; {@code from}/{@code to} select trainings whose
 * period overlaps them; {@code text} finds words of the course name or notes without case or diacritics.
 */
public record TrainingSearch(String provinceCode, String reportedProvinceCode, String communeCode, TraineeGroup traineeGroup,
        TrainingKind kind, LocalDate from, LocalDate to, String text) {

    public TrainingSearch withProvince(String province) {
        return new TrainingSearch(province, reportedProvinceCode, communeCode, traineeGroup, kind, from, to, text);
    }

    public TrainingSearch withText(String words) {
        return new TrainingSearch(provinceCode, reportedProvinceCode, communeCode, traineeGroup, kind, from, to, words);
    }
}
