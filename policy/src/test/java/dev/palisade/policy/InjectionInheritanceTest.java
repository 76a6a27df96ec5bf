package dev.palisade.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.palisade.policy.match.ResolvedRule;
import org.junit.jupiter.api.Test;

/** Injection settings inherit key by key: built-in, then defaults, then the rule. */
class InjectionInheritanceTest {

    @Test
    void withoutInjectionKeysTheBuiltInSettingsApply() {
        ResolvedRule rule = Policies.valid("{\"version\": 1}").resolve("GET", "/x");
        assertEquals(InjectionSettings.BUILT_IN, rule.injection());
        assertEquals(Mode.BLOCK, rule.injection().sql());
        assertEquals(Mode.MONITOR, rule.injection().input(InjectionCategory.XSS));
        assertFalse(rule.injection().allowFullQueryInput());
    }

    @Test
    void ruleOverridesDefaultsKeyByKey() {
        Policy policy = Policies.valid("{\"version\": 1,"
                + "\"defaults\": {\"injection\": {\"sql\": \"monitor\", \"input\": \"block\"}},"
                + "\"endpoints\": [{\"path\": \"/a\", \"injection\": {\"input\": \"off\"}},"
                + "{\"path\": \"/b\", \"injection\": {\"sql\": \"off\"}}]}");
        InjectionSettings a = policy.resolve("GET", "/a").injection();
        assertEquals(Mode.MONITOR, a.sql(), "sql inherited from defaults");
        assertEquals(Mode.OFF, a.input(InjectionCategory.CMDI));
        InjectionSettings b = policy.resolve("GET", "/b").injection();
        assertEquals(Mode.OFF, b.sql());
        assertEquals(Mode.BLOCK, b.input(InjectionCategory.PATH), "input inherited from defaults");
    }

    @Test
    void inputObjectOverridesOnlyTheCategoriesItNames() {
        Policy policy = Policies.valid("{\"version\": 1,"
                + "\"defaults\": {\"injection\": {\"input\": {\"sqli\": \"block\", \"xss\": \"block\"}}},"
                + "\"endpoints\": [{\"path\": \"/cms\", \"injection\": {\"input\": {\"xss\": \"off\"}}}]}");
        InjectionSettings defaults = policy.resolve("GET", "/other").injection();
        assertEquals(Mode.BLOCK, defaults.input(InjectionCategory.SQLI));
        assertEquals(Mode.BLOCK, defaults.input(InjectionCategory.XSS));
        assertEquals(Mode.MONITOR, defaults.input(InjectionCategory.CMDI), "built-in for unnamed categories");
        InjectionSettings cms = policy.resolve("PUT", "/cms").injection();
        assertEquals(Mode.BLOCK, cms.input(InjectionCategory.SQLI));
        assertEquals(Mode.OFF, cms.input(InjectionCategory.XSS));
        assertEquals(Mode.MONITOR, cms.input(InjectionCategory.PATH));
    }

    @Test
    void allowFullQueryInputCanBeSetPerEndpoint() {
        Policy policy = Policies.valid("{\"version\": 1, \"endpoints\": ["
                + "{\"path\": \"/admin/sql\", \"injection\": {\"allowFullQueryInput\": true}}]}");
        assertTrue(policy.resolve("POST", "/admin/sql").injection().allowFullQueryInput());
        assertFalse(policy.resolve("POST", "/other").injection().allowFullQueryInput());
    }

    @Test
    void policyWideMonitorModeWeakensEveryBlockToMonitor() {
        Policy policy = Policies.valid(Policies.withBearer("\"mode\": \"monitor\","
                + "\"defaults\": {\"authentication\": [\"bearer\"], \"injection\": {\"input\": \"block\"}}"));
        ResolvedRule rule = policy.resolve("GET", "/x");
        assertEquals(Mode.BLOCK, rule.injection().input(InjectionCategory.SQLI), "the setting as written");
        assertEquals(Mode.MONITOR, rule.inputAction(InjectionCategory.SQLI));
        assertEquals(Mode.MONITOR, rule.sqlAction());
        assertEquals(Mode.MONITOR, rule.authenticationAction());
    }

    @Test
    void modeOffTurnsEveryCheckOff() {
        Policy policy = Policies.valid(Policies.withBearer("\"mode\": \"off\","
                + "\"defaults\": {\"authentication\": [\"bearer\"]}"));
        ResolvedRule rule = policy.resolve("GET", "/x");
        assertEquals(Mode.OFF, rule.authenticationAction());
        assertEquals(Mode.OFF, rule.sqlAction());
        assertEquals(Mode.OFF, rule.inputAction(InjectionCategory.XSS));
    }
}
