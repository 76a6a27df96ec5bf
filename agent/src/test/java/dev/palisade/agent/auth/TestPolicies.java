package dev.palisade.agent.auth;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import dev.palisade.policy.Policy;
import dev.palisade.policy.PolicyLoadResult;
import dev.palisade.policy.PolicyLoader;

/** Policies for the auth tests, parsed and validated like the agent's. */
final class TestPolicies {

    /** Every scheme kind; admin needs bearer, reports accept any scheme, unknown paths need bearer or apiKey. */
    static final String SHOP = "{\n"
            + "  \"version\": 1,\n"
            + "  \"mode\": \"%s\",\n"
            + "  \"authentication\": {\n"
            + "    \"schemes\": {\n"
            + "      \"bearer\": { \"type\": \"http\", \"scheme\": \"bearer\" },\n"
            + "      \"basic\": { \"type\": \"http\", \"scheme\": \"basic\" },\n"
            + "      \"headerKey\": { \"type\": \"apiKey\", \"in\": \"header\", \"name\": \"X-API-Key\" },\n"
            + "      \"queryKey\": { \"type\": \"apiKey\", \"in\": \"query\", \"name\": \"api_key\" },\n"
            + "      \"cookieKey\": { \"type\": \"apiKey\", \"in\": \"cookie\", \"name\": \"SESSION\" }\n"
            + "    }\n"
            + "  },\n"
            + "  \"defaults\": { \"authentication\": [\"bearer\", \"headerKey\"] },\n"
            + "  \"endpoints\": [\n"
            + "    { \"path\": \"/health\", \"authentication\": [] },\n"
            + "    { \"path\": \"/api/public/**\", \"authentication\": [] },\n"
            + "    { \"path\": \"/api/admin/**\", \"authentication\": [\"bearer\", \"basic\"] },\n"
            + "    { \"path\": \"/api/keys/**\", \"authentication\": [\"headerKey\", \"queryKey\", \"cookieKey\"] }\n"
            + "  ]\n"
            + "}\n";

    private TestPolicies() {
    }

    static Policy shop(String mode) {
        return parse(SHOP.replace("%s", mode));
    }

    static Policy parse(String json) {
        PolicyLoadResult result = PolicyLoader.parse(json.getBytes(StandardCharsets.UTF_8), Path.of("test-policy.json"));
        if (!result.isValid()) {
            throw new IllegalArgumentException(result.diagnostics().toString());
        }
        return result.policy();
    }
}
