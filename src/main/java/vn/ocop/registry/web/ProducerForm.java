package vn.ocop.registry.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.ocop.registry.LegalForm;
import vn.ocop.registry.ProducerDetails;
import vn.ocop.registry.ProducerSummary;

/**
 * The producer (chủ thể OCOP) form. Counts left empty are taken as zero.
 */
class ProducerForm {

	/** The fields in the order of the form, for the error summary. */
	static final java.util.List<String> FIELDS = java.util.List.of("name", "legalForm", "registrationNumber",
			"registrationDate", "representative", "address", "communeCode", "phone", "email", "members", "workers",
			"womenWorkers", "ethnicMinorityWorkers", "programmeYear", "newlyFounded");

	@NotBlank
	@Size(max = 300)
	private @Nullable String name;

	@NotNull
	private @Nullable LegalForm legalForm;

	@NotBlank
	@Pattern(regexp = "\\s*\\d{10}(-?\\d{3})?\\s*")
	private @Nullable String registrationNumber;

	@PastOrPresent
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate registrationDate;

	@Size(max = 200)
	private @Nullable String representative;

	@Size(max = 500)
	private @Nullable String address;

	@NotBlank
	@Size(max = 16)
	private @Nullable String communeCode;

	@Pattern(regexp = "(\\+84|0)\\d{9,10}")
	private @Nullable String phone;

	@Email
	@Size(max = 200)
	private @Nullable String email;

	@Min(0)
	@Max(100000)
	private @Nullable Integer members;

	@Min(0)
	@Max(100000)
	private @Nullable Integer workers;

	@Min(0)
	@Max(100000)
	private @Nullable Integer womenWorkers;

	@Min(0)
	@Max(100000)
	private @Nullable Integer ethnicMinorityWorkers;

	@Min(2018)
	@Max(2100)
	private @Nullable Integer programmeYear;

	private boolean newlyFounded;

	static ProducerForm of(ProducerSummary producer) {
		var form = new ProducerForm();
		form.name = producer.name();
		form.legalForm = producer.legalForm();
		form.registrationNumber = producer.registrationNumber();
		form.registrationDate = producer.registrationDate();
		form.representative = producer.representative();
		form.address = producer.address();
		form.communeCode = producer.communeCode();
		form.phone = producer.phone();
		form.email = producer.email();
		form.members = producer.members();
		form.workers = producer.workers();
		form.womenWorkers = producer.womenWorkers();
		form.ethnicMinorityWorkers = producer.ethnicMinorityWorkers();
		form.programmeYear = producer.programmeYear();
		form.newlyFounded = producer.newlyFounded();
		return form;
	}

	ProducerDetails toDetails() {
		return new ProducerDetails(name, legalForm, registrationNumber, registrationDate, representative, address,
				communeCode, phone, email, orZero(members), orZero(workers), orZero(womenWorkers),
				orZero(ethnicMinorityWorkers), programmeYear, newlyFounded);
	}

	private static int orZero(@Nullable Integer value) {
		return value == null ? 0 : value;
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable LegalForm getLegalForm() {
		return legalForm;
	}

	public void setLegalForm(@Nullable LegalForm legalForm) {
		this.legalForm = legalForm;
	}

	public @Nullable String getRegistrationNumber() {
		return registrationNumber;
	}

	public void setRegistrationNumber(@Nullable String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public @Nullable LocalDate getRegistrationDate() {
		return registrationDate;
	}

	public void setRegistrationDate(@Nullable LocalDate registrationDate) {
		this.registrationDate = registrationDate;
	}

	public @Nullable String getRepresentative() {
		return representative;
	}

	public void setRepresentative(@Nullable String representative) {
		this.representative = representative;
	}

	public @Nullable String getAddress() {
		return address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	public @Nullable String getCommuneCode() {
		return communeCode;
	}

	public void setCommuneCode(@Nullable String communeCode) {
		this.communeCode = communeCode;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable Integer getMembers() {
		return members;
	}

	public void setMembers(@Nullable Integer members) {
		this.members = members;
	}

	public @Nullable Integer getWorkers() {
		return workers;
	}

	public void setWorkers(@Nullable Integer workers) {
		this.workers = workers;
	}

	public @Nullable Integer getWomenWorkers() {
		return womenWorkers;
	}

	public void setWomenWorkers(@Nullable Integer womenWorkers) {
		this.womenWorkers = womenWorkers;
	}

	public @Nullable Integer getEthnicMinorityWorkers() {
		return ethnicMinorityWorkers;
	}

	public void setEthnicMinorityWorkers(@Nullable Integer ethnicMinorityWorkers) {
		this.ethnicMinorityWorkers = ethnicMinorityWorkers;
	}

	public @Nullable Integer getProgrammeYear() {
		return programmeYear;
	}

	public void setProgrammeYear(@Nullable Integer programmeYear) {
		this.programmeYear = programmeYear;
	}

	public boolean isNewlyFounded() {
		return newlyFounded;
	}

	public void setNewlyFounded(boolean newlyFounded) {
		this.newlyFounded = newlyFounded;
	}
}
