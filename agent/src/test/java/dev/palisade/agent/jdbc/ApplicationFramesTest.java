package dev.palisade.agent.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApplicationFramesTest {

    @Test
    void skipsTheJdkTheAgentContainersPoolsDriversAndFrameworks() {
        for (String framework : new String[] {"java.sql.DriverManager", "jdk.internal.reflect.X", "dev.palisade.agent.jdbc.SqlSink",
                "org.apache.catalina.core.StandardWrapperValve", "com.zaxxer.hikari.pool.HikariProxyStatement",
                "org.h2.jdbc.JdbcStatement", "org.postgresql.jdbc.PgStatement", "org.mariadb.jdbc.Statement",
                "org.sqlite.jdbc3.JDBC3Statement", "org.springframework.jdbc.core.JdbcTemplate",
                "com.example.Repo$$SpringCGLIB$$0"}) {
            assertFalse(ApplicationFrames.isApplication(framework), framework);
        }
        assertTrue(ApplicationFrames.isApplication("com.example.shop.OrderRepository"));
        assertTrue(ApplicationFrames.isApplication("org.acme.Billing"));
    }

    @Test
    void listsAtMostTenFrames() {
        assertTrue(ApplicationFrames.current().size() <= ApplicationFrames.MAX_FRAMES);
    }
}
