package dev.palisade.agent.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import dev.palisade.detection.sql.SqlDialect;

/**
 * The SQL dialect of a connection, from its JDBC URL (or, when the URL says nothing, the product
 * name), cached per physical connection in a weak map so that closed connections are forgotten.
 *
 * <p>Pool proxies are unwrapped first ({@code unwrap(Connection.class)}): HikariCP hands out a new
 * proxy per checkout, and keying on it would ask the metadata again on every request. Called at
 * JDBC depth 1, so whatever the driver runs to answer is not checked or counted again.
 */
final class ConnectionDialects {

    private final Map<Connection, SqlDialect> cache = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * The dialect of the connection behind {@code target} (a {@code Statement} or {@code Connection}).
     * When the driver cannot say (a closed connection, a metadata call that throws) the SQL is still
     * checked, read as {@link SqlDialect#GENERIC}, and the answer is cached like any other.
     */
    SqlDialect of(Object target) {
        Connection connection;
        try {
            connection = target instanceof Statement ? ((Statement) target).getConnection()
                    : target instanceof Connection ? (Connection) target : null;
        } catch (Exception noConnection) {
            return SqlDialect.GENERIC;
        }
        if (connection == null) {
            return SqlDialect.GENERIC;
        }
        Connection key = physical(connection);
        SqlDialect known = cache.get(key);
        if (known != null) {
            return known;
        }
        SqlDialect dialect;
        try {
            dialect = lookUp(connection);
        } catch (Exception unknown) {
            dialect = SqlDialect.GENERIC;
        }
        cache.put(key, dialect);
        return dialect;
    }

    private static Connection physical(Connection connection) {
        try {
            Connection unwrapped = connection.unwrap(Connection.class);
            return unwrapped == null ? connection : unwrapped;
        } catch (Throwable notAWrapper) {
            return connection;
        }
    }

    private static SqlDialect lookUp(Connection connection) throws Exception {
        DatabaseMetaData metaData = connection.getMetaData();
        if (metaData == null) {
            return SqlDialect.GENERIC;
        }
        SqlDialect fromUrl = SqlDialect.fromJdbcUrl(metaData.getURL());
        return fromUrl != SqlDialect.GENERIC ? fromUrl : SqlDialect.fromProductName(metaData.getDatabaseProductName());
    }
}
