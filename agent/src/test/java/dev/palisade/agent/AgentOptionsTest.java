package dev.palisade.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AgentOptionsTest {

    private static AgentOptions options(String argument, Map<String, String> properties, Map<String, String> env) {
        return new AgentOptions(AgentOptions.parseArgument(argument), properties::get, env::get);
    }

    @Test
    void agentArgumentWinsOverSystemPropertyAndEnvironment() {
        AgentOptions options = options("policy=/from/arg.json",
                Map.of("palisade.policy", "/from/property.json"), Map.of("PALISADE_POLICY", "/from/env.json"));
        assertEquals("/from/arg.json", options.get(AgentOptions.POLICY));
    }

    @Test
    void systemPropertyWinsOverEnvironment() {
        AgentOptions options = options(null, Map.of("palisade.policy", "/from/property.json"),
                Map.of("PALISADE_POLICY", "/from/env.json"));
        assertEquals("/from/property.json", options.get(AgentOptions.POLICY));
    }

    @Test
    void environmentNamesAreUpperSnakeCase() {
        assertEquals("PALISADE_FAIL_OPEN", AgentOptions.environmentName("failOpen"));
        assertEquals("PALISADE_POLICY", AgentOptions.environmentName("policy"));
        AgentOptions options = options("", Map.of(), Map.of("PALISADE_FAIL_OPEN", "true"));
        assertTrue(options.flag(AgentOptions.FAIL_OPEN));
    }

    @Test
    void parsesCommaSeparatedPairsAndTrimsThem() {
        Map<String, String> parsed = AgentOptions.parseArgument(" policy = /p.json , logLevel=debug,,");
        assertEquals(Map.of("policy", "/p.json", "logLevel", "debug"), parsed);
    }

    @Test
    void valuesMayContainEqualsSigns() {
        assertEquals("a=b", AgentOptions.parseArgument("testFault=a=b").get("testFault"));
    }

    @Test
    void rejectsAPairWithoutEqualsSignWithAnExplanation() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AgentOptions.parseArgument("policy"));
        assertTrue(error.getMessage().contains("'policy'") && error.getMessage().contains("key=value"), error.getMessage());
    }

    @Test
    void emptyValuesCountAsUnset() {
        assertNull(options("policy=", Map.of(), Map.of()).get(AgentOptions.POLICY));
    }
}
