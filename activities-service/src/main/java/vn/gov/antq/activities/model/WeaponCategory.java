package vn.gov.antq.activities.model;

/**
 * What is handed over or seized, each with its fixed unit (labels as the provinces report them: "6.237 súng các loại;
 * 3.913 vũ khí thô sơ; 258 quả bom, mìn, lựu đạn; 25.991 viên đạn; 667 kg vật liệu nổ; 919 kíp nổ; 858 công cụ hỗ trợ;
 * 1.848 đồ chơi nguy hiểm; 1.048 kg pháo"). The figure is the name of the quantity in tallies and statistics, and of
 * the attribute in {@link WeaponQuantities}; the column is its SQL name.
 */
public enum WeaponCategory implements Labelled {
    GUNS("Súng các loại", QuantityUnit.PIECE, "khẩu", "guns", "guns"),
    PRIMITIVE_WEAPONS("Vũ khí thô sơ (dao, kiếm, giáo mác…)", QuantityUnit.PIECE, "chiếc", "primitiveWeapons", "primitive_weapons"),
    BOMBS_MINES_GRENADES("Bom, mìn, lựu đạn", QuantityUnit.PIECE, "quả", "bombsMinesGrenades", "bombs_mines_grenades"),
    ROUNDS("Đạn các loại", QuantityUnit.PIECE, "viên", "rounds", "rounds"),
    EXPLOSIVES("Vật liệu nổ, tiền chất thuốc nổ", QuantityUnit.KILOGRAM, "kg", "explosivesKg", "explosives_kg"),
    DETONATORS("Kíp nổ", QuantityUnit.PIECE, "chiếc", "detonators", "detonators"),
    SUPPORT_TOOLS("Công cụ hỗ trợ", QuantityUnit.PIECE, "chiếc", "supportTools", "support_tools"),
    DANGEROUS_TOYS("Đồ chơi nguy hiểm", QuantityUnit.PIECE, "chiếc", "dangerousToys", "dangerous_toys"),
    FIRECRACKERS("Pháo các loại", QuantityUnit.KILOGRAM, "kg", "firecrackersKg", "firecrackers_kg");

    private final String labelVi;
    private final QuantityUnit unit;
    private final String unitLabelVi;
    private final String figure;
    private final String column;

    WeaponCategory(String labelVi, QuantityUnit unit, String unitLabelVi, String figure, String column) {
        this.labelVi = labelVi;
        this.unit = unit;
        this.unitLabelVi = unitLabelVi;
        this.figure = figure;
        this.column = column;
    }

    @Override
    public String labelVi() {
        return labelVi;
    }

    public QuantityUnit unit() {
        return unit;
    }

    /** The Vietnamese classifier of a count ("khẩu" súng, "viên" đạn), or "kg". */
    public String unitLabelVi() {
        return unitLabelVi;
    }

    public String figure() {
        return figure;
    }

    public String column() {
        return column;
    }

    public boolean inKilograms() {
        return unit == QuantityUnit.KILOGRAM;
    }
}
