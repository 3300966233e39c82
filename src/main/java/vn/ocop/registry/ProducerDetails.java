package vn.ocop.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What describes a producer, as entered in a form, the API or an import row.
 */
public record ProducerDetails(
		@NotBlank @Size(max = 300) String name,
		@NotNull LegalForm legalForm,
		@NotBlank @Pattern(regexp = "\\s*\\d{10}(-?\\d{3})?\\s*", message = "{registry.registrationNumber.format}") String registrationNumber,
		@Nullable @PastOrPresent LocalDate registrationDate,
		@Nullable @Size(max = 200) String representative,
		@Nullable @Size(max = 500) String address,
		@NotBlank @Size(max = 16) String communeCode,
		@Nullable @Pattern(regexp = "(\\+84|0)\\d{9,10}", message = "{registry.phone.format}") String phone,
		@Nullable @Email @Size(max = 200) String email,
		@Min(0) @Max(100000) int members,
		@Min(0) @Max(100000) int workers,
		@Min(0) @Max(100000) int womenWorkers,
		@Min(0) @Max(100000) int ethnicMinorityWorkers,
		@Nullable @Min(2018) @Max(2100) Integer programmeYear,
		boolean newlyFounded) {

	/** The minimum the API requires; counts default to zero. */
	public static ProducerDetails basic(String name, LegalForm legalForm, String registrationNumber, String communeCode,
			@Nullable String representative, @Nullable String phone, @Nullable String email) {
		return new ProducerDetails(name, legalForm, registrationNumber, null, representative, null, communeCode, phone,
				email, 0, 0, 0, 0, null, false);
	}

	/** The same details in the commune as the registry resolved it (a code in force on the day). */
	public ProducerDetails inCommune(String communeCode) {
		return new ProducerDetails(name, legalForm, registrationNumber, registrationDate, representative, address,
				communeCode, phone, email, members, workers, womenWorkers, ethnicMinorityWorkers, programmeYear,
				newlyFounded);
	}
}
