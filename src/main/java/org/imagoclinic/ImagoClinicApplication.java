package org.imagoclinic;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Imago Clinic: practice management for couples-therapy clinics that practise Imago Relationship
 * Therapy. A Spring Modulith modular monolith; see docs/architecture.md.
 */
@SpringBootApplication
@Modulithic(systemName = "Imago Clinic", sharedModules = "shared")
@EnableAsync
public class ImagoClinicApplication {

    public static void main(String[] args) {
        SpringApplication.run(ImagoClinicApplication.class, args);
    }
}
