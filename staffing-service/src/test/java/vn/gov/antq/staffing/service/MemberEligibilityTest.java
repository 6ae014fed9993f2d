package vn.gov.antq.staffing.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.antq.commons.problem.Problem;
import vn.gov.antq.staffing.model.MemberRole;

/** The eligibility rules alone, at their boundaries (joining on 2024-07-15). */
class MemberEligibilityTest {

    private static final LocalDate JOINED = LocalDate.of(2024, 7, 15);

    private static List<String> brokenFields(String birth, String residence, String exceptionRef, String exceptionDate) {
        GrassrootsMemberInput input = new GrassrootsMemberInput("Nguyễn Văn An", MemberRole.MEMBER, LocalDate.parse(birth),
                LocalDate.parse(residence), null, JOINED, null, exceptionRef, exceptionDate == null ? null : LocalDate.parse(exceptionDate));
        return MemberEligibility.problems(input).stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void ageIsCountedInFullYearsOnTheJoiningDay() {
        assertEquals(17, MemberEligibility.ageOn(LocalDate.of(2006, 7, 16), JOINED));
        assertEquals(18, MemberEligibility.ageOn(LocalDate.of(2006, 7, 15), JOINED));
        assertEquals(70, MemberEligibility.ageOn(LocalDate.of(1953, 7, 16), JOINED));
        assertEquals(71, MemberEligibility.ageOn(LocalDate.of(1953, 7, 15), JOINED));
        // Born on 29 February: 18 on 28 February of a common year? No, on 1 March.
        assertEquals(17, MemberEligibility.ageOn(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 2, 28)));
        assertEquals(18, MemberEligibility.ageOn(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 3, 1)));
    }

    @Test
    void eachRuleAndItsException() {
        assertEquals(List.of(), brokenFields("2006-07-15", "2006-07-15", null, null));
        assertEquals(List.of("birthDate"), brokenFields("2006-07-16", "2006-07-16", null, null));
        assertEquals(List.of("birthDate"), brokenFields("2006-07-16", "2006-07-16", "QĐ 1", "2024-07-01"));
        assertEquals(List.of(), brokenFields("1953-07-16", "1990-01-01", null, null));
        assertEquals(List.of("birthDate"), brokenFields("1953-07-15", "1990-01-01", null, null));
        assertEquals(List.of(), brokenFields("1953-07-15", "1990-01-01", "QĐ 37", "2024-07-15"));
        assertEquals(List.of("ageExceptionDate", "birthDate"), brokenFields("1953-07-15", "1990-01-01", "QĐ 37", null));
        assertEquals(List.of("ageExceptionDate", "birthDate"), brokenFields("1953-07-15", "1990-01-01", "QĐ 37", "2024-07-16"));
        assertEquals(List.of(), brokenFields("1980-01-01", "2023-07-15", null, null));
        assertEquals(List.of("residenceSince"), brokenFields("1980-01-01", "2023-07-16", null, null));
        assertEquals(List.of("residenceSince"), brokenFields("1980-01-01", "1979-12-31", null, null));
        assertEquals(List.of("birthDate", "residenceSince"), brokenFields("1940-01-01", "2024-07-01", null, null));
    }
}
