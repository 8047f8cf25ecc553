package org.dpatracker.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.impl.AbstractConverter;

/**
 * A column that holds a set of enum constants: their names, sorted and joined by commas; no constant
 * is stored as null. Used by the generated tables for every such column.
 */
public final class EnumSetConverter<E extends Enum<E>> extends AbstractConverter<String, Set<E>> {

    private final Class<E> type;

    @SuppressWarnings("unchecked")
    public EnumSetConverter(Class<E> type) {
        super(String.class, (Class<Set<E>>) (Class<?>) Set.class);
        this.type = type;
    }

    @Override
    public Set<E> from(String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(Arrays.stream(stored.split(","))
                .map(name -> Enum.valueOf(type, name.trim()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(type))));
    }

    @Override
    public String to(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
