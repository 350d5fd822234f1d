package org.bearing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Spring Boot application: one top-level package per business module, verified by Spring Modulith. */
@SpringBootApplication
@EnableScheduling
public class BearingApplication {
}
