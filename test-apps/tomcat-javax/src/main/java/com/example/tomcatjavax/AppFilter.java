package com.example.tomcatjavax;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Filter on {@code /*}: marks every response with {@code X-App-Filter: 1} and logs each request at INFO through the
 * application's SLF4J (Logback prints it with the {@code APPLOG} prefix).
 */
public final class AppFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(AppFilter.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            HttpServletRequest http = (HttpServletRequest) request;
            LOG.info("{} {}", http.getMethod(), http.getRequestURI());
        }
        ((HttpServletResponse) response).setHeader("X-App-Filter", "1");
        chain.doFilter(request, response);
    }
}
