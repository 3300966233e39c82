package vn.ocop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The OCOP platform: one system for the OCOP programme (Mỗi xã một sản phẩm) of a province, from the
 * registry of producers and products through evaluation, certification and monitoring to promotion and sales.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@org.springframework.scheduling.annotation.EnableAsync
@Modulithic(systemName = "OCOP platform", sharedModules = "shared")
public class OcopApplication {

	public static void main(String[] args) {
		SpringApplication.run(OcopApplication.class, args);
	}
}
