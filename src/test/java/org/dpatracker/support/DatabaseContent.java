package org.dpatracker.support;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a database, each column's value as text (binary content in hex), rows in a
 * stable order: two databases hold the same data exactly when their contents are equal.
 */
public final class DatabaseContent {

    private DatabaseContent() {}

    /** Table name (lower case) to its rows; each row lists its columns as "name=value" in column order. */
    public static Map<String, List<String>> of(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : tables(connection)) {
            tables.put(table.toLowerCase(), rows(connection, table));
        }
        return tables;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static List<String> rows(Connection connection, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select * from \"" + table + "\"")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(result.getMetaData().getColumnName(c).toLowerCase())
                            .append('=')
                            .append(text(result.getObject(c)))
                            .append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String text(Object value) throws SQLException {
        return switch (value) {
            case null -> "null";
            case byte[] bytes -> HexFormat.of().formatHex(bytes);
            case Blob blob -> HexFormat.of().formatHex(blob.getBytes(1, (int) blob.length()));
            case Clob clob -> clob.getSubString(1, (int) clob.length());
            case Object[] array -> Arrays.deepToString(array);
            case java.sql.Array array -> Arrays.deepToString((Object[]) array.getArray());
            default -> value.toString();
        };
    }
}
