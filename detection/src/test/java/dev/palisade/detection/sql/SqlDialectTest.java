package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

    @Test
    void recognisesDriverUrls() {
        assertEquals(SqlDialect.H2, SqlDialect.fromJdbcUrl("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"));
        assertEquals(SqlDialect.HSQLDB, SqlDialect.fromJdbcUrl("jdbc:hsqldb:mem:x"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.fromJdbcUrl("jdbc:postgresql://db:5432/app"));
        assertEquals(SqlDialect.MYSQL, SqlDialect.fromJdbcUrl("jdbc:mysql://db/app"));
        assertEquals(SqlDialect.MYSQL, SqlDialect.fromJdbcUrl("jdbc:mariadb://db/app"));
        assertEquals(SqlDialect.SQLITE, SqlDialect.fromJdbcUrl("jdbc:sqlite:/tmp/app.db"));
        assertEquals(SqlDialect.SQLSERVER, SqlDialect.fromJdbcUrl("jdbc:sqlserver://db;databaseName=app"));
        assertEquals(SqlDialect.SQLSERVER, SqlDialect.fromJdbcUrl("jdbc:jtds:sqlserver://db/app"));
        assertEquals(SqlDialect.ORACLE, SqlDialect.fromJdbcUrl("jdbc:oracle:thin:@db:1521/XE"));
    }

    @Test
    void unwrapsWrappingDrivers() {
        assertEquals(SqlDialect.MYSQL, SqlDialect.fromJdbcUrl("jdbc:p6spy:mysql://db/app"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.fromJdbcUrl("jdbc:log4jdbc:postgresql://db/app"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.fromJdbcUrl("jdbc:tc:postgresql:16:///app"));
        assertEquals(SqlDialect.ORACLE, SqlDialect.fromJdbcUrl("jdbc:otel:p6spy:oracle:thin:@db"));
        assertEquals(SqlDialect.H2, SqlDialect.fromJdbcUrl("JDBC:P6SPY:H2:mem:x"));
    }

    @Test
    void fallsBackToGeneric() {
        assertEquals(SqlDialect.GENERIC, SqlDialect.fromJdbcUrl("jdbc:derby:memory:x"));
        assertEquals(SqlDialect.GENERIC, SqlDialect.fromJdbcUrl("not a url"));
        assertEquals(SqlDialect.GENERIC, SqlDialect.fromJdbcUrl(null));
        assertEquals(SqlDialect.GENERIC, SqlDialect.fromProductName("Apache Derby"));
        assertEquals(SqlDialect.GENERIC, SqlDialect.fromProductName(null));
    }

    @Test
    void recognisesProductNames() {
        assertEquals(SqlDialect.H2, SqlDialect.fromProductName("H2"));
        assertEquals(SqlDialect.HSQLDB, SqlDialect.fromProductName("HSQL Database Engine"));
        assertEquals(SqlDialect.POSTGRESQL, SqlDialect.fromProductName("PostgreSQL"));
        assertEquals(SqlDialect.MYSQL, SqlDialect.fromProductName("MySQL"));
        assertEquals(SqlDialect.MYSQL, SqlDialect.fromProductName("MariaDB"));
        assertEquals(SqlDialect.SQLITE, SqlDialect.fromProductName("SQLite"));
        assertEquals(SqlDialect.SQLSERVER, SqlDialect.fromProductName("Microsoft SQL Server"));
        assertEquals(SqlDialect.ORACLE, SqlDialect.fromProductName("Oracle"));
    }
}
