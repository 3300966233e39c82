package vn.ocop.certification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateNotifications extends JpaRepository<CertificateNotification, UUID> {

	List<CertificateNotification> findByAudienceAndProducerIdInOrderByCreatedAtDesc(String audience,
			Collection<UUID> producerIds, Limit limit);

	List<CertificateNotification> findByAudienceOrderByCreatedAtDesc(String audience, Limit limit);

	List<CertificateNotification> findByCertificateIdOrderByCreatedAtDesc(UUID certificateId);
}
