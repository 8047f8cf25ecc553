package org.dpatracker.clause;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much of Art. 28(3) the findings cover: the points (a)–(h) found, of eight, and the findings counted per
 * category.
 */
public record Coverage(int art28PointsFound, int art28Points, Map<ClauseCategory, Integer> perCategory) {

    public static final int ART28_POINTS = 8;

    public Coverage {
        perCategory = Map.copyOf(perCategory);
    }

    public static Coverage of(Collection<ClauseFinding> findings) {
        Map<ClauseCategory, Integer> counts = new EnumMap<>(ClauseCategory.class);
        findings.forEach(f -> counts.merge(f.target().category(), 1, Integer::sum));
        int points = (int) findings.stream()
                .map(ClauseFinding::target)
                .filter(ClauseTarget::isArt28Point)
                .distinct()
                .count();
        return new Coverage(points, ART28_POINTS, counts);
    }
}
