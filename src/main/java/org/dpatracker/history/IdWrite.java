package org.dpatracker.history;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * How a service writes a row with a generated id, for {@link ChangeRecorder#save(String, Long, IdWrite)}.
 *
 * @param insert          inserts the row and returns its new id
 * @param updateIfCurrent given the row as stored, updates it where that version is the one the user
 *                        edited (and any other condition holds); false otherwise
 * @param find            reads a row by id
 * @param state           what the change history keeps of a row
 */
public record IdWrite<T>(
        LongSupplier insert,
        Predicate<T> updateIfCurrent,
        LongFunction<Optional<T>> find,
        Function<T, Map<String, ?>> state) {}
