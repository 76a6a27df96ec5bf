package com.example.jdbcengines;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code /api/items/*}: one endpoint per SQL context and input source. Every endpoint not ending in
 * {@code -safe} is DELIBERATELY VULNERABLE: it concatenates the input into SQL.
 *
 * <pre>
 * GET  /search?name=        string literal, Statement.executeQuery          (query)
 * GET  /search-safe?name=   parameterized twin
 * GET  /search-escaped?name= string literal with quotes doubled (correct escaping for H2, SQLite, PostgreSQL)
 * GET  /by-id?id=           numeric, Connection.prepareStatement(concat)    (query)
 * GET  /by-id-safe?id=      parameterized twin
 * GET  /like?q=             LIKE '%q%'
 * GET  /sorted?sort=        ORDER BY sort
 * GET  /in?ids=             id IN (ids)
 * GET  /column?column=      SELECT id, name, column AS extra ... (identifier)
 * GET  /call?name=          {call item_count('name')}, Connection.prepareCall (not on SQLite)
 * GET  /by-name/{name}      string literal                                  (path segment)
 * GET  /by-owner            owner = cookie "owner"                          (cookie)
 * GET  /by-tenant           owner = header X-Tenant                         (header)
 * POST /lookup {"name":…}   string literal                                  (JSON body)
 * POST /lookup-safe         parameterized twin
 * </pre>
 */
public final class ItemsServlet extends HttpServlet {

    private static final String ITEMS = "SELECT id, name, price FROM items";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String route = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if (route.startsWith("/by-name/")) {
                query(request, response, ITEMS + " WHERE name = '" + route.substring("/by-name/".length()) + "'");
                return;
            }
            switch (route) {
                case "/search":
                    query(request, response, ITEMS + " WHERE name = '" + required(request, "name") + "'");
                    return;
                case "/search-escaped":
                    query(request, response, ITEMS + " WHERE name = '" + required(request, "name").replace("'", "''") + "'");
                    return;
                case "/search-safe":
                    bound(request, response, ITEMS + " WHERE name = ?", required(request, "name"));
                    return;
                case "/by-id":
                    prepared(request, response, ITEMS + " WHERE id = " + required(request, "id"));
                    return;
                case "/by-id-safe":
                    bound(request, response, ITEMS + " WHERE id = ?", Integer.valueOf(required(request, "id")));
                    return;
                case "/like":
                    query(request, response, ITEMS + " WHERE name LIKE '%" + required(request, "q") + "%' ORDER BY id");
                    return;
                case "/sorted":
                    query(request, response, ITEMS + " ORDER BY " + required(request, "sort"));
                    return;
                case "/in":
                    query(request, response, ITEMS + " WHERE id IN (" + required(request, "ids") + ") ORDER BY id");
                    return;
                case "/column":
                    query(request, response, "SELECT id, name, " + required(request, "column") + " AS extra FROM items WHERE id = 1");
                    return;
                case "/call":
                    call(request, response, required(request, "name"));
                    return;
                case "/by-owner":
                    query(request, response, ITEMS + " WHERE owner = '" + cookie(request, "owner") + "' ORDER BY id");
                    return;
                case "/by-tenant":
                    query(request, response, ITEMS + " WHERE owner = '" + request.getHeader("X-Tenant") + "' ORDER BY id");
                    return;
                default:
                    Json.send(response, 404, Json.object("error", "not_found"));
            }
        } catch (MissingParameter e) {
            Json.send(response, 400, Json.object("error", "missing_parameter", "parameter", e.getMessage()));
        } catch (NumberFormatException e) {
            Json.send(response, 400, Json.object("error", "bad_number"));
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String route = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            String name = Json.textField(request, "name");
            if (name == null) {
                Json.send(response, 400, Json.object("error", "missing_parameter", "parameter", "name"));
            } else if (route.equals("/lookup")) {
                query(request, response, ITEMS + " WHERE name = '" + name + "'");
            } else if (route.equals("/lookup-safe")) {
                bound(request, response, ITEMS + " WHERE name = ?", name);
            } else {
                Json.send(response, 404, Json.object("error", "not_found"));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            Json.send(response, 400, Json.object("error", "invalid_json"));
        } catch (SQLException e) {
            Json.databaseError(request, response, e);
        }
    }

    private Database database() {
        return (Database) getServletContext().getAttribute(Database.ATTRIBUTE);
    }

    private void query(HttpServletRequest request, HttpServletResponse response, String sql) throws SQLException, IOException {
        try (Connection connection = database().connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            Json.send(response, 200, Json.object("items", Json.rows(rows)));
        }
    }

    private void prepared(HttpServletRequest request, HttpServletResponse response, String sql) throws SQLException, IOException {
        try (Connection connection = database().connect();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            Json.send(response, 200, Json.object("items", Json.rows(rows)));
        }
    }

    private void bound(HttpServletRequest request, HttpServletResponse response, String sql, Object value)
            throws SQLException, IOException {
        try (Connection connection = database().connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                Json.send(response, 200, Json.object("items", Json.rows(rows)));
            }
        }
    }

    private void call(HttpServletRequest request, HttpServletResponse response, String name) throws SQLException, IOException {
        if (database().engine() == Engine.SQLITE) {
            Json.send(response, 501, Json.object("error", "not_supported"));
            return;
        }
        try (Connection connection = database().connect();
                CallableStatement statement = connection.prepareCall("{call item_count('" + name + "')}")) {
            boolean hasRows = statement.execute();
            Object count = null;
            if (hasRows) {
                try (ResultSet rows = statement.getResultSet()) {
                    count = rows.next() ? rows.getObject(1) : null;
                }
            }
            Json.send(response, 200, Json.object("count", count instanceof Number ? ((Number) count).longValue() : count));
        }
    }

    private static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null) {
            throw new MissingParameter(name);
        }
        return value;
    }

    private static String cookie(HttpServletRequest request, String name) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(name)) {
                    return cookie.getValue();
                }
            }
        }
        throw new MissingParameter(name);
    }

    private static final class MissingParameter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingParameter(String name) {
            super(name, null, false, false);
        }
    }
}
