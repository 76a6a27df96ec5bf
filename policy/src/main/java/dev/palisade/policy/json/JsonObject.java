package dev.palisade.policy.json;

import java.util.List;

/**
 * A JSON object with its members in source order. A repeated key keeps its first occurrence in
 * {@link #members()}; later ones are listed in {@link #duplicates()} so the validator can report
 * them (a JSON parser that silently kept the last one would hide a typo'd override).
 */
public final class JsonObject extends JsonValue {

    private final List<JsonMember> members;
    private final List<JsonMember> duplicates;

    JsonObject(int line, int column, List<JsonMember> members, List<JsonMember> duplicates) {
        super(line, column);
        this.members = List.copyOf(members);
        this.duplicates = List.copyOf(duplicates);
    }

    @Override
    public Kind kind() {
        return Kind.OBJECT;
    }

    /** Members with distinct keys, in source order. */
    public List<JsonMember> members() {
        return members;
    }

    /** Members whose key already appeared earlier in this object. */
    public List<JsonMember> duplicates() {
        return duplicates;
    }

    /** The member called {@code key}, or {@code null}. */
    public JsonMember member(String key) {
        for (JsonMember member : members) {
            if (member.key().equals(key)) {
                return member;
            }
        }
        return null;
    }

    /** The value of {@code key}, or {@code null} when absent. */
    public JsonValue get(String key) {
        JsonMember member = member(key);
        return member == null ? null : member.value();
    }
}
