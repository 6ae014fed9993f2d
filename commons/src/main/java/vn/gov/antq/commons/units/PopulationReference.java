package vn.gov.antq.commons.units;

/**
 * Where the provinces' reference population comes from: the year it counts and its source, as the data file states
 * them. {@code approximate}: the figures of current provinces are sums of the merged old provinces' figures.
 */
public record PopulationReference(int year, String source, boolean approximate) {
}
