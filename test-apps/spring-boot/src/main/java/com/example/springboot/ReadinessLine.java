package com.example.springboot;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints the readiness line the test harness waits for, with the port Tomcat actually bound. */
@Component
class ReadinessLine {

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        System.out.println("PALISADE-TEST-APP READY port=" + port + " app=" + Application.APP);
    }
}
