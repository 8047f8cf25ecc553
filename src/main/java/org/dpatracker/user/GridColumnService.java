package org.dpatracker.user;

import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.regex.Pattern;
import org.dpatracker.core.ColumnWidths;
import org.dpatracker.core.InvalidInputException;
import org.dpatracker.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The column widths a user set in the lists: each user's own, kept per list and column. */
@Service
public class GridColumnService implements ColumnWidths {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,60}");
    private static final Pattern WIDTH = Pattern.compile("\\d{1,4}(\\.\\d{1,3})?(px|rem|em|%)");

    private final GridColumnRepository repository;

    GridColumnService(GridColumnRepository repository) {
        this.repository = repository;
    }

    @Override
    @PermitAll
    @Transactional(readOnly = true)
    public Map<String, String> widths(String gridId) {
        return repository.widths(CurrentUser.id(), gridId);
    }

    @Override
    @PermitAll
    @Transactional
    public void remember(String gridId, String columnKey, String width) {
        if (gridId == null
                || !KEY.matcher(gridId).matches()
                || columnKey == null
                || !KEY.matcher(columnKey).matches()) {
            throw new InvalidInputException("column", "grid.validation.column");
        }
        if (width == null || !WIDTH.matcher(width).matches()) {
            throw new InvalidInputException("width", "grid.validation.width");
        }
        repository.save(CurrentUser.id(), gridId, columnKey, width);
    }
}
