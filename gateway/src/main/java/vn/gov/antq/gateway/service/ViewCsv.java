package vn.gov.antq.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.gov.antq.gateway.service.CommuneTableService.CommuneCell;
import vn.gov.antq.gateway.service.CommuneTableService.CommuneTableView;
import vn.gov.antq.gateway.service.ProvinceTableService.ProvinceTableView;
import vn.gov.antq.gateway.service.ProvinceTableService.TableCell;
import vn.gov.antq.gateway.service.ScorecardService.ScorecardView;
import vn.gov.antq.gateway.service.TrendService.TrendView;

/** The views as CSV: one row per province, commune, period or figure; columns named by metric id. */
public final class ViewCsv {

    /** The national totals row of a province table. */
    static final String NATIONAL = "Toàn quốc";

    private ViewCsv() {
    }

    public static CsvTable provinceTable(ProvinceTableView view) {
        List<String> header = new ArrayList<>(List.of("provinceCode", "provinceName", "population", "communes", "withheld"));
        view.metrics().forEach(m -> header.addAll(List.of(m.id(), m.id() + ".records", m.id() + ".tallies", m.id() + ".per10kInhabitants",
                m.id() + ".perCommune", m.id() + ".rank")));
        CsvTable csv = new CsvTable(header);
        view.rows().forEach(row -> csv.add(provinceRow(List.of(row.province().code(), row.province().name(), row.province().population(),
                row.province().communeCount(), row.withheld()), view.metrics(), row.cells())));
        csv.add(provinceRow(List.of("", NATIONAL, view.national().population(), view.national().communeCount(), view.national().withheld()),
                view.metrics(), view.national().cells()));
        return csv;
    }

    private static List<Object> provinceRow(List<Object> first, List<Metric> metrics, Map<String, TableCell> cells) {
        List<Object> values = new ArrayList<>(first);
        for (Metric metric : metrics) {
            TableCell cell = cells.get(metric.id());
            values.addAll(java.util.Arrays.asList(cell.total(), cell.records(), cell.tallies(), cell.per10kInhabitants(), cell.perCommune(),
                    cell.rank()));
        }
        return values;
    }

    public static CsvTable trend(TrendView view) {
        CsvTable csv = new CsvTable(List.of("metric", "provinceCode", "period", "from", "to", "total", "records", "tallies",
                "per10kInhabitants", "perCommune"));
        String province = view.province() == null ? "" : view.province().code();
        view.points().forEach(p -> csv.add(java.util.Arrays.asList(view.metric().id(), province, p.period(), p.from(), p.to(), p.total(),
                p.records(), p.tallies(), p.per10kInhabitants(), p.perCommune())));
        return csv;
    }

    public static CsvTable communeTable(CommuneTableView view) {
        List<String> header = new ArrayList<>(List.of("communeCode", "communeName"));
        view.metrics().forEach(m -> header.addAll(List.of(m.id(), m.id() + ".records", m.id() + ".tallies", m.id() + ".rank")));
        CsvTable csv = new CsvTable(header);
        view.rows().forEach(row -> csv.add(communeRow(row.code(), row.name(), view.metrics(), row.cells())));
        csv.add(communeRow("", "Cấp tỉnh (không gắn với xã)", view.metrics(), view.provinceWide()));
        csv.add(communeRow(view.province().code(), view.province().name(), view.metrics(), view.totals()));
        return csv;
    }

    private static List<Object> communeRow(String code, String name, List<Metric> metrics, Map<String, CommuneCell> cells) {
        List<Object> values = new ArrayList<>(java.util.Arrays.asList(code, name));
        for (Metric metric : metrics) {
            CommuneCell cell = cells.get(metric.id());
            values.addAll(java.util.Arrays.asList(cell.total(), cell.records(), cell.tallies(), cell.rank()));
        }
        return values;
    }

    public static CsvTable scorecard(ScorecardView view) {
        CsvTable csv = new CsvTable(List.of("provinceCode", "part", "available", "metric", "label", "total", "records", "tallies",
                "per10kInhabitants", "perCommune"));
        view.parts().forEach(part -> part.figures().forEach((figure, f) -> csv.add(java.util.Arrays.asList(view.province().code(),
                part.part(), part.available(), part.part() + "." + figure, f.labelVi(), f.total(), f.records(), f.tallies(),
                f.per10kInhabitants(), f.perCommune()))));
        return csv;
    }

    /** For the response header: what is missing, e.g. "staffing (TIMEOUT), tips 2025-Q3 (SERVICE_ERROR)". */
    public static String degraded(List<Degraded> degraded) {
        return String.join(", ", degraded.stream()
                .map(d -> d.part() + (d.period() == null ? "" : " " + d.period()) + " (" + d.reason() + ")").toList());
    }
}
