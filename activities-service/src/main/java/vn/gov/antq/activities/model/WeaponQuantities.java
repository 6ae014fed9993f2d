package vn.gov.antq.activities.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Quantities by {@link WeaponCategory}, null meaning "none recorded" (a handover's lines, a tally's figures): one
 * column per category, so one line per category holds by construction and statistics add columns up. Counts are
 * whole, kilograms have three decimals.
 */
@Embeddable
public class WeaponQuantities {

    public static final int KG_SCALE = 3;

    public Integer guns;

    @Column(name = "primitive_weapons")
    public Integer primitiveWeapons;

    @Column(name = "bombs_mines_grenades")
    public Integer bombsMinesGrenades;

    public Integer rounds;

    @Column(name = "explosives_kg", precision = 12, scale = KG_SCALE)
    public BigDecimal explosivesKg;

    public Integer detonators;

    @Column(name = "support_tools")
    public Integer supportTools;

    @Column(name = "dangerous_toys")
    public Integer dangerousToys;

    @Column(name = "firecrackers_kg", precision = 12, scale = KG_SCALE)
    public BigDecimal firecrackersKg;

    /** The quantity of a category, null when none is recorded. */
    public BigDecimal get(WeaponCategory category) {
        return switch (category) {
            case GUNS -> count(guns);
            case PRIMITIVE_WEAPONS -> count(primitiveWeapons);
            case BOMBS_MINES_GRENADES -> count(bombsMinesGrenades);
            case ROUNDS -> count(rounds);
            case EXPLOSIVES -> explosivesKg;
            case DETONATORS -> count(detonators);
            case SUPPORT_TOOLS -> count(supportTools);
            case DANGEROUS_TOYS -> count(dangerousToys);
            case FIRECRACKERS -> firecrackersKg;
        };
    }

    /** Sets a category's quantity (null clears it); a count must be whole, as the caller has checked. */
    public void set(WeaponCategory category, BigDecimal quantity) {
        Integer count = quantity == null || category.inKilograms() ? null : quantity.intValueExact();
        BigDecimal kg = quantity == null || !category.inKilograms() ? null : quantity.setScale(KG_SCALE);
        switch (category) {
            case GUNS -> guns = count;
            case PRIMITIVE_WEAPONS -> primitiveWeapons = count;
            case BOMBS_MINES_GRENADES -> bombsMinesGrenades = count;
            case ROUNDS -> rounds = count;
            case EXPLOSIVES -> explosivesKg = kg;
            case DETONATORS -> detonators = count;
            case SUPPORT_TOOLS -> supportTools = count;
            case DANGEROUS_TOYS -> dangerousToys = count;
            case FIRECRACKERS -> firecrackersKg = kg;
        }
    }

    /** The categories with a quantity. */
    public Set<WeaponCategory> given() {
        Set<WeaponCategory> given = EnumSet.noneOf(WeaponCategory.class);
        for (WeaponCategory category : WeaponCategory.values()) {
            if (get(category) != null) {
                given.add(category);
            }
        }
        return given;
    }

    private static BigDecimal count(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }
}
