package vn.gov.antq.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

class FiguresTest {

    private static final Metric SITES = MetricCatalog.require("metric", "models.sites");
    private static final Metric VALUABLE_RATIO = MetricCatalog.require("metric", "tips.valuableRatio");

    @Test
    void equalValuesShareARankAndTheNextRankSkips() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("01", new BigDecimal("1623"));
        values.put("75", new BigDecimal("1623.0"));
        values.put("79", new BigDecimal("2000"));
        values.put("38", BigDecimal.ZERO);
        values.put("96", null);
        Map<String, Integer> ranks = Figures.ranks(values);
        assertEquals(1, ranks.get("79"));
        assertEquals(2, ranks.get("01"));
        assertEquals(2, ranks.get("75"));
        assertEquals(4, ranks.get("38"));
        assertNull(ranks.get("96"), "no figure, no rank");
    }

    @Test
    void ratesAreRoundedHalfUpToThreeDecimals() {
        // 1623 × 10,000 / 4,374,000 = 3.71056…; 1623 / 95 = 17.08421…; 1 × 10,000 / 8,000,000 = 0.00125 → 0.001
        assertEquals(new BigDecimal("3.711"), Figures.per10k(SITES, BigDecimal.valueOf(1623), 4_374_000));
        assertEquals(new BigDecimal("17.084"), Figures.perCommune(SITES, BigDecimal.valueOf(1623), 95));
        assertEquals(new BigDecimal("0.001"), Figures.per10k(SITES, BigDecimal.ONE, 8_000_000));
        assertNull(Figures.per10k(SITES, null, 4_374_000), "unknown stays unknown");
        assertNull(Figures.per10k(VALUABLE_RATIO, new BigDecimal("0.46"), 4_374_000), "no rate of a ratio");
    }

    @Test
    void ratiosOfNothingAreUnknownNotZero() {
        assertEquals(new BigDecimal("0.4600"), Figures.ratio(BigDecimal.valueOf(184), BigDecimal.valueOf(400)));
        assertNull(Figures.ratio(BigDecimal.ZERO, BigDecimal.ZERO));
        assertNull(Figures.ratio(null, BigDecimal.TEN));
    }

    @Test
    void aGroupAbsentFromAWholeAnswerCountsZeroButAFigureAbsentFromAGroupIsUnknown() throws Exception {
        var group = new ObjectMapper().readTree("{\"key\":\"75\",\"sites\":{\"records\":12,\"tallies\":1611,\"total\":1623},"
                + "\"received\":{\"records\":0,\"tallies\":0,\"total\":0},\"valuable\":{\"records\":0,\"tallies\":0,\"total\":0}}");
        assertEquals(new Figures.Split(BigDecimal.valueOf(12), BigDecimal.valueOf(1611), BigDecimal.valueOf(1623)), Figures.of(SITES, group));
        assertEquals(Figures.Split.ZERO, Figures.of(SITES, null));
        assertEquals(Figures.Split.NONE, Figures.of(MetricCatalog.require("metric", "models.teams"), group));
        assertNull(Figures.of(VALUABLE_RATIO, group).total(), "0 of 0 received has no ratio");
    }
}
