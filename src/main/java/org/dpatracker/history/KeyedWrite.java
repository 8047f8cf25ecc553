package org.dpatracker.history;

import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How a service writes a row that exists at most once per key (an agreement's breach duty, its end, its
 * audit rights, one point of its Art. 28(3) checklist), for {@link ChangeRecorder#save}.
 *
 * @param insert          inserts the row
 * @param updateIfCurrent updates it where the stored version is the one the user edited; false otherwise
 * @param stored          reads the row back as stored
 * @param state           what the change history keeps of a row
 */
public record KeyedWrite<T>(
        Runnable insert, BooleanSupplier updateIfCurrent, Supplier<T> stored, Function<T, Map<String, ?>> state) {}
