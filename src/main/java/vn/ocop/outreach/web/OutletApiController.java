package vn.ocop.outreach.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.ocop.outreach.OutletDetails;
import vn.ocop.outreach.OutletKind;
import vn.ocop.outreach.OutletManagement;
import vn.ocop.outreach.OutletView;
import vn.ocop.outreach.OutreachApi;

/**
 * Sales centres and points over JSON. Reading the open ones is public.
 */
@RestController
@RequestMapping("/api/v1/outlets")
@Tag(name = "programme-outlets", description = "Trung tâm, điểm giới thiệu và bán sản phẩm OCOP / Sales centres and points")
class OutletApiController {

	record OutletRequest(@NotBlank @Size(max = 300) String name, @NotNull OutletKind kind,
			@NotBlank @Size(max = 500) String address, @Nullable @Size(max = 16) String communeCode,
			@NotNull @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
			@NotNull @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
			@NotBlank @Size(max = 300) String operator, @Nullable @Size(max = 200) String openingHours,
			@Nullable @Size(max = 20) String phone, @Nullable @Size(max = 50) List<@NotNull @Size(max = 200) String> criteria,
			@Nullable List<@NotNull UUID> productIds) {

		OutletDetails details() {
			return new OutletDetails(name, kind, address, communeCode, latitude, longitude, operator, openingHours,
					phone, criteria == null ? List.of() : criteria, productIds == null ? List.of() : productIds);
		}
	}

	record DayRequest(@Nullable LocalDate on) {
	}

	private final OutletManagement outlets;
	private final OutreachApi programme;
	private final Clock clock;

	OutletApiController(OutletManagement outlets, OutreachApi programme, Clock clock) {
		this.outlets = outlets;
		this.programme = programme;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Các trung tâm, điểm đang hoạt động (công khai) / Open outlets with coordinates (public); "
			+ "all=true lists every outlet (officers)")
	List<OutletView> list(@RequestParam(defaultValue = "false") boolean all) {
		return all ? outlets.outlets() : programme.outlets();
	}

	@GetMapping("/{id}")
	OutletView outlet(@PathVariable UUID id) {
		return outlets.outlet(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ghi nhận trung tâm/điểm / Record an outlet (office, or an officer inside its commune)")
	OutletView create(@Valid @RequestBody OutletRequest request) {
		return outlets.create(request.details());
	}

	@PutMapping("/{id}")
	OutletView update(@PathVariable UUID id, @Valid @RequestBody OutletRequest request) {
		return outlets.update(id, request.details());
	}

	@PostMapping("/{id}/open")
	@Operation(summary = "Mở cửa / Open the outlet (on the given day, default today); 409 if open")
	OutletView open(@PathVariable UUID id, @RequestBody(required = false) @Nullable DayRequest request) {
		return outlets.open(id, day(request));
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Đóng cửa / Close the outlet; 409 unless open")
	OutletView close(@PathVariable UUID id, @RequestBody(required = false) @Nullable DayRequest request) {
		return outlets.close(id, day(request));
	}

	private LocalDate day(@Nullable DayRequest request) {
		return request == null || request.on() == null ? LocalDate.now(clock) : request.on();
	}
}
