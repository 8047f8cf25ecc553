package org.dpatracker.processor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.IdPages;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/**
 * The subprocessors as the history records them, for comparing the rows with the history; one taken
 * off its agreement carries the day, as {@link SubprocessorService#remove} records it.
 */
@Component
class RecordedSubprocessors implements RecordedEntity {

    private final SubprocessorRepository repository;

    RecordedSubprocessors(SubprocessorRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return SubprocessorService.ENTITY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        IdPages.forEach(
                this::page,
                current -> current.subprocessor().id(),
                current -> row.accept(String.valueOf(current.subprocessor().id()), current.historyState()));
    }

    private List<Current> page(long afterId, int limit) {
        List<Subprocessor> page = repository.findAfter(afterId, limit);
        Map<Long, LocalDate> removed =
                repository.removalDays(page.stream().map(Subprocessor::id).toList());
        return page.stream().map(s -> new Current(s, removed.get(s.id()))).toList();
    }

    private record Current(Subprocessor subprocessor, LocalDate removedOn) {
        Map<String, Object> historyState() {
            Map<String, Object> state = new LinkedHashMap<>(subprocessor.historyState());
            if (removedOn != null) {
                state.put("removedOn", removedOn);
            }
            return state;
        }
    }
}
