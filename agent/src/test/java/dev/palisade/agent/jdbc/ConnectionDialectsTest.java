package dev.palisade.agent.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.palisade.detection.sql.SqlDialect;

class ConnectionDialectsTest {

    private final AtomicInteger metadataCalls = new AtomicInteger();

    /** A connection (and its statement) whose metadata reports {@code url} / {@code product}, or throws. */
    private Connection connection(String url, String product, boolean metadataFails) {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getURL":
                            return url;
                        case "getDatabaseProductName":
                            return product;
                        default:
                            return null;
                    }
                });
        Connection[] self = new Connection[1];
        self[0] = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getMetaData":
                            metadataCalls.incrementAndGet();
                            if (metadataFails) {
                                throw new SQLException("connection is closed");
                            }
                            return metaData;
                        case "unwrap":
                            return proxy;
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            return null;
                    }
                });
        return self[0];
    }

    private static Statement statementOf(Connection connection) {
        return (Statement) Proxy.newProxyInstance(ConnectionDialectsTest.class.getClassLoader(), new Class<?>[] {Statement.class},
                (proxy, method, args) -> "getConnection".equals(method.getName()) ? connection : null);
    }

    @Test
    void readsTheDialectFromTheUrlThenTheProductNameAndCachesItPerConnection() {
        ConnectionDialects dialects = new ConnectionDialects();
        Connection postgres = connection("jdbc:postgresql://db/app", "PostgreSQL", false);
        assertEquals(SqlDialect.POSTGRESQL, dialects.of(postgres));
        assertEquals(SqlDialect.POSTGRESQL, dialects.of(statementOf(postgres)));
        assertEquals(1, metadataCalls.get(), "asked once per connection");
        assertEquals(SqlDialect.MYSQL, dialects.of(connection("jdbc:custom:thing", "MariaDB", false)));
    }

    @Test
    void fallsBackToGenericWhenTheDriverCannotSay() {
        ConnectionDialects dialects = new ConnectionDialects();
        assertEquals(SqlDialect.GENERIC, dialects.of(connection(null, null, true)));
        assertEquals(SqlDialect.GENERIC, dialects.of(new Object()));
    }
}
