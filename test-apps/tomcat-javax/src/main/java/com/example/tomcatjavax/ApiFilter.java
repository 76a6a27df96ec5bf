package com.example.tomcatjavax;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Second filter, on {@code /api/*} (nested inside {@link AppFilter}): sets {@code X-Api-Filter: 1}. */
public final class ApiFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ((HttpServletResponse) response).setHeader("X-Api-Filter", "1");
        chain.doFilter(request, response);
    }
}
