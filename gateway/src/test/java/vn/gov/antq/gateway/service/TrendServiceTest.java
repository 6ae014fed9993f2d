package vn.gov.antq.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.gov.antq.gateway.service.TrendService.Interval;
import vn.gov.antq.gateway.service.TrendService.Period;

class TrendServiceTest {

    private static List<Period> periods(String from, String to, Interval interval) {
        return TrendService.periods(Window.of(LocalDate.parse(from), LocalDate.parse(to)), interval);
    }

    @Test
    void periodsFollowTheCalendarAndAreCutToTheWindow() {
        assertEquals(List.of(new Period("2025-02", LocalDate.parse("2025-02-15"), LocalDate.parse("2025-02-28")),
                new Period("2025-03", LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31")),
                new Period("2025-04", LocalDate.parse("2025-04-01"), LocalDate.parse("2025-04-10"))),
                periods("2025-02-15", "2025-04-10", Interval.MONTH));
        assertEquals(List.of(new Period("2024-Q4", LocalDate.parse("2024-11-01"), LocalDate.parse("2024-12-31")),
                new Period("2025-Q1", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31")),
                new Period("2025-Q2", LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30")),
                new Period("2025-Q3", LocalDate.parse("2025-07-01"), LocalDate.parse("2025-07-01"))),
                periods("2024-11-01", "2025-07-01", Interval.QUARTER));
        assertEquals(List.of(new Period("2024", LocalDate.parse("2024-02-29"), LocalDate.parse("2024-12-31")),
                new Period("2025", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"))),
                periods("2024-02-29", "2025-12-31", Interval.YEAR));
        assertEquals(List.of(new Period("2025-07", LocalDate.parse("2025-07-01"), LocalDate.parse("2025-07-01"))),
                periods("2025-07-01", "2025-07-01", Interval.MONTH));
    }

    @Test
    void theCountStopsJustPastTheLimit() {
        assertEquals(TrendService.MAX_PERIODS + 1, periods("2000-01-01", "2025-12-31", Interval.MONTH).size());
        assertEquals(60, periods("2021-01-01", "2025-12-31", Interval.MONTH).size());
    }
}
