package com.example.springboot;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The same two nested filters as the servlet apps: {@code X-App-Filter} on {@code /*}, {@code X-Api-Filter} on /api/*. */
@Configuration
class Filters {

    @Bean
    FilterRegistrationBean<Filter> appFilter() {
        return header("X-App-Filter", "/*", 1);
    }

    @Bean
    FilterRegistrationBean<Filter> apiFilter() {
        return header("X-Api-Filter", "/api/*", 2);
    }

    private static FilterRegistrationBean<Filter> header(String name, String pattern, int order) {
        Filter filter = (request, response, chain) -> {
            ((HttpServletResponse) response).setHeader(name, "1");
            chain.doFilter(request, response);
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(pattern);
        registration.setOrder(order);
        return registration;
    }
}
