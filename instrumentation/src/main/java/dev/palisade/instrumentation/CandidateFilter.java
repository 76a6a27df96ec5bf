package dev.palisade.instrumentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides from a class's name, its class loader and its raw bytes whether any module could
 * instrument it, before Byte Buddy is involved. Almost every class the JVM defines fails here
 * (ignored package, or declares none of the instrumented method names), and for those Byte Buddy
 * never builds a type description or walks a type hierarchy.
 *
 * <p>It is deliberately never stricter than the modules' Byte Buddy matchers (see
 * {@link CandidateRule}); Byte Buddy still makes the final decision for every candidate. When the
 * bytes cannot be read, the class counts as a candidate.
 */
final class CandidateFilter {

    private final String[] ignoredPrefixes;
    private final DeclaredMethods scanner;
    private final Rule[] rules;

    CandidateFilter(List<CandidateRule> candidateRules) {
        List<String> prefixes = new ArrayList<>();
        for (String prefix : IgnoredTypes.prefixes()) {
            prefixes.add(prefix.replace('.', '/'));
        }
        this.ignoredPrefixes = prefixes.toArray(new String[0]);
        Map<String, Integer> nameBits = new LinkedHashMap<>();
        Map<String, ClassLoaderHasType> loaderChecks = new HashMap<>();
        List<Rule> compiled = new ArrayList<>();
        for (CandidateRule rule : candidateRules) {
            long mask = 0;
            for (String name : rule.methods()) {
                Integer bit = nameBits.get(name);
                if (bit == null) {
                    bit = nameBits.size();
                    nameBits.put(name, bit);
                }
                mask |= 1L << bit;
            }
            ClassLoaderHasType loaderCheck = null;
            if (rule.loaderType() != null) {
                loaderCheck = loaderChecks.computeIfAbsent(rule.loaderType(), ClassLoaderHasType::hasType);
            }
            compiled.add(new Rule(loaderCheck, mask));
        }
        this.scanner = new DeclaredMethods(new ArrayList<>(nameBits.keySet()));
        this.rules = compiled.toArray(new Rule[0]);
    }

    /** Whether the name alone rules the class out (the same prefixes Byte Buddy's ignore matcher has). */
    boolean ignoredByName(String internalName) {
        if (internalName.contains("$$")) {
            return true;
        }
        for (String prefix : ignoredPrefixes) {
            if (internalName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some module could instrument this class; {@code true} when in doubt. */
    boolean isCandidate(ClassLoader loader, byte[] classFile) {
        long declared;
        try {
            declared = scanner.declaredIn(classFile);
        } catch (RuntimeException unreadable) {
            return true;
        }
        for (Rule rule : rules) {
            boolean namesMatch = rule.methodMask == 0 || (declared & rule.methodMask) != 0;
            if (namesMatch && (rule.loaderCheck == null || rule.loaderCheck.matches(loader))) {
                return true;
            }
        }
        return false;
    }

    private static final class Rule {
        final ClassLoaderHasType loaderCheck;
        final long methodMask;

        Rule(ClassLoaderHasType loaderCheck, long methodMask) {
            this.loaderCheck = loaderCheck;
            this.methodMask = methodMask;
        }
    }
}
