package org.ccionetwork;

import org.ccionetwork.shared.EarlyEmbeddedDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The CCIO Network: one web application for the network's staff, its members and the public.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class Application {

    public static void main(String[] args) {
        var application = new SpringApplication(Application.class);
        application.addListeners(new EarlyEmbeddedDatabase());
        application.run(args);
    }
}
