package vn.gov.antq.commons.tallies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import vn.gov.antq.commons.problem.ProblemException;
import vn.gov.antq.commons.testing.JwtTestResource;
import vn.gov.antq.commons.testing.PostgresTestResource;

/**
 * The shared lookups of the no-double-counting rules, on probe tables: units nest (a province holds its communes),
 * kinds nest (no kind holds every kind), old provinces stay apart, and nested tallies of disjoint figures add up.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(JwtTestResource.class)
class TallyOverlapsTest {

    static final TallyTable TALLIES = TallyTable.of("probe_tally", Set.of("meetings", "attendances")).withKind("kind", "kind", "every kind");
    static final RecordSource DETAILS = new RecordSource("probe_detail d", "d.id", "d.title", "d.province_code", "d.commune_code",
            "d.first_day", "coalesce(d.last_day, date '9999-12-31')", "d.kind");
    static final Set<String> MEETINGS = Set.of("meetings");

    @Inject
    TallyOverlaps overlaps;

    @Inject
    EntityManager entityManager;

    private long provinceWide;
    private long commune;

    @BeforeEach
    void tallies() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("truncate probe_tally, probe_detail").executeUpdate();
            // Bình Phước (70, now in Đồng Nai 75) 2019–2022, every kind, meetings only; one old commune of it in 2020, RALLY.
            provinceWide = insertTally("70", "75", null, null, null, "2019-01-01", "2022-12-31", 3652, null);
            commune = insertTally("70", "75", "25207", "25210", "RALLY", "2020-01-01", "2020-12-31", null, 3600);
            entityManager.createNativeQuery("insert into probe_detail (title, province_code, commune_code, kind, first_day, last_day) values"
                    + " ('Họp dân ấp 3', '75', '26068', 'MEETING', '2025-08-10', '2025-08-10'),"
                    + " ('Mít tinh phường', '75', '25210', 'RALLY', '2025-09-01', null)").executeUpdate();
        });
    }

    @Test
    void nestedUnitsAndKindsOverlapWhereTheyShareAFigureOrAreTheSame() {
        List<TallyRef> same = inTx(() -> overlaps.overlapping(TALLIES, null, "70", null, null, d("2022-06-01"), d("2023-05-31"), Set.of("attendances")));
        assertEquals(List.of(provinceWide), ids(same), "same unit and kind: whatever the figures");
        List<TallyRef> nested = inTx(() -> overlaps.overlapping(TALLIES, null, "70", "25207", "MEETING", d("2020-03-01"), d("2020-03-31"), MEETINGS));
        assertEquals(List.of(provinceWide), ids(nested), "the province holds the commune, every kind holds MEETING; both give meetings");
        assertEquals(List.of(), ids(inTx(() -> overlaps.overlapping(TALLIES, null, "70", "25207", "MEETING", d("2020-03-01"), d("2020-03-31"),
                Set.of("attendances")))), "disjoint figures of nested tallies add up; RALLY does not nest MEETING");
        List<TallyRef> both = inTx(() -> overlaps.overlapping(TALLIES, null, "70", null, "RALLY", d("2020-06-01"), d("2020-06-30"),
                Set.of("meetings", "attendances")));
        assertEquals(List.of(provinceWide, commune), ids(both));
        assertEquals(2, both.get(0).total());
        assertEquals(List.of(), ids(inTx(() -> overlaps.overlapping(TALLIES, provinceWide, "70", null, null, d("2019-01-01"), d("2019-12-31"),
                MEETINGS))), "a tally does not collide with itself");
        assertEquals(List.of(), ids(inTx(() -> overlaps.overlapping(TALLIES, null, "75", null, null, d("2020-01-01"), d("2020-12-31"),
                MEETINGS))), "old Đồng Nai (75) is another unit of count than old Bình Phước (70)");
        assertEquals(List.of(), ids(inTx(() -> overlaps.overlapping(TALLIES, null, "70", "25208", "RALLY", d("2020-01-01"), d("2020-12-31"),
                Set.of("attendances")))), "sibling communes do not nest");
    }

    @Test
    void recordsMeetTalliesOfTheirCurrentProvinceCommuneAndKind() {
        assertEquals(List.of(provinceWide), ids(inTx(() -> overlaps.covering(TALLIES, "75", null, "MEETING", d("2021-05-01"), d("2021-05-01"), null))));
        assertEquals(List.of(commune), ids(inTx(() -> overlaps.covering(TALLIES, "75", "25207", "RALLY", d("2020-05-01"), d("2020-05-01"),
                Set.of("attendances")))), "by the reported commune code, giving the figure");
        assertEquals(List.of(provinceWide, commune), ids(inTx(() -> overlaps.covering(TALLIES, "75", "25210", "RALLY", d("2020-05-01"), null,
                null))), "by the current commune code; a running record reaches every later period");
        assertEquals(List.of(), ids(inTx(() -> overlaps.covering(TALLIES, "38", null, "RALLY", d("2020-05-01"), d("2020-05-01"), null))));
        assertEquals(List.of(), ids(inTx(() -> overlaps.covering(TALLIES, "75", "25207", "MEETING", d("2023-01-01"), d("2023-01-01"), null))));
    }

    @Test
    void talliesMeetRecordsOfTheirCurrentUnitsKindAndPeriod() {
        List<RecordRef> all = inTx(() -> overlaps.recordsIn(DETAILS, "75", null, null, null, d("2025-07-01"), d("2025-12-31"), null, null));
        assertEquals(List.of("Họp dân ấp 3", "Mít tinh phường"), all.stream().map(RecordRef::label).toList());
        assertEquals(List.of("Mít tinh phường"), inTx(() -> overlaps.recordsIn(DETAILS, "75", "25210", "25207", "RALLY", d("2026-01-01"),
                d("2026-03-31"), null, null)).stream().map(RecordRef::label).toList(), "still running in 2026");
        assertEquals(List.of(), inTx(() -> overlaps.recordsIn(DETAILS, "75", "26068", null, "RALLY", d("2025-07-01"), d("2025-12-31"), null, null)));
        assertEquals(List.of("Họp dân ấp 3"), inTx(() -> overlaps.recordsIn(DETAILS, "75", null, null, null, d("2025-07-01"), d("2025-12-31"),
                "d.title like :prefix", Map.of("prefix", "Họp%"))).stream().map(RecordRef::label).toList());
    }

    @Test
    void onlyDeclaredNamesReachSqlAndRefusalsNameWhatIsInTheWay() {
        assertThrows(IllegalArgumentException.class, () -> TallyOverlaps.anyGiven(TALLIES, Set.of("meetings; drop table x")));
        assertThrows(IllegalArgumentException.class, () -> TallyTable.of("probe_tally; --", Set.of("meetings")));
        assertThrows(IllegalArgumentException.class, () -> TallyTable.of("probe_tally", Set.of()));
        List<TallyRef> both = inTx(() -> overlaps.overlapping(TALLIES, null, "70", null, null, d("2020-06-01"), d("2020-06-30"),
                Set.of("meetings", "attendances")));
        ProblemException overlap = DoubleCountProblems.overlappingTallies(TALLIES, both);
        assertEquals(409, overlap.status());
        assertEquals("Double counting: this tally overlaps 2 tallies, e.g. #" + provinceWide + " (province 70, every kind, 2019-01-01 – 2022-12-31), #"
                + commune + " (province 70 commune 25207, RALLY, 2020-01-01 – 2020-12-31) (same or nested unit and kind, overlapping period, and"
                + " the same unit and kind or a figure both give). Correct the existing tally instead, or make the periods or figures disjoint.",
                overlap.getMessage());
        List<RecordRef> records = inTx(() -> overlaps.recordsIn(DETAILS, "75", null, null, null, d("2025-07-01"), d("2025-12-31"), null, null));
        String detail = DoubleCountProblems.recordsInTally(records, "record", "records", DoubleCountProblems.place(TALLIES, "75", null, null,
                d("2025-07-01"), d("2025-12-31")), "its meetings", r -> "'" + r.label() + "'", "Narrow the tally.").getMessage();
        assertEquals("Double counting: 2 records of province 75, every kind in 2025-07-01 – 2025-12-31 already give its meetings, e.g."
                + " 'Họp dân ấp 3'; 'Mít tinh phường'. Narrow the tally.", detail);
        assertTrue(DoubleCountProblems.alreadyTallied("a record", TallyTable.of("probe_tally", MEETINGS), both, "Leave it out.").getMessage()
                .startsWith("Double counting: a record is already counted by 2 tallies, e.g. #" + provinceWide + " (province 70, 2019-01-01"));
    }

    @Test
    void writersOfOneProvinceAndTableWaitForEachOther() {
        QuarkusTransaction.requiringNew().run(() -> {
            overlaps.lock(TALLIES, "75");
            // Another transaction (another connection) cannot have Đồng Nai's lock of this table meanwhile; others are free.
            assertEquals(false, tryLock("probe_tally", 75));
            assertEquals(true, tryLock("probe_tally", 38));
            assertEquals(true, tryLock("other_tally", 75));
        });
        assertEquals(true, tryLock("probe_tally", 75), "released when the transaction ended");
    }

    /** Records never conflict with one another under the rules: their writers share the lock and wait only for a tally's. */
    @Test
    void recordWritersShareTheLockAndWaitOnlyForATallysWriter() {
        QuarkusTransaction.requiringNew().run(() -> {
            overlaps.lockForRecord(TALLIES, "75");
            assertEquals(true, tryLock("pg_try_advisory_xact_lock_shared", "probe_tally", 75), "another record's writer goes ahead");
            assertEquals(false, tryLock("probe_tally", 75), "a tally's writer waits");
        });
        QuarkusTransaction.requiringNew().run(() -> {
            overlaps.lock(TALLIES, "75");
            assertEquals(false, tryLock("pg_try_advisory_xact_lock_shared", "probe_tally", 75), "a record's writer waits for a tally's");
        });
    }

    private boolean tryLock(String table, int province) {
        return tryLock("pg_try_advisory_xact_lock", table, province);
    }

    private boolean tryLock(String function, String table, int province) {
        return QuarkusTransaction.requiringNew().call(() -> (Boolean) entityManager.createNativeQuery(
                "select " + function + "(hashtext(?1), ?2)").setParameter(1, table).setParameter(2, province).getSingleResult());
    }

    private long insertTally(String reportedProvince, String province, String reportedCommune, String communeCode, String kind, String from,
            String to, Integer meetings, Integer attendances) {
        return ((Number) entityManager.createNativeQuery("insert into probe_tally (reported_province_code, province_code,"
                + " reported_commune_code, commune_code, kind, period_from, period_to, meetings, attendances)"
                + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as date), cast(?7 as date), ?8, ?9) returning id")
                .setParameter(1, reportedProvince).setParameter(2, province).setParameter(3, reportedCommune).setParameter(4, communeCode)
                .setParameter(5, kind).setParameter(6, from).setParameter(7, to).setParameter(8, meetings).setParameter(9, attendances)
                .getSingleResult()).longValue();
    }

    private static <T> T inTx(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    private static List<Long> ids(List<TallyRef> tallies) {
        return tallies.stream().map(TallyRef::id).toList();
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }
}
