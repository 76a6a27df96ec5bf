package dev.palisade.policy.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.palisade.policy.EndpointRule;
import dev.palisade.policy.PathPattern;
import dev.palisade.policy.Policy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The trie must pick exactly the rule that the written precedence order picks: random rule sets
 * and random requests, trie against a brute-force scan sorted by {@link Precedence}.
 */
class RuleMatcherAgreementTest {

    private static final String[] LITERALS = {"a", "b", "c"};
    private static final String[] METHODS = {"GET", "POST", "DELETE"};

    @Test
    void trieAgreesWithBruteForcePrecedenceOnRandomPolicies() {
        Random random = new Random(20240611);
        int checked = 0;
        for (int round = 0; round < 300; round++) {
            List<EndpointRule> rules = randomRules(random, 1 + random.nextInt(25));
            Policy.Builder builder = Policy.builder();
            rules.forEach(builder::endpoint);
            Policy policy = builder.build();
            for (int request = 0; request < 50; request++) {
                String method = random.nextInt(10) == 0 ? "PROPFIND" : METHODS[random.nextInt(METHODS.length)];
                String path = randomPath(random);
                EndpointRule expected = bruteForce(rules, method, path);
                EndpointRule actual = policy.resolve(method, path).rule();
                assertEquals(expected, actual, () -> method + " " + path + " with " + rules);
                checked++;
            }
        }
        assertEquals(15000, checked);
    }

    private static EndpointRule bruteForce(List<EndpointRule> rules, String method, String path) {
        EndpointRule best = null;
        for (EndpointRule rule : rules) {
            if (rule.appliesTo(method) && rule.pattern().matches(path)
                    && (best == null || Precedence.compare(rule, best) < 0)) {
                best = rule;
            }
        }
        return best;
    }

    private static List<EndpointRule> randomRules(Random random, int count) {
        List<EndpointRule> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder pattern = new StringBuilder();
            int length = random.nextInt(4);
            for (int s = 0; s < length; s++) {
                int kind = random.nextInt(5);
                pattern.append('/').append(kind == 0 ? "*" : kind == 1 ? "{p" + s + "}" : LITERALS[random.nextInt(3)]);
            }
            if (random.nextBoolean()) {
                pattern.append("/**");
            }
            Set<String> methods = null;
            if (random.nextBoolean()) {
                methods = new LinkedHashSet<>();
                for (String method : METHODS) {
                    if (random.nextBoolean()) {
                        methods.add(method);
                    }
                }
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
            }
            String text = pattern.length() == 0 ? "/" : pattern.toString();
            rules.add(new EndpointRule(i, PathPattern.parse(text), methods, null, null, null, i + 1, 1));
        }
        return rules;
    }

    private static String randomPath(Random random) {
        StringBuilder path = new StringBuilder();
        int length = random.nextInt(6);
        for (int s = 0; s < length; s++) {
            path.append(random.nextInt(8) == 0 ? "//" : "/").append(random.nextInt(4) == 3 ? "d" : LITERALS[random.nextInt(3)]);
        }
        if (random.nextInt(6) == 0) {
            path.append('/');
        }
        return path.length() == 0 ? "/" : path.toString();
    }
}
