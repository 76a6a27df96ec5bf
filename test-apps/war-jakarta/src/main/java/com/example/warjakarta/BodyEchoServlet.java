package com.example.warjakarta;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /api/echo/body} (and {@code /api/echo/body/*}): answers 200 with the request body exactly as the application read it
 * ({@code application/octet-stream}), read with {@code getInputStream()} in 1 KiB pieces, or with {@code getReader()}
 * for {@code ?via=reader} (answered as UTF-8); {@code ?via=none} never reads the body and answers
 * {@code {"read":false}}.
 */
public final class BodyEchoServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String via = request.getQueryString() == null ? "" : request.getQueryString();
        if (via.contains("via=none")) {
            Json.send(response, 200, Json.object("read", false));
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (via.contains("via=reader")) {
            BufferedReader reader = request.getReader();
            char[] buffer = new char[1024];
            StringBuilder text = new StringBuilder();
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
            }
            body.write(text.toString().getBytes(StandardCharsets.UTF_8));
        } else {
            InputStream in = request.getInputStream();
            byte[] buffer = new byte[1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                body.write(buffer, 0, n);
            }
        }
        response.setStatus(200);
        response.setContentType("application/octet-stream");
        response.getOutputStream().write(body.toByteArray());
    }
}
