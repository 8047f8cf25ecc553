package org.dpatracker.notice;

import java.util.Map;
import java.util.function.BiConsumer;
import org.dpatracker.history.RecordedEntity;
import org.springframework.stereotype.Component;

/**
 * The subprocessor change notices as the history records them, for comparing the rows with the
 * history. Read in one go: a register receives a few notices a year per processor.
 */
@Component
class RecordedChangeNotices implements RecordedEntity {

    private final ChangeNoticeRepository repository;

    RecordedChangeNotices(ChangeNoticeRepository repository) {
        this.repository = repository;
    }

    @Override
    public String entity() {
        return ChangeNoticeService.ENTITY;
    }

    @Override
    public void readCurrent(BiConsumer<String, Map<String, ?>> row) {
        repository.findAll().forEach(notice -> row.accept(String.valueOf(notice.id()), notice.historyState()));
    }
}
