package org.dpatracker.core.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.dpatracker.core.ColumnWidths;

/**
 * Lists that show their data: cut-off text wraps, every column can be dragged wider or narrower, and the
 * widths a user set come back the next time that user opens the list.
 */
public final class ListColumns {

    private ListColumns() {}

    /** Call after the columns are added; the grid's id names the list. */
    public static void remembered(Grid<?> grid, ColumnWidths widths) {
        String gridId = grid.getId().orElseThrow(() -> new IllegalArgumentException("The list needs an id"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Map<String, String> saved = widths.widths(gridId);
        List<? extends Grid.Column<?>> columns = grid.getColumns();
        for (int index = 0; index < columns.size(); index++) {
            Grid.Column<?> column = columns.get(index);
            if (column.getKey() == null) {
                column.setKey("column-" + index);
            }
            column.setResizable(true);
            String width = saved.get(column.getKey());
            if (width != null) {
                column.setWidth(width).setFlexGrow(0);
            }
        }
        grid.addColumnResizeListener(resize -> {
            Grid.Column<?> column = resize.getResizedColumn();
            if (resize.isFromClient() && column != null && column.getWidth() != null) {
                widths.remember(gridId, column.getKey(), column.getWidth());
            }
        });
    }

    /** Narrow screens (phones) show only the columns that are {@code essential}; wider ones every column. */
    public static void phoneColumns(Grid<?> grid, List<? extends Grid.Column<?>> essential) {
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> fit(grid, essential, details.getWindowInnerWidth()));
            Registration resize = page.addBrowserWindowResizeListener(event -> fit(grid, essential, event.getWidth()));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /**
     * On a phone the essential columns share the width by their flex alone, so the list does not scroll sideways;
     * on a wider screen each gets back the width it had.
     */
    private static void fit(Grid<?> grid, List<? extends Grid.Column<?>> essential, int width) {
        boolean phone = width > 0 && width < 600;
        grid.getColumns().forEach(column -> column.setVisible(!phone || essential.contains(column)));
        for (Grid.Column<?> column : essential) {
            Sizing wide = (Sizing) ComponentUtil.getData(column, Sizing.class.getName());
            if (phone && wide == null) {
                ComponentUtil.setData(
                        column,
                        Sizing.class.getName(),
                        new Sizing(column.getWidth(), column.getFlexGrow(), column.isAutoWidth()));
                column.setAutoWidth(false);
                column.setWidth("0");
                column.setFlexGrow(Math.max(2, column.getFlexGrow()));
            } else if (!phone && wide != null) {
                column.setWidth(wide.width()).setFlexGrow(wide.flexGrow()).setAutoWidth(wide.autoWidth());
                ComponentUtil.setData(column, Sizing.class.getName(), null);
            }
        }
    }

    /** A column's width as set for wide screens. */
    private record Sizing(String width, int flexGrow, boolean autoWidth) {}
}
