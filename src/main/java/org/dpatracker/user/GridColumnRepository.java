package org.dpatracker.user;

import static org.dpatracker.db.Tables.USER_GRID_COLUMN;

import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class GridColumnRepository {

    private final DSLContext dsl;

    GridColumnRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Map<String, String> widths(long userId, String gridId) {
        return dsl.select(USER_GRID_COLUMN.COLUMN_KEY, USER_GRID_COLUMN.WIDTH)
                .from(USER_GRID_COLUMN)
                .where(USER_GRID_COLUMN.USER_ID.eq(userId))
                .and(USER_GRID_COLUMN.GRID_ID.eq(gridId))
                .fetchMap(USER_GRID_COLUMN.COLUMN_KEY, USER_GRID_COLUMN.WIDTH);
    }

    void save(long userId, String gridId, String columnKey, String width) {
        dsl.mergeInto(USER_GRID_COLUMN)
                .using(dsl.selectOne())
                .on(USER_GRID_COLUMN.USER_ID.eq(userId))
                .and(USER_GRID_COLUMN.GRID_ID.eq(gridId))
                .and(USER_GRID_COLUMN.COLUMN_KEY.eq(columnKey))
                .whenMatchedThenUpdate()
                .set(USER_GRID_COLUMN.WIDTH, width)
                .whenNotMatchedThenInsert(
                        USER_GRID_COLUMN.USER_ID,
                        USER_GRID_COLUMN.GRID_ID,
                        USER_GRID_COLUMN.COLUMN_KEY,
                        USER_GRID_COLUMN.WIDTH)
                .values(userId, gridId, columnKey, width)
                .execute();
    }
}
