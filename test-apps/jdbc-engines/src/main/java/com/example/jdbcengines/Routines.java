package com.example.jdbcengines;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Java routines H2 calls as stored procedures ({@code CREATE ALIAS}). */
public final class Routines {

    private Routines() {
    }

    /** {@code item_count(name)}: how many items have that name. */
    public static long itemCount(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM items WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
