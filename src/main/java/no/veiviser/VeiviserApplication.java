package no.veiviser;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class VeiviserApplication {

    public static void main(String[] args) {
        SpringApplication.run(VeiviserApplication.class, args);
    }
}
