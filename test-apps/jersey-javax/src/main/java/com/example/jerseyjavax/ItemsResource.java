package com.example.jerseyjavax;

import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/items}: path and query parameters, JSON entities, parameterized and DELIBERATELY
 * VULNERABLE statements (a {@code @PathParam} and a JSON entity field concatenated into SQL).
 */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemsResource {

    /** The JSON entity of the lookup endpoints (a record: fields without getters or setters). */
    public record Lookup(String name, Map<String, String> tags) {
    }

    @Inject
    Database database;

    /** {@code GET /api/items?q=an}: names containing {@code q}, parameterized. */
    @GET
    public Map<String, Object> search(@QueryParam("q") String q) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, name, price FROM items WHERE name LIKE ? ORDER BY id")) {
            statement.setString(1, "%" + (q == null ? "" : q) + "%");
            try (ResultSet rows = statement.executeQuery()) {
                return Map.of("items", Database.items(rows));
            }
        }
    }

    /** {@code GET /api/items/{id}}: one item by id, parameterized; 404 when absent. */
    @GET
    @Path("{id}")
    public Map<String, Object> byId(@PathParam("id") String id) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, name, price FROM items WHERE CAST(id AS VARCHAR) = ?")) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                List<Map<String, Object>> items = Database.items(rows);
                if (items.isEmpty()) {
                    throw new NotFoundException("no item " + id);
                }
                return items.get(0);
            }
        }
    }

    /** {@code GET /api/items/numbered/{n: [0-9]+}}: a regex template, reported as {@code {n}}. */
    @GET
    @Path("numbered/{n: [0-9]+}")
    public Map<String, Object> numbered(@PathParam("n") int n) {
        return Map.of("n", n);
    }

    /** {@code GET /api/items/by-name/{name}}: DELIBERATELY VULNERABLE, the path parameter is concatenated. */
    @GET
    @Path("by-name/{name}")
    public Map<String, Object> byName(@PathParam("name") String name) throws SQLException {
        String sql = "SELECT id, name, price FROM items WHERE name = '" + name + "'";
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return Map.of("items", Database.items(rows));
        }
    }

    /** {@code GET /api/items/by-name-safe/{name}}: the same, parameterized. */
    @GET
    @Path("by-name-safe/{name}")
    public Map<String, Object> byNameSafe(@PathParam("name") String name) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, name, price FROM items WHERE name = ?")) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return Map.of("items", Database.items(rows));
            }
        }
    }

    /** {@code POST /api/items/lookup} {@code {"name":"..."}}: DELIBERATELY VULNERABLE, the entity field is concatenated. */
    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> lookup(Lookup lookup) throws SQLException {
        String sql = "SELECT id, name, price FROM items WHERE name = '" + lookup.name() + "'";
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return Map.of("items", Database.items(rows));
        }
    }

    /** {@code POST /api/items/lookup-safe}: the same, parameterized. */
    @POST
    @Path("lookup-safe")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> lookupSafe(Lookup lookup) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT id, name, price FROM items WHERE name = ?")) {
            statement.setString(1, lookup.name());
            try (ResultSet rows = statement.executeQuery()) {
                return Map.of("items", Database.items(rows));
            }
        }
    }

    /** {@code GET /api/items/legacy/{id}}: delegates to a jakarta.ws.rs-annotated class (side-by-side instrumentation). */
    @GET
    @Path("legacy/{id}")
    public Map<String, Object> legacy(@PathParam("id") String id) {
        return new NewApiItems().get(id);
    }
}
