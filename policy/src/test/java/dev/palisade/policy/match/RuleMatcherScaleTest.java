package dev.palisade.policy.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.PathPattern;
import dev.palisade.policy.Policy;
import java.lang.management.ManagementFactory;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Properties the performance target depends on, checked without timing (timing belongs to the
 * JMH benchmark): correct answers with 1,000 rules, and no allocation per resolution.
 */
class RuleMatcherScaleTest {

    private static Policy thousandRules() {
        Policy.Builder builder = Policy.builder();
        for (int i = 0; i < 1000; i++) {
            String pattern;
            switch (i % 4) {
                case 0:
                    pattern = "/api/service" + i + "/items/{id}";
                    break;
                case 1:
                    pattern = "/api/service" + i + "/**";
                    break;
                case 2:
                    pattern = "/v" + i + "/{tenant}/orders/*/lines";
                    break;
                default:
                    pattern = "/static/" + i + "/**";
            }
            builder.endpoint(new EndpointRule(i, PathPattern.parse(pattern), i % 3 == 0 ? Set.of("GET") : null,
                    null, null, null, i + 1, 1));
        }
        return builder.build();
    }

    @Test
    void resolvesCorrectlyAmongAThousandRules() {
        Policy policy = thousandRules();
        assertEquals("/api/service996/items/{id}", policy.resolve("GET", "/api/service996/items/7").pattern());
        assertEquals("/api/service997/**", policy.resolve("POST", "/api/service997/a/b/c").pattern());
        assertEquals("/v998/{tenant}/orders/*/lines", policy.resolve("PUT", "/v998/acme/orders/12/lines").pattern());
        assertTrue(policy.resolve("POST", "/api/service0/items/7").isDefault(), "rule 0 is GET only");
        assertTrue(policy.resolve("GET", "/nothing/here").isDefault());
    }

    @Test
    void resolvingAllocatesNothing() {
        Policy policy = thousandRules();
        RuleMatcher matcher = policy.matcher();
        String[] paths = {"/api/service996/items/7", "/v998/acme/orders/12/lines", "/static/3/a/b", "/nothing/here"};
        for (int i = 0; i < 20_000; i++) {
            matcher.resolve("GET", paths[i & 3]);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            matcher.resolve("GET", paths[i & 3]);
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        // The measurement itself allocates a little; 100,000 allocating calls would be megabytes.
        assertTrue(allocated < 10_000, "allocated " + allocated + " bytes for 100,000 resolutions");
    }
}
