package dev.palisade.agent.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Test-only fault switch ({@code testFault=servlet.enter}): named hooks throw on purpose so tests can
 * prove that an agent failure never reaches the application. Off (empty) in production.
 */
public final class TestFaults {

    private final Set<String> sites;

    public TestFaults(String option) {
        this.sites = option == null || option.isBlank()
                ? Collections.emptySet()
                : new HashSet<>(Arrays.asList(option.split("[+;]")));
    }

    public void maybeFail(String site) {
        if (!sites.isEmpty() && sites.contains(site)) {
            throw new IllegalStateException("palisade test fault injected at " + site);
        }
    }

    public boolean any() {
        return !sites.isEmpty();
    }
}
