package dev.palisade.agent.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EntityValuesTest {

    static final class Address {
        String street = "Main St";
        int number = 5;
    }

    static final class Order {
        String name = "x' OR '1'='1";
        List<String> tags = List.of("a", "b");
        Map<String, Object> attributes = new LinkedHashMap<>(Map.of("color", "red"));
        Address address = new Address();
        String[] notes = {"n1"};
        Optional<String> comment = Optional.of("c");
        Status status = Status.OPEN;
        static String ignoredStatic = "static";
    }

    enum Status { OPEN }

    private static List<String> walk(Object entity) {
        List<String> found = new ArrayList<>();
        EntityValues.walk(entity, new EntityValues.Sink() {
            @Override
            public void value(String path, String value) {
                found.add(path + "=" + value);
            }

            @Override
            public void key(String path, String key) {
                found.add("key " + path + "=" + key);
            }
        });
        return found;
    }

    @Test
    void collectsStringValuesAndKeysOfBeansCollectionsMapsArrays() {
        assertEquals(Arrays.asList("$.name=x' OR '1'='1", "$.tags[0]=a", "$.tags[1]=b", "key $.attributes.color=color",
                "$.attributes.color=red", "$.address.street=Main St", "$.notes[0]=n1", "$.comment=c"), walk(new Order()));
    }

    @Test
    void aStringEntityIsItsOwnInput() {
        assertEquals(List.of("$=raw body"), walk("raw body"));
    }

    @Test
    void cyclesAreVisitedOnce() {
        List<Object> self = new ArrayList<>();
        self.add("v");
        self.add(self);
        assertEquals(List.of("$[0]=v"), walk(self));
    }

    @Test
    void depthIsBounded() {
        Object nested = "deep";
        for (int i = 0; i < 50; i++) {
            nested = List.of(nested);
        }
        assertTrue(walk(nested).isEmpty(), "strings below the depth limit are not walked");
    }

    @Test
    void elementCountAndCharactersAreBounded() {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add("value-" + i);
        }
        assertTrue(walk(many).size() < EntityValues.MAX_NODES);
        List<String> long_ = List.of("x".repeat(50_000), "y".repeat(50_000), "z");
        int chars = walk(long_).stream().mapToInt(s -> s.length() - s.indexOf('=') - 1).sum();
        assertEquals(EntityValues.MAX_CHARS, chars);
    }
}
