package be.ibefe.avis;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class AvisApplication {

    public static void main(String[] args) {
        SpringApplication.run(AvisApplication.class, args);
    }
}
