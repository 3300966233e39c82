package vn.ocop.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plan as a data file (targets, activities, tasks), e.g. the Hà Tĩnh 2019 plan transcribed from the province's
 * document into {@value #HA_TINH_2019}.
 */
record PlanSeed(int year, String title, @Nullable String reference, List<Target> targets, List<Activity> activities) {

	static final String HA_TINH_2019 = "programme/ke-hoach-ocop-ha-tinh-2019.json";

	private static final JsonMapper JSON = JsonMapper.builder()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

	record Target(String code, String label, BigDecimal amount, String unit, @Nullable String measure,
			@Nullable String note) {
	}

	record Activity(int number, String title, List<Task> tasks) {
	}

	record Task(String number, String description, @Nullable String lead, @Nullable String partners,
			@Nullable LocalDate deadline) {
	}

	static PlanSeed read(InputStream in) {
		try {
			return JSON.readValue(in, PlanSeed.class);
		}
		catch (RuntimeException e) {
			throw vn.ocop.shared.BusinessRuleException.unprocessable("programme.plan.file.invalid", e.getMessage());
		}
	}

	static PlanSeed haTinh2019() {
		try (InputStream in = new ClassPathResource(HA_TINH_2019).getInputStream()) {
			return read(in);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
