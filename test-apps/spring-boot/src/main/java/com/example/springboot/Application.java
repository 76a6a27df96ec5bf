package com.example.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Boot 3.4 test application: Spring MVC on embedded Tomcat (jakarta), JdbcTemplate over HikariCP on H2.
 *
 * <p>Usage: {@code java -jar spring-boot-app.jar PORT [--spring.property=value ...]} (0 picks a free port). Binds 127.0.0.1 only and prints
 * {@code PALISADE-TEST-APP READY port=<port> app=spring-boot} when ready ({@link ReadinessLine}). SIGTERM closes the
 * application context through Spring Boot's shutdown hook.
 */
@SpringBootApplication
public class Application {

    static final String APP = "spring-boot";

    public static void main(String[] args) {
        String[] springArgs = new String[Math.max(args.length, 1)];
        springArgs[0] = "--server.port=" + (args.length > 0 ? args[0] : "8080");
        // Further arguments go to Spring as usual, e.g. --logging.level.root=INFO.
        System.arraycopy(args, 1, springArgs, 1, springArgs.length - 1);
        SpringApplication.run(Application.class, springArgs);
    }
}
