package vn.ocop.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import vn.ocop.outreach.EventKind;
import vn.ocop.outreach.OutletKind;

/**
 * The outreach forms without Spring: every field's error found at once (the page shows each beside its field), and
 * a valid form turned into its record's details with the texts tidied (stripped, blank as none).
 */
class OutreachFormTests {

	static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	static Set<String> invalidFields(Object form) {
		return VALIDATION.getValidator().validate(form).stream().map(v -> v.getPropertyPath().toString())
				.collect(Collectors.toSet());
	}

	@Test
	void shouldNameEveryMissingFieldOfAnEventAtOnce() {
		var form = new EventForm();
		form.setTitle("   ");
		assertThat(invalidFields(form)).containsExactlyInAnyOrder("kind", "title", "startsOn", "endsOn", "place");
	}

	@Test
	void shouldTurnAValidEventFormIntoTidyDetails() {
		var form = new EventForm();
		form.setKind(EventKind.FAIR);
		form.setTitle("  Hội chợ OCOP Hà Tĩnh  ");
		form.setStartsOn(LocalDate.of(2026, 12, 10));
		form.setEndsOn(LocalDate.of(2026, 12, 14));
		form.setPlace(" Quảng trường Trần Phú ");
		form.setDescription("   ");
		UUID product = UUID.randomUUID();
		form.setProductIds(List.of(product));
		assertThat(invalidFields(form)).isEmpty();
		var details = form.details("18322");
		assertThat(details.title()).isEqualTo("Hội chợ OCOP Hà Tĩnh");
		assertThat(details.place()).isEqualTo("Quảng trường Trần Phú");
		assertThat(details.description()).isNull();
		assertThat(details.communeCode()).isEqualTo("18322");
		assertThat(details.productIds()).containsExactly(product);
		// a null list from the binder is an empty list, never a null
		form.setProductIds(null);
		assertThat(form.details(null).productIds()).isEmpty();
	}

	@Test
	void shouldRefuseAnOutletsCoordinateThatIsNotANumberAndAcceptADecimalComma() {
		var form = new OutletForm();
		form.setKind(OutletKind.POINT);
		form.setName("Điểm bán Đức Lĩnh");
		form.setAddress("Thôn 2, xã Đức Lĩnh");
		form.setOperator("");
		form.setLatitude("bắc");
		form.setLongitude("105,53");
		assertThat(invalidFields(form)).containsExactlyInAnyOrder("latitude", "operator");

		form.setLatitude(" 18.36 ");
		form.setOperator(" HTX Đức Lĩnh ");
		form.setCriteria("Có biển hiệu\n\n  Có quầy  \n");
		assertThat(invalidFields(form)).isEmpty();
		var details = form.details();
		assertThat(details.latitude()).isEqualByComparingTo(new BigDecimal("18.36"));
		assertThat(details.longitude()).isEqualByComparingTo(new BigDecimal("105.53"));
		assertThat(details.operator()).isEqualTo("HTX Đức Lĩnh");
		assertThat(details.criteria()).containsExactly("Có biển hiệu", "Có quầy");
		assertThat(details.communeCode()).isNull();
	}

	@Test
	void shouldNameEveryMissingFieldOfATrainingAtOnce() {
		var form = new TrainingForm();
		assertThat(invalidFields(form)).containsExactlyInAnyOrder("title", "organiser", "audience", "startsOn", "endsOn");
		form.setTitle("x".repeat(501));
		assertThat(invalidFields(form)).contains("title");
	}
}
