package vn.ocop.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ocop.certification.CertificateVerification;
import vn.ocop.certification.Verification;
import vn.ocop.identity.CurrentUser;
import vn.ocop.identity.Role;
import vn.ocop.shared.BusinessRuleException;
import vn.ocop.shared.NotFoundException;
import vn.ocop.shared.storage.FileStorage;

/**
 * Public complaints about certified products: anyone sends one from the product's public page (with a photo),
 * limited per client and hour; the office sees them in a queue and opens an inspection from one, or dismisses it.
 */
@Service
public class ComplaintManagement {

	/** A stored complaint photo. */
	public record Photo(byte[] content, String contentType) {
	}

	private final Complaints complaints;
	private final CertificateVerification verification;
	private final InspectionManagement inspections;
	private final InspectionAccess access;
	private final PhotoCheck photos;
	private final FileStorage storage;
	private final ApplicationEventPublisher events;
	private final InspectionSettings settings;
	private final Clock clock;
	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	ComplaintManagement(Complaints complaints, CertificateVerification verification, InspectionManagement inspections,
			InspectionAccess access, PhotoCheck photos, FileStorage storage, ApplicationEventPublisher events,
			InspectionSettings settings, Clock clock) {
		this.complaints = complaints;
		this.verification = verification;
		this.inspections = inspections;
		this.access = access;
		this.photos = photos;
		this.storage = storage;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/** The product a certificate code names, for the public form; empty for an unknown code. */
	public java.util.Optional<Verification> product(String certificateCode) {
		return verification.verify(certificateCode);
	}

	/**
	 * Records a complaint from anyone (no sign-in). 404 for an unknown certificate code, 422 for a missing or too
	 * long description or a photo that is not a JPEG/PNG/WebP image within the size limit, {@link TooManyComplaints} when
	 * the client sent too many in the last hour.
	 */
	@Transactional
	public ComplaintView submit(NewComplaint input) {
		input.requireValid();
		Verification product = verification.verify(input.certificateCode() == null ? "" : input.certificateCode())
				.orElseThrow(() -> new NotFoundException("monitoring.complaint.unknownCode", input.certificateCode()));
		String type = null;
		if (input.photo() != null && input.photo().length > 0) {
			type = photos.require(input.photo());
		}
		allow(input.clientKey());
		String key = null;
		if (type != null) {
			try {
				key = storage.store("complaint", input.photo());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		var complaint = new Complaint(product.code(), product.productName(), product.producerName(),
				input.description(), input.reporterName(), input.reporterContact(), key, type, clock.instant());
		complaints.saveAndFlush(complaint);
		events.publishEvent(new ComplaintReceived(complaint.getId(), product.code(), product.productName()));
		return complaint.toView();
	}

	/** The queue (office and inspectors): every complaint, or those of one status; the newest first. */
	@Transactional(readOnly = true)
	public List<ComplaintView> queue(@Nullable ComplaintStatus status) {
		requireReader();
		return (status == null ? complaints.findAllByOrderByReceivedAtDesc()
				: complaints.findByStatusOrderByReceivedAtDesc(status)).stream().map(Complaint::toView).toList();
	}

	@Transactional(readOnly = true)
	public ComplaintView complaint(UUID id) {
		requireReader();
		return load(id).toView();
	}

	@Transactional(readOnly = true)
	public Photo photo(UUID id) {
		requireReader();
		Complaint complaint = load(id);
		if (complaint.getPhotoKey() == null) {
			throw new NotFoundException("monitoring.photo.notFound", 0);
		}
		try (InputStream in = storage.open(complaint.getPhotoKey())) {
			return new Photo(in.readAllBytes(), complaint.getPhotoType() == null ? "image/jpeg" : complaint.getPhotoType());
		}
		catch (IOException e) {
			throw new NotFoundException("monitoring.photo.notFound", 0);
		}
	}

	/**
	 * Opens an unplanned inspection of the complained-about product (office); the complaint is then handled.
	 * 409 if it was handled already.
	 */
	@Transactional
	public InspectionView openInspection(UUID id, java.time.LocalDate scheduledOn, String inspector,
			@Nullable String agencies) {
		CurrentUser user = access.requireOffice();
		Complaint complaint = load(id);
		if (complaint.getStatus() != ComplaintStatus.NEW) {
			throw BusinessRuleException.conflict("monitoring.complaint.handled", complaint.getStatus());
		}
		var certificate = inspections.certificate(complaint.getCertificateCode());
		InspectionView inspection = inspections.open(new NewInspection(null, certificate.producerId(),
				certificate.productId(), certificate.code(), scheduledOn, inspector, agencies), complaint.getId());
		complaint.inspectionOpened(inspection.id(), clock.instant(), user.username());
		complaints.saveAndFlush(complaint);
		return inspection;
	}

	/** Closes a complaint without an inspection (office), with the reason. */
	@Transactional
	public ComplaintView dismiss(UUID id, @Nullable String reason) {
		CurrentUser user = access.requireOffice();
		Complaint complaint = load(id);
		if (reason == null || reason.isBlank()) {
			throw BusinessRuleException.unprocessable("monitoring.field.required", "note");
		}
		if (reason.length() > 1000) {
			throw BusinessRuleException.unprocessable("monitoring.field.tooLong", "note", 1000);
		}
		if (complaint.getStatus() != ComplaintStatus.NEW) {
			throw BusinessRuleException.conflict("monitoring.complaint.handled", complaint.getStatus());
		}
		complaint.dismiss(reason, clock.instant(), user.username());
		complaints.saveAndFlush(complaint);
		return complaint.toView();
	}

	private void allow(String clientKey) {
		int limit = settings.complaintsPerHour() == null ? 5 : settings.complaintsPerHour();
		Instant now = clock.instant();
		Instant hourAgo = now.minus(Duration.ofHours(1));
		Deque<Instant> times = recent.computeIfAbsent(clientKey, k -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(hourAgo)) {
				times.pollFirst();
			}
			if (times.size() >= limit) {
				throw new TooManyComplaints(limit);
			}
			times.addLast(now);
		}
		if (recent.size() > 10_000) {
			recent.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast().isBefore(hourAgo));
		}
	}

	private void requireReader() {
		CurrentUser user = access.user();
		if (!user.isOffice() && !user.has(Role.INSPECTOR)) {
			throw new AccessDeniedException("The office and inspectors only");
		}
	}

	private Complaint load(UUID id) {
		return complaints.findById(id).orElseThrow(() -> new NotFoundException("monitoring.complaint.notFound", id));
	}
}
