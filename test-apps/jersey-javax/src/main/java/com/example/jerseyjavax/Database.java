package com.example.jerseyjavax;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;

/** The application's H2 in-memory database: schema, seed rows, connections (same rows as the other apps). */
final class Database {

    private final JdbcDataSource dataSource;

    private Database(JdbcDataSource dataSource) {
        this.dataSource = dataSource;
    }

    static Database create(String name) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS items, users");
            statement.execute("CREATE TABLE items(id INT PRIMARY KEY, name VARCHAR(100), price INT, owner VARCHAR(50))");
            statement.execute("INSERT INTO items VALUES (1, 'apple', 3, 'alice'), (2, 'banana', 2, 'bob'),"
                    + " (3, 'cherry', 5, 'alice'), (4, 'date', 7, 'bob'), (5, 'elderberry', 9, 'alice')");
            statement.execute("CREATE TABLE users(id INT PRIMARY KEY, name VARCHAR(50), secret VARCHAR(100))");
            statement.execute("INSERT INTO users VALUES (1, 'alice', 'alice-secret-token'), (2, 'bob', 'bob-secret-token')");
        }
        return new Database(dataSource);
    }

    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** Rows of an {@code id, name, price} result; values as the driver returns them (a UNION may change types). */
    static List<Map<String, Object>> items(ResultSet resultSet) throws SQLException {
        List<Map<String, Object>> items = new ArrayList<>();
        while (resultSet.next()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", resultSet.getObject(1));
            item.put("name", resultSet.getObject(2));
            item.put("price", resultSet.getObject(3));
            items.add(item);
        }
        return items;
    }
}
