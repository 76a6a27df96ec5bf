package com.example.jerseyjavax;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Map;

/** A failed SQL statement answers 500 with the database's message (an app that leaks its errors). */
@Provider
public final class SqlErrors implements ExceptionMapper<SQLException> {

    @Override
    public Response toResponse(SQLException e) {
        return Response.status(500).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "database_error", "sqlState", String.valueOf(e.getSQLState()),
                        "message", String.valueOf(e.getMessage())))
                .build();
    }
}
