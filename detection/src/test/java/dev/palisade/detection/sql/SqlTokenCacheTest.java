package dev.palisade.detection.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SqlTokenCacheTest {

    @Test
    void returnsTheSameTokensForTheSameSql() {
        SqlTokenCache cache = new SqlTokenCache(8);
        String sql = "SELECT * FROM t WHERE id = ?";
        SqlTokens first = cache.tokenize(sql, SqlDialect.H2);
        assertSame(first, cache.tokenize(new String(sql.toCharArray()), SqlDialect.H2));
    }

    @Test
    void keysByDialect() {
        SqlTokenCache cache = new SqlTokenCache(1);
        String sql = "SELECT 'a\\' OR 1";
        SqlTokens mysql = cache.tokenize(sql, SqlDialect.MYSQL);
        SqlTokens postgres = cache.tokenize(sql, SqlDialect.POSTGRESQL);
        assertNotSame(mysql, postgres);
        assertEquals(2, mysql.size());
        assertEquals(4, postgres.size());
    }

    @Test
    void collisionsReplaceTheSlotAndStayCorrect() {
        SqlTokenCache cache = new SqlTokenCache(1);
        SqlTokens a = cache.tokenize("SELECT 1", SqlDialect.GENERIC);
        SqlTokens b = cache.tokenize("SELECT 2, 3", SqlDialect.GENERIC);
        assertEquals(2, a.size());
        assertEquals(4, b.size());
        assertSame(b, cache.tokenize("SELECT 2, 3", SqlDialect.GENERIC));
        assertNotSame(a, cache.tokenize("SELECT 1", SqlDialect.GENERIC));
    }

    @Test
    void doesNotKeepLargeSql() {
        SqlTokenCache cache = new SqlTokenCache(4);
        String large = "SELECT " + "1,".repeat(SqlTokenCache.MAX_CACHED_LENGTH) + "1";
        assertNotSame(cache.tokenize(large, SqlDialect.GENERIC), cache.tokenize(large, SqlDialect.GENERIC));
    }

    @Test
    void roundsSlotsUpToAPowerOfTwo() {
        assertEquals(256, new SqlTokenCache().capacity());
        assertEquals(8, new SqlTokenCache(5).capacity());
        assertThrows(IllegalArgumentException.class, () -> new SqlTokenCache(0));
    }

    @Test
    void isSafeUnderConcurrentUse() throws Exception {
        SqlTokenCache cache = new SqlTokenCache(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                work.add(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String sql = "SELECT * FROM t WHERE id = " + (i % 13) + " AND x = 'v'";
                        SqlTokens tokens = cache.tokenize(sql, SqlDialect.GENERIC);
                        if (!tokens.sql().equals(sql) || tokens.size() != 12) {
                            return false;
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(work)) {
                assertEquals(Boolean.TRUE, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
