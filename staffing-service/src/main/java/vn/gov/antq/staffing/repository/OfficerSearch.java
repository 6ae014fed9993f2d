package vn.gov.antq.staffing.repository;

import java.time.LocalDate;

import vn.gov.antq.staffing.model.Gender;
import vn.gov.antq.staffing.model.PoliceRank;

/**
 * Filters of the officer listing; null means "any".
 *
 * @param policeUnitId officers posted to this unit on {@code asOf}
 * @param postedInCommune officers with a posting (at any time) in this commune: a commune officer's scope
 */
public record OfficerSearch(String provinceCode, PoliceRank rank, Gender gender, Long policeUnitId, LocalDate asOf, String text,
        String postedInCommune) {

    public OfficerSearch withScope(String province, String commune) {
        return new OfficerSearch(province, rank, gender, policeUnitId, asOf, text, commune);
    }
}
